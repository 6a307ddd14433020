/**
 * Options shared by the analysis commands
 * =======================================
 *
 * Built by factories so each command gets its own Option objects with the same names, wording and
 * parsers: `--max-size`, `--max-nodes`, `--top`, `--worst-case`, the output format (`--json`, `--csv
 * [table]`, `--markdown`, mutually exclusive) and `--out`. Malformed values are usage errors (exit 2).
 */
import { DEFAULT_UNIT } from '@chokepoint/core';
import { InvalidArgumentError, Option } from 'commander';
import { DEFAULT_MAX_NODES } from '../io/load-model.ts';

export type OutputFormat = 'text' | 'json' | 'csv' | 'markdown';

export interface OutputFlags {
  json?: boolean;
  csv?: string | true;
  markdown?: boolean;
  out?: string;
  top: number;
}

export interface LoadFlags {
  maxSize?: number;
  maxNodes?: number;
  unit?: string;
}

export function formatOf(flags: Pick<OutputFlags, 'json' | 'csv' | 'markdown'>): OutputFormat {
  if (flags.json) return 'json';
  if (flags.csv) return 'csv';
  if (flags.markdown) return 'markdown';
  return 'text';
}

/** `--max-size`, `--max-nodes` and `--unit` as the loader wants them. */
export function loadOptions(flags: LoadFlags): { maxBytes?: number; maxNodes?: number; unit?: string } {
  return {
    ...(flags.maxSize === undefined ? {} : { maxBytes: flags.maxSize }),
    ...(flags.maxNodes === undefined ? {} : { maxNodes: flags.maxNodes }),
    ...(flags.unit === undefined ? {} : { unit: flags.unit }),
  };
}

/** `--unit`, for files that state none (GEXF and GraphML from Gephi or NetworkX, CSV). */
export const unitOption = () =>
  new Option(
    '--unit <unit>',
    `the model's unit, e.g. "t per year", for a file that states none (default: "${DEFAULT_UNIT}", with a warning)`,
  );

export function positiveInt(what: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`${what}: expected a whole number ≥ 1`);
    return n;
  };
}

export const maxSizeOption = () =>
  new Option('--max-size <MB>', 'refuse input files larger than this (default 64)').argParser((v) => {
    const mb = Number(v);
    if (!Number.isFinite(mb) || mb <= 0) throw new InvalidArgumentError('expected a number of megabytes');
    return mb * 1024 * 1024;
  });

export const maxNodesOption = () =>
  new Option(
    '--max-nodes <n>',
    `refuse models with more nodes than this (default ${DEFAULT_MAX_NODES.toLocaleString('en-US')})`,
  ).argParser(positiveInt('--max-nodes'));

export const topOption = () =>
  new Option('--top <n>', 'rows in ranked tables (text and Markdown)')
    .default(10)
    .argParser(positiveInt('--top'));

export const worstCaseOption = () =>
  new Option(
    '--worst-case <k,…|none>',
    'sizes of the worst-case N-k search, e.g. 2,3 or none (default: 2,3 up to 300 nodes, none above)',
  ).argParser((v): number[] => {
    if (v.trim() === 'none') return [];
    const ks = v.split(',').map((s) => Number(s.trim()));
    if (ks.some((k) => !Number.isInteger(k) || k < 1 || k > 5)) {
      throw new InvalidArgumentError('expected sizes from 1 to 5, comma-separated (e.g. 2,3), or none');
    }
    return [...new Set(ks)].sort((a, b) => a - b);
  });

export const outOption = () =>
  new Option(
    '--out <path>',
    'write to this file (or dir/ for one file per table) instead of standard output',
  );

/** --json, --csv [table] and --markdown, each excluding the others. */
/**
 * `--csv` takes an optional table name, so `analyze --csv lithium` reads the model as a table name:
 * say so, and how to write it, instead of only listing the tables.
 */
function csvTable(value: string, tables: readonly string[]): string {
  if (tables.includes(value)) return value;
  throw new InvalidArgumentError(
    `"${value}" is not a CSV table (tables: ${tables.join(', ')}). If "${value}" is the model, put it before --csv: chokepoint <command> ${value} --csv`,
  );
}

export function formatOptions(csvTables: readonly string[], csvDefault: string): Option[] {
  return [
    new Option('--json', 'print JSON').conflicts(['csv', 'markdown']),
    new Option(
      '--csv [table]',
      `print one CSV table (default ${csvDefault}); with --out dir/, all of them (tables: ${csvTables.join(', ')})`,
    )
      .argParser((value: string) => csvTable(value, csvTables))
      .conflicts(['json', 'markdown']),
    new Option('--markdown', 'print Markdown (for papers and notes)').conflicts(['json', 'csv']),
  ];
}
