/**
 * The model argument
 * ==================
 *
 * Every analysis command takes its model the same way: a file in any format `readModel` detects
 * (chokepoint/v1, graphology JSON, GEXF, GraphML), `-` for standard input, the id of an embedded model
 * (`lithium`), or nothing for the default embedded model. A path that exists wins over an embedded id
 * of the same name (write `./lithium` or `lithium` as you mean it). Whatever is wrong becomes a
 * `UserError` naming it: an unknown id lists the embedded ids; a bad file lists every issue with its
 * file and JSON path; a model too large to analyse in reasonable time is refused before it starts.
 */
import { existsSync } from 'node:fs';
import { DEFAULT_MODEL_ID, formatIssue, loadModel, type Model, modelIds, readModel } from '@chokepoint/core';
import { NodeDOMParser } from './dom-parser.ts';
import { readInput, UserError } from './read-input.ts';

/**
 * Above this many nodes the analysis commands refuse a model unless `--max-nodes` says otherwise:
 * the full report takes about 4 s at 20,000 nodes and grows faster than linearly (betweenness and the
 * N-1 table), so a 10^6-node file would run for hours.
 */
export const DEFAULT_MAX_NODES = 50_000;

export interface LoadOptions {
  maxBytes?: number;
  maxNodes?: number;
}

export interface LoadedModel {
  model: Model;
  /** How messages name it: the path, `<stdin>`, or `lithium (embedded)`. */
  label: string;
  /** Said on stderr when the user gave no model. */
  note?: string;
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
    };
  }
  if (arg === '-' || existsSync(arg)) return fromFile(arg, options);
  if (modelIds().includes(arg)) return { model: loadModel(arg), label: `${arg} (embedded)` };
  if (/[/\\.]/.test(arg)) throw new UserError(`${arg}: no such file`);
  throw new UserError(
    `"${arg}" is neither a file nor an embedded model (embedded: ${modelIds().join(', ')})`,
  );
}

function fromFile(path: string, options: LoadOptions): LoadedModel {
  const label = path === '-' ? '<stdin>' : path;
  const text = readInput(path, options);
  const result = readModel(text, {
    file: path,
    DOMParser: NodeDOMParser,
    ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
  });
  if (!result.ok) {
    const n = result.issues.length;
    throw new UserError(
      `${label}: ${n} problem${n === 1 ? '' : 's'}; nothing analysed (\`chokepoint validate\` lists them too)`,
      result.issues.map((i) => formatIssue(i, label)),
    );
  }
  return { model: result.model, label };
}
