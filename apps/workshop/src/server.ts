/**
 * The workshop server
 * ===================
 *
 * One process on 127.0.0.1: Hocuspocus syncs each team's Y.Doc over WebSocket, SQLite keeps them
 * (durable-sqlite.ts), the HTTP API creates rooms and issues tokens (http/api.ts), and the scorer
 * rescores a team after each change (scores/scorer.ts). `startWorkshop` resolves once it listens.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { modelToDoc } from '@chokepoint/collab';
import { loadSolver } from '@chokepoint/core';
import { type Extension, Server } from '@hocuspocus/server';
import { handleApi, send } from './http/api.ts';
import { parseDocumentName, RoomError, Rooms } from './rooms/rooms.ts';
import { Scorer } from './scores/scorer.ts';
import { openDatabase } from './store/database.ts';
import { DurableSQLite } from './store/durable-sqlite.ts';
import { checkIncomingMessage } from './store/update-check.ts';

export interface WorkshopOptions {
  /** 0 picks a free port. */
  port: number;
  dataDir: string;
  /** Largest WebSocket message accepted; a client sending more is disconnected. */
  maxPayloadBytes?: number;
  /** Largest HTTP request body (the model of `POST /api/rooms`). */
  maxBodyBytes?: number;
  /** Quiet time after an edit before the team is rescored. */
  scoreDebounceMs?: number;
}

export interface Workshop {
  url: string;
  port: number;
  close(): Promise<void>;
}

export const DEFAULTS = {
  maxPayloadBytes: 2 * 1024 * 1024,
  maxBodyBytes: 8 * 1024 * 1024,
  scoreDebounceMs: 150,
};

export async function startWorkshop(options: WorkshopOptions): Promise<Workshop> {
  const o = { ...DEFAULTS, ...options };
  // Models with recipes or yields are analysed with core's LP solver, which loads once (WebAssembly).
  await loadSolver();
  const db = openDatabase(o.dataDir);
  const rooms = new Rooms(db);
  let server: Server;
  const scorer = new Scorer(
    db,
    rooms,
    (name) => {
      const doc = server?.hocuspocus.documents.get(name);
      return doc ? { doc, broadcastStateless: (p) => doc.broadcastStateless(p) } : undefined;
    },
    o.scoreDebounceMs,
  );
  let baseUrl = '';

  const persistence = new DurableSQLite(db, {
    seed: (documentName, doc) => {
      const parsed = parseDocumentName(documentName);
      const room = parsed && rooms.get(parsed.room);
      if (room) modelToDoc(room.model, doc);
    },
  });

  const workshop: Extension = {
    extensionName: 'chokepoint-workshop',
    async onAuthenticate({ token, documentName, connectionConfig }) {
      try {
        const grant = rooms.authorize(token, documentName);
        if (grant.readOnly) connectionConfig.readOnly = true;
        return { name: grant.name };
      } catch (err) {
        // Hocuspocus answers permission-denied with this reason; the client learns no more.
        throw { reason: err instanceof RoomError ? err.message : 'permission-denied' };
      }
    },
    async beforeHandleMessage({ update }) {
      checkIncomingMessage(update);
    },
    async onChange({ documentName }) {
      const parsed = parseDocumentName(documentName);
      if (parsed) scorer.changed(parsed.room, parsed.team);
    },
    async onRequest({ request, response }) {
      const handled = await handleApi(request, response, {
        rooms,
        scorer,
        baseUrl: () => baseUrl,
        maxBodyBytes: o.maxBodyBytes,
      });
      if (!handled) notFound(request, response);
      // Rejecting with nothing tells Hocuspocus the request is answered (no default reply).
      return Promise.reject();
    },
  };

  server = new Server({
    name: 'chokepoint-workshop',
    port: o.port,
    address: '127.0.0.1',
    quiet: true,
    stopOnSignals: false,
    extensions: [persistence, workshop],
    websocketOptions: { maxPayload: o.maxPayloadBytes },
  });
  await server.listen();
  const port = server.address.port;
  baseUrl = `http://127.0.0.1:${port}`;

  let closing: Promise<void> | undefined;
  return {
    url: baseUrl,
    port,
    close: () => {
      closing ??= (async () => {
        scorer.close();
        await server.destroy(); // flushes the debounced snapshots
        db.close();
      })();
      return closing;
    },
  };
}

function notFound(req: IncomingMessage, res: ServerResponse): void {
  if ((req.url ?? '/') === '/') {
    send(res, 200, { server: 'chokepoint-workshop', api: ['POST /api/rooms', 'POST /api/join/<joinCode>'] });
  } else send(res, 404, { error: 'not found' });
}
