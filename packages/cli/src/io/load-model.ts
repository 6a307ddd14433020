/**
 * The model argument
 * ==================
 *
 * Every analysis command takes its model the same way: a file in any format `readModel` detects
 * (chokepoint/v1, graphology JSON, GEXF, GraphML), `-` for standard input, the id of an embedded model
 * (`lithium`), or nothing for the default embedded model. A path that exists wins over an embedded id
 * of the same name (write `./lithium` or `lithium` as you mean it). A file without a unit (GEXF or
 * GraphML from Gephi or NetworkX) takes `--unit`, or loads with core's stated default and a warning.
 * Whatever is wrong becomes a
 * `UserError` naming it: an unknown id lists the embedded ids; a bad file lists every issue with its
 * file and JSON path; a model too large to analyse in reasonable time is refused before it starts.
 */
import { existsSync } from 'node:fs';
import {
  DEFAULT_MODEL_ID,
  formatIssue,
  loadModel,
  type Model,
  modelIds,
  unusedFields,
  unusedFieldsNotice,
} from '@chokepoint/core';
import { locateSource, readSource } from './model-source.ts';
import { UserError } from './read-input.ts';

/**
 * Above this many nodes the analysis commands refuse a model unless `--max-nodes` says otherwise:
 * the full report takes about 4 s at 20,000 nodes and grows faster than linearly (betweenness and the
 * N-1 table), so a 10^6-node file would run for hours.
 */
export const DEFAULT_MAX_NODES = 50_000;

export interface LoadOptions {
  maxBytes?: number;
  maxNodes?: number;
  /** `--unit`, `--name`, `--stages`: what a file from another tool may not state. */
  unit?: string;
  name?: string;
  stages?: string[];
}

export interface LoadedModel {
  model: Model;
  /** How messages name it: the path, `<stdin>`, or `lithium (embedded)`. */
  label: string;
  /** Said on stderr when the user gave no model. */
  note?: string;
  /** What the reader assumed (a unit the file did not state), each prefixed with the label. */
  warnings: string[];
  /** SHA-256 of the file's bytes; absent for embedded models (reports then hash the model's JSON). */
  sha256?: string;
}

/** Everything worth saying on stderr about a loaded model: the note, warnings, unused fields. */
export function loadMessages(loaded: LoadedModel): string[] {
  const unused = unusedFieldsNotice(unusedFields(loaded.model));
  return [
    ...(loaded.note ? [loaded.note] : []),
    ...loaded.warnings.map((w) => `warning: ${w}`),
    ...(unused ? [`note: ${loaded.label}: ${unused}`] : []),
  ];
}

/** The input hash for `analyze`/`sweep`, when there was a file. */
export function hashOption(loaded: LoadedModel): { inputSha256?: string } {
  return loaded.sha256 === undefined ? {} : { inputSha256: loaded.sha256 };
}

export function loadModelArg(arg: string | undefined, options: LoadOptions = {}): LoadedModel {
  const loaded = resolve(arg, options);
  const maxNodes = options.maxNodes ?? DEFAULT_MAX_NODES;
  const n = loaded.model.nodes.length;
  if (n > maxNodes) {
    throw new UserError(
      `${loaded.label}: ${n.toLocaleString('en-US')} nodes, over the ${maxNodes.toLocaleString('en-US')}-node limit for analysis (it grows faster than linearly; raise the limit with --max-nodes <n>)`,
    );
  }
  return loaded;
}

function resolve(arg: string | undefined, options: LoadOptions): LoadedModel {
  if (arg === undefined) {
    return {
      model: loadModel(DEFAULT_MODEL_ID),
      label: `${DEFAULT_MODEL_ID} (embedded)`,
      note: `no model given: using the embedded default, ${DEFAULT_MODEL_ID} (see \`chokepoint models\`)`,
      warnings: [],
    };
  }
  const source = locateSource(arg);
  if (source.kind === 'file' && !existsSync(source.path)) {
    if (/[/\\.]/.test(arg)) throw new UserError(`${arg}: no such file`);
    throw new UserError(
      `"${arg}" is neither a file nor an embedded model (embedded: ${modelIds().join(', ')})`,
    );
  }
  const { result, label, sha256 } = readSource(source, options);
  if (!result.ok) {
    const n = result.issues.length;
    throw new UserError(
      `${label}: ${n} problem${n === 1 ? '' : 's'}; nothing analysed (\`chokepoint validate\` lists them too)`,
      [
        ...result.issues.map((i) => formatIssue(i, label)),
        ...(result.warnings ?? []).map((w) => `${label}: ${w}`),
      ],
    );
  }
  return {
    model: result.model,
    label,
    warnings: (result.warnings ?? []).map((w) => `${label}: ${w}`),
    ...(sha256 === undefined ? {} : { sha256 }),
  };
}
