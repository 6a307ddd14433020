/**
 * One door for every single-file format
 * =====================================
 *
 * `readModel(text, { file })` reads chokepoint/v1 JSON, graphology's serialized JSON, GEXF or
 * GraphML, telling them apart by content (and by the file extension when the content could be
 * either), and returns a `ValidationResult` with the format it read: every problem as an issue,
 * never an exception for a mistake in the input. `writeModel(model, format)` writes any of them.
 * CSV comes as a pair of files and has its own `readCsvPair`/`writeCsvPair`.
 */
import type { ModelIssue } from '../model/issues.ts';
import { EdgeSchema, type Model, ModelSchema, NodeSchema } from '../model/schema.ts';
import {
  DEFAULT_MAX_BYTES,
  formatBytes,
  type ParseOptions,
  parseJson,
  type ValidationResult,
  validateModel,
} from '../model/validate.ts';
import { readGexf, writeGexf } from './gexf.ts';
import { readGraphml, writeGraphml } from './graphml.ts';
import type { FromGraphOptions } from './graphology.ts';
import { modelFromSerializedGraph, writeGraphologyJson } from './graphology-json.ts';
import type { XmlOptions } from './xml.ts';

export const MODEL_FORMATS = ['chokepoint', 'graphology', 'gexf', 'graphml'] as const;
export type ModelFormat = (typeof MODEL_FORMATS)[number];

/** What each format is called in messages and `--help`. */
export const FORMAT_NAMES: Record<ModelFormat, string> = {
  chokepoint: 'chokepoint/v1 JSON',
  graphology: 'graphology JSON',
  gexf: 'GEXF',
  graphml: 'GraphML',
};

/**
 * `name`, `unit` and `stages` fill in what graph files from other tools lack; a chokepoint/v1 file
 * must have them itself. The name defaults to the file's base name.
 */
export interface ReadModelOptions extends XmlOptions, ParseOptions, FromGraphOptions {
  /** File name: used to guess the format and to name a graph that has no name. */
  file?: string;
  /** Skip detection. */
  format?: ModelFormat;
}

export type ReadModelResult = ValidationResult & { format: ModelFormat | undefined };

/** The format a file name's extension suggests (`.json` says only "JSON", so it gives undefined). */
export function formatFromExtension(file: string): ModelFormat | undefined {
  const ext = /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase();
  if (ext === 'gexf') return 'gexf';
  if (ext === 'graphml') return 'graphml';
  return undefined;
}

export function readModel(text: string, options: ReadModelOptions = {}): ReadModelResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (text.length > maxBytes) {
    const message = `input is ${formatBytes(text.length)}, over the ${formatBytes(maxBytes)} limit`;
    return { ok: false, issues: [{ path: [], message }], format: options.format };
  }
  const name = options.name ?? baseName(options.file);
  const graphOptions = { ...options, ...(name === undefined ? {} : { name }) };
  const body = text.replace(/^\uFEFF/, '');
  const format =
    options.format ?? sniff(body) ?? (options.file ? formatFromExtension(options.file) : undefined);
  try {
    switch (format) {
      case 'gexf':
        return { ...readGexf(body, graphOptions), format };
      case 'graphml':
        return { ...readGraphml(body, graphOptions), format };
      case 'chokepoint':
      case 'graphology':
      case undefined: {
        if (format === undefined && /^\s*</.test(body)) {
          const root = /<([A-Za-z_][\w:.-]*)/.exec(
            body.replace(/<\?[^>]*\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/g, ''),
          )?.[1];
          const message = `XML, but neither GEXF (<gexf>) nor GraphML (<graphml>)${root ? `: the root element is <${root}>` : ''}`;
          return { ok: false, issues: [{ path: [], message }], format };
        }
        const json = parseJson(body);
        if (!json.ok) return { ok: false, issues: [json.issue], format };
        const kind = format ?? jsonKind(json.value);
        const result =
          kind === 'graphology'
            ? modelFromSerializedGraph(json.value, graphOptions)
            : validateModel(json.value);
        return { ...result, format: kind };
      }
    }
  } catch (err) {
    // A safety net: the readers report input problems as issues, so this is a bug, but the user
    // still gets a sentence instead of a stack trace.
    const issue: ModelIssue = {
      path: [],
      message: `could not be read: ${(err as Error)?.message ?? String(err)}`,
    };
    return { ok: false, issues: [issue], format };
  }
}

export function writeModel(model: Model, format: ModelFormat): string {
  switch (format) {
    case 'chokepoint':
      return `${JSON.stringify(canonical(model), null, 2)}\n`;
    case 'graphology':
      return writeGraphologyJson(model);
    case 'gexf':
      return writeGexf(model);
    case 'graphml':
      return writeGraphml(model);
  }
}

/** The format a text is in, from its first characters; undefined for JSON (see `jsonKind`). */
function sniff(text: string): ModelFormat | undefined {
  const head = text.slice(0, 4096);
  if (!/^\s*</.test(head)) return undefined;
  if (/<(\w+:)?gexf[\s>]/.test(head)) return 'gexf';
  if (/<(\w+:)?graphml[\s>]/.test(head)) return 'graphml';
  return undefined;
}

/** chokepoint/v1 says so in `format`; graphology's serialization has keyed nodes and `options`. */
function jsonKind(value: unknown): 'chokepoint' | 'graphology' {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'chokepoint';
  const v = value as Record<string, unknown>;
  if ('format' in v) return 'chokepoint';
  const first = Array.isArray(v.nodes) ? (v.nodes[0] as Record<string, unknown> | undefined) : undefined;
  if ('options' in v || (typeof first === 'object' && first !== null && 'key' in first)) return 'graphology';
  return 'chokepoint';
}

function baseName(file: string | undefined): string | undefined {
  if (file === undefined || file === '-' || file === '') return undefined;
  const base = file.replace(/^.*[/\\]/, '').replace(/\.[^.]+$/, '');
  return base === '' ? undefined : base;
}

/** Fields in the order the schema declares them, so written files read the same way every time. */
function canonical(model: Model): Model {
  return ordered(
    {
      ...model,
      nodes: model.nodes.map((n) => ordered(n, Object.keys(NodeSchema.shape))),
      edges: model.edges.map((e) => ordered(e, Object.keys(EdgeSchema.shape))),
    },
    Object.keys(ModelSchema.shape),
  );
}

function ordered<T extends object>(record: T, keys: readonly string[]): T {
  const out: Record<string, unknown> = {};
  const r = record as Record<string, unknown>;
  for (const k of keys) if (r[k] !== undefined) out[k] = r[k];
  for (const k of Object.keys(r)) if (!(k in out) && r[k] !== undefined) out[k] = r[k];
  return out as T;
}
