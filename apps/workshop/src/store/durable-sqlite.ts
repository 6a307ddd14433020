/**
 * Persistence that survives SIGKILL
 * =================================
 *
 * `@hocuspocus/extension-sqlite` stores a whole document state, debounced (2 s by default): an edit
 * the server has acknowledged can be lost if the process is killed inside that window. This
 * extension keeps the extension's snapshot table and adds a journal: every update is appended
 * synchronously in the document's `update` event, which Yjs fires while applying the client's
 * message, before Hocuspocus sends the client its acknowledgement (sync status). Loading merges the
 * snapshot with the journal; each debounced snapshot then empties that document's journal in the
 * same SQLite transaction, so the journal stays short.
 */

import { SQLite } from '@hocuspocus/extension-sqlite';
import type { onLoadDocumentPayload } from '@hocuspocus/server';
import * as Y from 'yjs';
import type { Db } from './database.ts';

export interface DurableSQLiteOptions {
  /** Called when a document has no stored state yet: fill it (the room's starting model). */
  seed: (documentName: string, doc: Y.Doc) => void;
}

export class DurableSQLite extends SQLite {
  private readonly shared: Db;
  private readonly seed: DurableSQLiteOptions['seed'];

  constructor(db: Db, options: DurableSQLiteOptions) {
    super({
      fetch: async ({ documentName }) => loadState(this.shared, documentName),
      store: async ({ documentName, document }) => {
        // Re-encoded here, not taken from the payload, so the snapshot certainly covers every
        // journal row deleted with it (all of this runs synchronously, with no await between).
        const state = Y.encodeStateAsUpdate(document);
        saveSnapshot(this.shared, documentName, state);
      },
    });
    this.shared = db;
    this.seed = options.seed;
  }

  override async onConfigure() {
    this.db = this.shared; // one connection for the whole server; the schema is already there
  }

  override async onListen() {}

  override async onLoadDocument(data: onLoadDocumentPayload): Promise<void> {
    await super.onLoadDocument(data);
    const { document, documentName } = data;
    if (Y.encodeStateVector(document).length <= 1) {
      this.seed(documentName, document);
      saveSnapshot(this.shared, documentName, Y.encodeStateAsUpdate(document));
    }
    const append = this.shared.prepare('INSERT INTO journal (name, data) VALUES (?, ?)');
    document.on('update', (update: Uint8Array) => {
      append.run(documentName, Buffer.from(update));
    });
  }
}

/** The document's snapshot and its journal merged into one update, or null when there is none. */
export function loadState(db: Db, documentName: string): Uint8Array | null {
  const snapshot = db.prepare('SELECT data FROM documents WHERE name = ?').get(documentName) as
    | { data: Buffer }
    | undefined;
  const rows = db.prepare('SELECT data FROM journal WHERE name = ? ORDER BY id').all(documentName) as {
    data: Buffer;
  }[];
  const parts = [...(snapshot ? [snapshot.data] : []), ...rows.map((r) => r.data)].map(
    (b) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength),
  );
  if (parts.length === 0) return null;
  return parts.length === 1 ? parts[0]! : Y.mergeUpdates(parts);
}

export function saveSnapshot(db: Db, documentName: string, state: Uint8Array): void {
  db.transaction(() => {
    db.prepare(
      'INSERT INTO documents (name, data) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET data = excluded.data',
    ).run(documentName, Buffer.from(state));
    db.prepare('DELETE FROM journal WHERE name = ?').run(documentName);
  })();
}
