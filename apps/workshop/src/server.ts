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
import { Redis } from '@hocuspocus/extension-redis';
import { type Extension, Server } from '@hocuspocus/server';
import { handleApi, send } from './http/api.ts';
import { editorSite } from './http/site.ts';
import { documentName, parseDocumentName, RoomError, Rooms } from './rooms/rooms.ts';
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
  /** The editor's build, served at /join/… and /facilitator/… (default: apps/editor/dist). */
  siteDir?: string;
  /**
   * Several processes serving the same rooms: each relays its documents' updates and awareness
   * through this Redis (Hocuspocus's Redis extension), so clients connected to different processes
   * edit one document. The processes share the data directory (SQLite in WAL mode takes several).
   */
  redis?: { host: string; port: number };
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
  const site = editorSite(o.siteDir);

  /** What every client of the room is told: shock in force, countdown, freeze, message, debrief. */
  const roomMessage = (room: string, team: string) => {
    const r = rooms.get(room)!;
    const shockId = team in r.shock.teams ? r.shock.teams[team]! : r.shock.all;
    return JSON.stringify({ type: 'room', ...r.control, shock: shockId, now: Date.now() });
  };
  const roomChanged = (room: string) => {
    const frozen = rooms.get(room)!.control.frozen;
    for (const team of rooms.teams(room)) {
      const doc = server.hocuspocus.documents.get(documentName(room, team));
      if (!doc) continue;
      // Freezing makes every connection read-only (Hocuspocus then refuses their updates); thawing
      // gives each back what its token allows.
      for (const c of doc.getConnections())
        c.readOnly = frozen || (c.context as { grantReadOnly?: boolean }).grantReadOnly === true;
      doc.broadcastStateless(roomMessage(room, team));
    }
  };

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
        const frozen = rooms.get(parseDocumentName(documentName)!.room)?.control.frozen === true;
        if (grant.readOnly || frozen) connectionConfig.readOnly = true;
        return { name: grant.name, grantReadOnly: grant.readOnly };
      } catch (err) {
        // Hocuspocus answers permission-denied with this reason; the client learns no more.
        throw { reason: err instanceof RoomError ? err.message : 'permission-denied' };
      }
    },
    async connected({ documentName, connection }) {
      const parsed = parseDocumentName(documentName);
      if (parsed) connection.sendStateless(roomMessage(parsed.room, parsed.team));
    },
    async beforeHandleMessage({ update }) {
      checkIncomingMessage(update);
    },
    async onChange({ documentName }) {
      const parsed = parseDocumentName(documentName);
      if (parsed) scorer.changed(parsed.room, parsed.team);
    },
    async onRequest({ request, response }) {
      const handled =
        site.asset(request, response) ||
        joinPage(request, response) ||
        (await handleApi(request, response, {
          rooms,
          scorer,
          baseUrl: () => baseUrl,
          maxBodyBytes: o.maxBodyBytes,
          roomChanged,
          servePage: (res) => site.page(res),
        }));
      if (!handled) notFound(request, response);
      // Rejecting with nothing tells Hocuspocus the request is answered (no default reply).
      return Promise.reject();
    },
  };

  /** `/join/<code>`: the editor's page, which joins through the API (the page itself grants nothing). */
  const joinPage = (req: IncomingMessage, res: ServerResponse): boolean => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if ((req.method ?? 'GET') !== 'GET' || !/^\/join\/[^/]+\/?$/.test(path)) return false;
    if (!site.page(res))
      send(res, 503, { error: 'the editor is not built: run pnpm --filter @chokepoint/editor build' });
    return true;
  };

  server = new Server({
    name: 'chokepoint-workshop',
    port: o.port,
    address: '127.0.0.1',
    quiet: true,
    stopOnSignals: false,
    extensions: [
      ...(o.redis
        ? [new Redis({ host: o.redis.host, port: o.redis.port, prefix: 'chokepoint-workshop' })]
        : []),
      persistence,
      workshop,
    ],
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
