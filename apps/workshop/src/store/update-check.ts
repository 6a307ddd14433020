/**
 * Refusing malformed updates
 * ==========================
 *
 * Runs on every message a client sends to a team document, before Hocuspocus applies it. A sync
 * message whose update is not a decodable Yjs update, or that writes to a root the team document
 * does not have (model-doc.ts `ROOTS`), is refused: Hocuspocus then closes that client's document
 * connection and applies nothing, and every other client carries on. Awareness and stateless
 * messages are not document content and pass; oversized messages never get here (the WebSocket's
 * `maxPayload` closes the socket first).
 */

import { ROOTS } from '@chokepoint/collab';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';

/** Hocuspocus message types that carry a Yjs sync message (Sync, SyncReply). */
const SYNC_TYPES = new Set([0, 4]);
const SYNC_STEP_1 = 0;
const ALLOWED_ROOTS: ReadonlySet<string> = new Set(ROOTS);

/** Thrown to make Hocuspocus drop the message and close the sender's document connection. */
export class RefusedUpdate extends Error {
  readonly code = 4400;
  readonly reason: string;
  constructor(reason: string) {
    super(reason);
    this.reason = reason;
  }
}

export function checkIncomingMessage(message: Uint8Array): void {
  let update: Uint8Array;
  try {
    const d = decoding.createDecoder(message);
    decoding.readVarString(d);
    if (!SYNC_TYPES.has(decoding.readVarUint(d))) return;
    const step = decoding.readVarUint(d);
    if (step === SYNC_STEP_1) return;
    update = decoding.readVarUint8Array(d);
  } catch {
    throw new RefusedUpdate('malformed message');
  }
  checkUpdate(update);
}

export function checkUpdate(update: Uint8Array): void {
  let structs: ReturnType<typeof Y.decodeUpdate>['structs'];
  try {
    structs = Y.decodeUpdate(update).structs;
  } catch {
    throw new RefusedUpdate('malformed update: not a Yjs update');
  }
  for (const s of structs) {
    // In a decoded update, an item placed directly under a root names that root as a string.
    const parent: unknown = s instanceof Y.Item ? s.parent : null;
    if (typeof parent === 'string' && !ALLOWED_ROOTS.has(parent)) {
      throw new RefusedUpdate(`malformed update: a team document has no "${parent.slice(0, 40)}"`);
    }
  }
}
