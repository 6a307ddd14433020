/**
 * Provenance: which tool, which method, which model
 * =================================================
 *
 * Every report, comparison and sweep says which version of Chokepoint made it, which version of the
 * resilience score's method it used, and the SHA-256 of the model it was computed from, so that a figure
 * quoted in a paper can be traced back to its inputs. The constants live here and nowhere else.
 *
 * `SCORE_METHOD_VERSION` counts changes to what the score means (its terms, their weights, their
 * definitions), not releases: two reports with the same method version and model hash give the same
 * score. History (also in README.md, "The resilience score"):
 *   1: the first score (supply, N-1, export control, diversification over installed capacity);
 *   2: diversification in served-flow terms (issue 10);
 *   3: a buffers term (worst single-node loss over 60 days with stocks; issue 14), weight 10 taken
 *      from n-1, so that models without stock score as under method 2.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import pkg from '../package.json' with { type: 'json' };
import { edgeId } from './model/edge-id.ts';
import type { Model } from './model/schema.ts';

/** The version of @chokepoint/core, from its package.json. */
export const TOOL_VERSION: string = pkg.version;

/** The version of the resilience score's method (see the history above). */
export const SCORE_METHOD_VERSION = 3;

/** SHA-256 of bytes or of a text's UTF-8 encoding, as 64 lower-case hex digits. */
export function sha256Hex(input: string | Uint8Array): string {
  return bytesToHex(sha256(typeof input === 'string' ? utf8ToBytes(input) : input));
}

/**
 * A JSON text of `value` that does not depend on key order: object keys sorted, no whitespace,
 * `undefined` fields left out (as JSON.stringify does). Arrays keep their order.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value).sort()) {
    const v = (value as Record<string, unknown>)[k];
    if (v !== undefined) out[k] = sortKeys(v);
  }
  return out;
}

/**
 * The hash a report carries when the caller gives no input bytes: the SHA-256 of the model's canonical
 * JSON, `canonicalJson` with nodes sorted by id and edges by edge id, since no figure depends on their
 * order in the file (issue 10), so neither does the hash. The CLI hashes the bytes of the file it read
 * instead (what a reader can check with `sha256sum`); embedded models have no file, so they get this one.
 */
export function modelSha256(model: Model): string {
  return sha256Hex(canonicalModelJson(model));
}

/** The text `modelSha256` hashes. */
export function canonicalModelJson(model: Model): string {
  const byKey = <T>(items: readonly T[], key: (x: T) => string) =>
    items
      .map((x) => [key(x), x] as const)
      .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .map(([, x]) => x);
  return canonicalJson({
    ...model,
    nodes: byKey(model.nodes, (n) => n.id),
    edges: byKey(model.edges, edgeId),
  });
}
