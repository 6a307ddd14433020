/**
 * `chokepoint convert <in> <out>`
 * ===============================
 *
 * Between chokepoint/v1 JSON, graphology JSON, GEXF, GraphML and CSV pairs. Formats follow from
 * the names (`.json`, `.graphology.json`, `.gexf`, `.graphml`; a directory or `nodes.csv,edges.csv`
 * for CSV), input formats also from the content; `--from`/`--to` override. A CSV directory holds
 * nodes.csv, edges.csv and model-info.json (the model-level fields); an explicit pair holds only
 * the two tables, and the command says what that leaves out. The input is validated first: a model
 * with problems is not converted. Output is written to temporary files and renamed into place.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import {
  csvPairLeavesOut,
  FORMAT_NAMES,
  formatFromExtension,
  formatIssue,
  type ModelFormat,
  writeCsvPair,
  writeModel,
} from '@chokepoint/core';
import { plural } from '../format/plural.ts';
import {
  csvSource,
  isCsvArg,
  locateSource,
  MODEL_INFO,
  readSource,
  type Source,
} from '../io/model-source.ts';
import { writeFilesAtomically } from '../io/write-output.ts';
import type { CommandResult } from './result.ts';

export const CONVERT_FORMATS = ['chokepoint', 'v1', 'json', 'graphology', 'gexf', 'graphml', 'csv'] as const;
export type ConvertFormat = (typeof CONVERT_FORMATS)[number];

export interface ConvertOptions {
  from?: ConvertFormat;
  to?: ConvertFormat;
  name?: string;
  unit?: string;
  stages?: string[];
  maxBytes?: number;
}

type Target = Source;
const INFO = MODEL_INFO;

class Usage extends Error {}

export function convertCommand(input: string, output: string, options: ConvertOptions): CommandResult {
  let source: Target;
  let target: Target;
  try {
    source = locate(input, options.from, 'input');
    target = locate(output, options.to, 'output');
    if (target.kind === 'embedded') throw new Usage(`${output}: cannot write to an embedded model`);
    if (target.kind === 'file' && target.format === undefined) {
      throw new Usage(
        `cannot tell the output format from "${output}": use .json, .graphology.json, .gexf, .graphml, a directory/ or nodes.csv,edges.csv, or --to`,
      );
    }
    const clash = paths(source).find((p) => paths(target).includes(p));
    if (clash !== undefined) throw new Usage(`${clash}: output would overwrite the input`);
  } catch (err) {
    if (err instanceof Usage) {
      return { code: 2, stderr: [`chokepoint convert: ${err.message}`, '(run with --help for usage)'] };
    }
    throw err;
  }

  const read = readSource(source, options);
  const warnings = (read.result.warnings ?? []).map((w) => `warning: ${read.label}: ${w}`);
  if (!read.result.ok) {
    const n = read.result.issues.length;
    const stderr = [...read.result.issues.map((i) => formatIssue(i, read.label)), ...warnings];
    if (
      source.kind === 'file' &&
      source.format === undefined &&
      !/\.(json|gexf|graphml)$/i.test(source.path)
    ) {
      stderr.push(
        `hint: "${basename(source.path)}" has no known extension (.json, .graphology.json, .gexf, .graphml), so the format was guessed from the content; name it with --from`,
      );
    }
    stderr.push(`${read.label}: ${plural(n, 'problem')}; nothing written`);
    return { code: 1, stderr };
  }
  const model = read.result.model;
  const summary = `${plural(model.nodes.length, 'node')}, ${plural(model.edges.length, 'edge')}`;
  if (target.kind === 'stdio') {
    const format = target.format ?? 'chokepoint';
    return {
      code: 0,
      stdout: writeModel(model, format),
      stderr: [...warnings, `${read.label} → ${FORMAT_NAMES[format]} on standard output: ${summary}`],
    };
  }
  if (target.kind === 'file') {
    const format = target.format!;
    writeFilesAtomically([{ path: target.path, text: writeModel(model, format) }]);
    return {
      code: 0,
      stderr: [...warnings, `${read.label} → ${target.path} (${FORMAT_NAMES[format]}): ${summary}`],
    };
  }
  if (target.info !== undefined) {
    // A directory/ output is created (its parent must exist), as `cp -r` would.
    const dir = dirname(target.nodes);
    if (!existsSync(dir) && existsSync(dirname(resolve(dir)))) mkdirSync(dir);
  }
  const csv = writeCsvPair(model);
  const files = [
    { path: target.nodes, text: csv.nodes },
    { path: target.edges, text: csv.edges },
  ];
  if (target.info !== undefined) files.push({ path: target.info, text: csv.info });
  writeFilesAtomically(files);
  const stderr = [...warnings, `${read.label} → ${files.map((f) => f.path).join(', ')} (CSV): ${summary}`];
  if (target.info === undefined) {
    // Every node and edge field has a column; the model-level ones live only in model-info.json.
    stderr.push(
      `warning: ${target.nodes}, ${target.edges}: a CSV pair alone does not keep ${csvPairLeavesOut(model).join(', ')}; write to a directory/ to keep them in ${INFO}`,
    );
  }
  return { code: 0, stderr };
}

/** Where and in which format an argument points; throws Usage for what cannot work. */
function locate(arg: string, forced: ConvertFormat | undefined, role: 'input' | 'output'): Target {
  const format =
    forced === undefined ? undefined : forced === 'v1' || forced === 'json' ? 'chokepoint' : forced;
  if (arg === '-') {
    if (format === 'csv') throw new Usage(`CSV comes as two files and cannot be read from or written to "-"`);
    return { kind: 'stdio', format };
  }
  if (isCsvArg(arg) || format === 'csv') {
    if (!isCsvArg(arg))
      throw new Usage(
        `--${role === 'input' ? 'from' : 'to'} csv needs a directory/ or nodes.csv,edges.csv, got "${arg}"`,
      );
    return csvSource(arg, role === 'output');
  }
  // An embedded model id (`convert lithium lithium.gexf`), unless a file of that name exists.
  if (role === 'input' && format === undefined) {
    const embedded = locateSource(arg);
    if (embedded.kind === 'embedded') return embedded;
  }
  if (arg.toLowerCase().endsWith('.csv')) {
    throw new Usage(
      `"${arg}": a CSV model is a pair of files; give a directory/ (nodes.csv, edges.csv) or nodes.csv,edges.csv`,
    );
  }
  const lower = arg.toLowerCase();
  const byName = lower.endsWith('.graphology.json')
    ? 'graphology'
    : lower.endsWith('.json')
      ? role === 'output'
        ? 'chokepoint'
        : undefined
      : formatFromExtension(arg);
  return { kind: 'file', path: arg, format: (format as ModelFormat | undefined) ?? byName };
}

function paths(t: Target): string[] {
  if (t.kind === 'stdio' || t.kind === 'embedded') return [];
  if (t.kind === 'file') return [resolve(t.path)];
  return [t.nodes, t.edges, ...(t.info === undefined ? [] : [t.info])].map((p) => resolve(p));
}
