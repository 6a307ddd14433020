/**
 * Opening and saving files in the browser
 * =======================================
 *
 * Reading: each file's text goes through the core's reader for its format (chokepoint/v1, graphology
 * JSON, GEXF, GraphML, or a CSV pair of nodes.csv + edges.csv with an optional model-info.json). The
 * readers return every problem with its place (JSON path, line, file and row, node id) instead of
 * throwing; the editor shows those and keeps the current model. Writing: a Blob handed to the browser
 * as a download.
 */

import {
  DEFAULT_UNIT,
  type Model,
  type ModelIssue,
  modelFromSerializedGraph,
  parseJson,
  readCsvPair,
  readGexf,
  readGraphml,
  type ValidationResult,
  validateModel,
} from '@chokepoint/core';
import { isConnections, mapSheets } from './sheet-columns.ts';

export interface NamedText {
  name: string;
  text(): Promise<string>;
}

/** What the file picker accepts. */
export const acceptAttribute = '.json,.gexf,.graphml,.xml,.csv';

export const FORMATS_READ =
  'chokepoint/v1 or graphology JSON (.json), GEXF (.gexf), GraphML (.graphml), or a CSV pair (nodes.csv + edges.csv, optionally model-info.json, chosen together)';

export type OpenResult =
  | {
      ok: true;
      model: Model;
      fileName: string;
      /** What the editor did with the files' columns (CSV). */
      notes?: readonly string[];
      /** What core's reader assumed or noticed (a column that looks like a mistyped field). */
      warnings?: readonly string[];
    }
  | {
      ok: false;
      fileName: string;
      issues: readonly ModelIssue[];
      /** Two CSV tables that say everything but the unit: ask for it and read them again. */
      needsUnit?: boolean;
    };

/**
 * Reads one model from the chosen files (one file, or the two tables of a CSV pair, ours or Kumu's,
 * under any names). `unit` is the model's unit when the files do not give it (the editor asks).
 */
export async function readModelFiles(
  files: readonly NamedText[],
  options: { unit?: string } = {},
): Promise<OpenResult> {
  const names = files.map((f) => f.name).join(' + ') || '(no file)';
  const fail = (message: string): OpenResult => ({
    ok: false,
    fileName: names,
    issues: [{ path: [], message }],
  });
  let texts: string[];
  try {
    texts = await Promise.all(files.map((f) => f.text()));
  } catch (error) {
    return fail(`the file could not be read (${String(error)})`);
  }
  const lower = files.map((f) => f.name.toLowerCase());
  let result: ValidationResult;
  if (lower.some((n) => n.endsWith('.csv'))) {
    const csv = files.map((f, i) => ({ name: f.name, lower: lower[i]!, text: texts[i]! }));
    const tables = csv.filter((f) => f.lower.endsWith('.csv'));
    // Which table is which is read from their columns (From/To or source/target), not their names.
    const edges =
      tables.find((f) => isConnections(f.text)) ??
      tables.find((f) => /edge|link|flow|connection/.test(f.lower));
    const nodes = tables.find((f) => f !== edges);
    const info = csv.find((f) => f.lower.endsWith('.json'));
    if (!nodes || !edges || tables.length !== 2)
      return fail(
        'a CSV model is two tables chosen together: nodes.csv and edges.csv (or Kumu’s elements and connections, with From and To; any file names), and optionally model-info.json',
      );
    const mapped = mapSheets(nodes, edges);
    result = readCsvPair(
      { nodes: mapped.nodes.text, edges: mapped.edges.text, ...(info ? { info: info.text } : {}) },
      {
        nodesFile: nodes.name,
        edgesFile: edges.name,
        ...(info ? { infoFile: info.name } : {}),
        name: stemOf(nodes.name),
        ...(options.unit ? { unit: options.unit } : {}),
      },
    );
    // Core opens a pair without a unit under a stated default; the editor asks for the unit instead.
    if (result.ok && !options.unit && result.model.unit === DEFAULT_UNIT)
      return {
        ok: false,
        fileName: names,
        issues: [{ path: ['unit'], message: 'the files do not say what unit the figures are in' }],
        needsUnit: true,
      };
    if (result.ok)
      return {
        ok: true,
        model: result.model,
        fileName: names,
        notes: [
          ...mapped.attributes.map((u) => `Kept as free attributes (no chokepoint/v1 field): ${u}`),
          ...mapped.dropped.map((u) => `Not imported (another column already gives that field): ${u}`),
        ],
        ...(result.warnings?.length ? { warnings: result.warnings } : {}),
      };
    if (result.issues.length === 1 && result.issues[0]!.path[0] === 'unit' && !options.unit)
      return { ok: false, fileName: names, issues: result.issues, needsUnit: true };
  } else if (files.length !== 1) {
    return fail(`choose one model file (or the two files of a CSV pair); the editor reads ${FORMATS_READ}`);
  } else {
    const [name, text] = [lower[0]!, texts[0]!];
    const unit = options.unit ? { unit: options.unit } : {};
    if (name.endsWith('.json')) result = readJson(text, unit);
    else if (name.endsWith('.gexf')) result = readGexf(text, unit);
    else if (name.endsWith('.graphml') || name.endsWith('.xml')) result = readGraphml(text, unit);
    else return fail(`unknown file type; the editor reads ${FORMATS_READ}`);
    // A graph from Gephi or yEd rarely states a unit; core reads it under a stated default and warns.
    // As for CSV, the editor asks instead (a chokepoint/v1 file always has one).
    if (result.ok && !options.unit && result.model.unit === DEFAULT_UNIT && result.warnings?.length)
      return {
        ok: false,
        fileName: names,
        issues: [{ path: ['unit'], message: 'the file does not say what unit the figures are in' }],
        needsUnit: true,
      };
  }
  return result.ok
    ? {
        ok: true,
        model: result.model,
        fileName: names,
        ...(result.warnings?.length ? { warnings: result.warnings } : {}),
      }
    : { ok: false, fileName: names, issues: result.issues };
}

/** chokepoint/v1, or a graphology serialization (a "nodes" array of `{key, attributes}`). */
function readJson(text: string, options: { unit?: string }): ValidationResult {
  const json = parseJson(text);
  if (!json.ok) return { ok: false, issues: [json.issue] };
  const value = json.value as { format?: unknown; nodes?: { key?: unknown }[] } | null;
  const graphology =
    value !== null &&
    typeof value === 'object' &&
    value.format === undefined &&
    Array.isArray(value.nodes) &&
    value.nodes[0]?.key !== undefined;
  return graphology ? modelFromSerializedGraph(value, options) : validateModel(value);
}

function stemOf(name: string): string {
  return name.replace(/\.[^.]+$/, '').replace(/[-_]?nodes?$/i, '') || 'Imported model';
}

/** chokepoint/v1 as saved by the editor: pretty-printed, so diffs between versions read well. */
export function modelJson(model: Model): string {
  return `${JSON.stringify(model, null, 2)}\n`;
}

/** A file name from the model name: "Rare-earth magnets" → "rare-earth-magnets". */
export function fileStem(model: Model): string {
  const stem = model.name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return stem || 'model';
}

export function download(fileName: string, content: Blob | string, type = 'application/json'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
