/**
 * Where a model comes from, in every format
 * =========================================
 *
 * One reader for every command that takes a model (`validate`, `analyze`, `scenario`, `compare`, `sweep`,
 * `convert`): a single file in any format `readModel` detects (chokepoint/v1, graphology JSON, GEXF,
 * GraphML), `-` for standard input, a CSV directory (`dir/` with nodes.csv, edges.csv and an optional
 * model-info.json) or a CSV pair (`nodes.csv,edges.csv`). `--unit`, `--name` and `--stages` fill in what
 * files from other tools lack. The result is core's: the model, or every issue; never a throw for a
 * mistake in the input (unreadable paths are `UserError`s).
 */
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import {
  formatFromExtension,
  loadModel,
  type ModelFormat,
  modelIds,
  type ReadModelResult,
  readCsvPair,
  readModel,
} from '@chokepoint/core';
import { readInput, readInputWithHash, UserError } from './read-input.ts';

export const MODEL_INFO = 'model-info.json';

export type Source =
  | { kind: 'embedded'; id: string }
  | { kind: 'stdio'; format: ModelFormat | undefined }
  | { kind: 'file'; path: string; format: ModelFormat | undefined }
  | { kind: 'csv'; nodes: string; edges: string; info: string | undefined; label: string };

export interface SourceOptions {
  name?: string;
  unit?: string;
  stages?: string[];
  maxBytes?: number;
}

/** True when `arg` names CSV: a `nodes.csv,edges.csv` pair or a directory. */
export function isCsvArg(arg: string): boolean {
  const parts = arg.split(',');
  if (parts.length === 2 && parts.every((p) => p.toLowerCase().endsWith('.csv'))) return true;
  return arg.endsWith('/') || arg.endsWith('\\') || (existsSync(arg) && statSync(arg).isDirectory());
}

/**
 * A CSV source: a pair names its two files; a directory holds nodes.csv, edges.csv and, when `withInfo`
 * says so or it exists, model-info.json.
 */
export function csvSource(arg: string, withInfo: boolean): Source & { kind: 'csv' } {
  const parts = arg.split(',');
  if (parts.length === 2 && parts.every((p) => p.toLowerCase().endsWith('.csv'))) {
    return { kind: 'csv', nodes: parts[0]!, edges: parts[1]!, info: undefined, label: arg };
  }
  const dir = arg.replace(/[/\\]+$/, '') || '.';
  const info = join(dir, MODEL_INFO);
  return {
    kind: 'csv',
    nodes: join(dir, 'nodes.csv'),
    edges: join(dir, 'edges.csv'),
    info: withInfo || existsSync(info) ? info : undefined,
    label: `${dir}/`,
  };
}

/**
 * The source an input argument names (`format` forces a single-file format). A path that exists wins
 * over an embedded model id of the same name.
 */
export function locateSource(arg: string, format?: ModelFormat): Source {
  if (arg === '-') return { kind: 'stdio', format };
  if (!existsSync(arg) && modelIds().includes(arg)) return { kind: 'embedded', id: arg };
  if (isCsvArg(arg)) return csvSource(arg, false);
  const lower = arg.toLowerCase();
  const byName = lower.endsWith('.graphology.json') ? 'graphology' : formatFromExtension(arg);
  return { kind: 'file', path: arg, format: format ?? byName };
}

export interface ReadSource {
  result: ReadModelResult;
  /** How messages name it: the path, `<stdin>`, or `dir/`. */
  label: string;
  /** SHA-256 of the bytes of a single file or standard input; absent for CSV (several files). */
  sha256?: string;
}

export function readSource(source: Source, options: SourceOptions = {}): ReadSource {
  const common = {
    ...(options.unit === undefined ? {} : { unit: options.unit }),
    ...(options.stages === undefined ? {} : { stages: options.stages }),
  };
  if (source.kind === 'embedded') {
    return {
      result: { ok: true, model: loadModel(source.id), issues: [], format: 'chokepoint' },
      label: `${source.id} (embedded)`,
    };
  }
  if (source.kind === 'csv') {
    const dir = dirname(source.nodes);
    if (source.label.endsWith('/') && existsSync(dir) && !existsSync(source.nodes)) {
      throw new UserError(
        `${source.label.replace(/\/$/, '')}: is a directory, not a model file (a CSV model is a directory holding nodes.csv and edges.csv)`,
      );
    }
    const files = {
      nodes: readInput(source.nodes, options),
      edges: readInput(source.edges, options),
      ...(source.info === undefined ? {} : { info: readInput(source.info, options) }),
    };
    const name = options.name ?? basename(dirname(resolve(source.nodes)));
    const result = readCsvPair(files, {
      nodesFile: source.nodes,
      edgesFile: source.edges,
      ...(source.info === undefined ? {} : { infoFile: source.info }),
      name,
      ...common,
    });
    return { result: { ...result, format: undefined }, label: source.label };
  }
  const file = source.kind === 'file' ? source.path : '-';
  const label = file === '-' ? '<stdin>' : file;
  const { text, sha256 } = readInputWithHash(file, options);
  const result = readModel(text, {
    file,
    ...(source.format === undefined ? {} : { format: source.format }),
    ...(options.name === undefined ? {} : { name: options.name }),
    ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
    ...common,
  });
  return { result, label, sha256 };
}
