/**
 * The HTTP API
 * ============
 *
 * - `POST /api/rooms` — body: a chokepoint/v1 model (or empty with `?model=<embedded id>`), optional
 *   `?teams=a,b,c` to fix the teams. 201 `{ room, joinCode, facilitatorUrl }`; 422 with core's
 *   validation messages (JSON paths) for a bad model; 413 past the body limit.
 * - `POST /api/join/<joinCode>` — body `{ team, name, readOnly? }`. 201 `{ room, team, document,
 *   token, readOnly, websocketUrl, startModel }`: the token opens that team's document only.
 * - Facilitator only (the secret as `?key=` or `Authorization: Bearer`; 401 without, 403 wrong):
 *   `GET /facilitator/<room>` (the dashboard page), `GET /api/rooms/<room>/dashboard` (every team's
 *   score; `?models=1` adds each team's model), `POST /api/rooms/<room>/inject` (body `{ scenario:
 *   id | null, team? }`), `POST /api/rooms/<room>/control` (countdown, freeze, broadcast, debrief:
 *   control.ts), `GET /api/rooms/<room>/export` (each team's model and score history) and `POST
 *   /api/rooms/<room>/projector` (201 `{ projectorUrl }`: a link whose key shows the dashboard,
 *   read-only; the page and `dashboard` accept it, every other endpoint answers it 403).
 * - `GET /api/rooms/<room>/debrief`: every team's score, model and history against the starting
 *   model's; the facilitator any time, a participant (its token as `Authorization: Bearer`) once
 *   the facilitator has begun the debrief (403 before).
 *
 * Every answer is JSON; errors are `{ error, issues? }` and never carry a stack trace.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  formatJsonPath,
  loadModel,
  type Model,
  modelIds,
  parseModelText,
  UnknownModelError,
} from '@chokepoint/core';
import { applyControl, ControlError } from '../rooms/control.ts';
import { RoomError, type Rooms } from '../rooms/rooms.ts';
import type { Scorer } from '../scores/scorer.ts';
import { BodyTooLarge, readBody } from './body.ts';

export interface ApiContext {
  rooms: Rooms;
  scorer: Scorer;
  /** `http://127.0.0.1:<port>` */
  baseUrl: () => string;
  maxBodyBytes: number;
  /** The room's shock or controls changed: tell its clients (and freeze or thaw their connections). */
  roomChanged: (room: string) => void;
  /** Answers with the editor's page (the dashboard is a page of the editor build); false if absent. */
  servePage: (res: ServerResponse) => boolean;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly issues?: unknown[],
  ) {
    super(message);
  }
}

/** Answers the request; false when the path is not the API's (the caller answers 404). */
export async function handleApi(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: ApiContext,
): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const method = req.method ?? 'GET';
  try {
    if (parts[0] === 'api' && parts[1] === 'rooms' && parts.length === 2) {
      allow(method, 'POST');
      send(res, 201, await createRoom(req, url, ctx));
    } else if (parts[0] === 'api' && parts[1] === 'join' && parts.length === 3) {
      allow(method, 'POST');
      send(res, 201, await join(req, parts[2]!, ctx));
    } else if (parts[0] === 'facilitator' && parts.length === 2) {
      allow(method, 'GET');
      facilitator(req, url, parts[1]!, ctx, true);
      if (!ctx.servePage(res)) send(res, 200, dashboard(parts[1]!, url, ctx));
    } else if (parts[0] === 'api' && parts[1] === 'rooms' && parts.length === 4) {
      const room = parts[2]!;
      const what = parts[3];
      if (what === 'dashboard') {
        allow(method, 'GET');
        facilitator(req, url, room, ctx, true);
        send(res, 200, dashboard(room, url, ctx));
      } else if (what === 'inject') {
        allow(method, 'POST');
        facilitator(req, url, room, ctx);
        send(res, 200, await inject(req, room, ctx));
      } else if (what === 'projector') {
        allow(method, 'POST');
        facilitator(req, url, room, ctx);
        const key = ctx.rooms.projectorKey(room);
        send(res, 201, { projectorUrl: `${ctx.baseUrl()}/facilitator/${room}?key=${key}&view=projector` });
      } else if (what === 'control') {
        allow(method, 'POST');
        facilitator(req, url, room, ctx);
        send(res, 200, await control(req, room, ctx));
      } else if (what === 'debrief') {
        allow(method, 'GET');
        debriefReader(req, url, room, ctx);
        send(res, 200, debrief(room, ctx));
      } else if (what === 'export') {
        allow(method, 'GET');
        facilitator(req, url, room, ctx);
        send(res, 200, exportRoom(room, ctx));
      } else return false;
    } else return false;
  } catch (err) {
    if (err instanceof ControlError) {
      send(res, 400, { error: err.message });
    } else if (err instanceof HttpError || err instanceof RoomError) {
      const body: Record<string, unknown> = { error: err.message };
      if (err instanceof HttpError && err.issues) body.issues = err.issues;
      send(res, err.status, body);
    } else if (err instanceof BodyTooLarge) {
      res.setHeader('Connection', 'close');
      send(res, 413, { error: `request body over ${ctx.maxBodyBytes} bytes` });
    } else {
      console.error('workshop: internal error:', err instanceof Error ? err.message : err);
      send(res, 500, { error: 'internal error' });
    }
  }
  return true;
}

function allow(method: string, wanted: string): void {
  if (method !== wanted) throw new HttpError(405, `use ${wanted}`);
}

/**
 * Refuses unless the request carries the room's facilitator secret (or, where `projector` allows it,
 * the room's read-only projector key).
 */
function facilitator(req: IncomingMessage, url: URL, room: string, ctx: ApiContext, projector = false): void {
  const auth = req.headers.authorization;
  const secret = url.searchParams.get('key') ?? (auth?.startsWith('Bearer ') ? auth.slice(7) : null);
  const verdict = ctx.rooms.checkSecret(room, secret);
  if (verdict === 'no-room') throw new HttpError(404, 'no such room');
  if (verdict === 'missing') throw new HttpError(401, 'the facilitator secret is required (?key=…)');
  if (verdict === 'wrong') throw new HttpError(403, 'wrong facilitator secret');
  if (verdict === 'projector' && !projector)
    throw new HttpError(403, 'the projector link is read-only: it cannot change or export the room');
}

/** The facilitator, or a participant of the room once the debrief has begun. */
function debriefReader(req: IncomingMessage, url: URL, room: string, ctx: ApiContext): void {
  const auth = req.headers.authorization;
  const bearer = auth?.startsWith('Bearer ') ? auth.slice(7) : null;
  const grant = bearer === null ? null : ctx.rooms.grantOf(bearer);
  if (grant === null) {
    facilitator(req, url, room, ctx);
    return;
  }
  if (grant.room !== room) throw new HttpError(403, 'not your room');
  if (!ctx.rooms.get(room)!.control.debrief)
    throw new HttpError(403, 'other teams’ results open when the facilitator begins the debrief');
}

async function createRoom(req: IncomingMessage, url: URL, ctx: ApiContext) {
  const text = await readBody(req, ctx.maxBodyBytes);
  const embedded = url.searchParams.get('model');
  let model: Model;
  if (embedded !== null && text.trim() === '') {
    try {
      model = loadModel(embedded);
    } catch (err) {
      if (err instanceof UnknownModelError)
        throw new HttpError(404, `no embedded model "${embedded}" (models: ${modelIds().join(', ')})`);
      throw err;
    }
  } else {
    const checked = parseModelText(text, { maxBytes: ctx.maxBodyBytes });
    if (!checked.ok) {
      const issues = checked.issues.slice(0, 100).map((i) => ({
        path: formatJsonPath(i.path),
        message: i.message,
        ...(i.nodeId === undefined ? {} : { nodeId: i.nodeId }),
        ...(i.edgeId === undefined ? {} : { edgeId: i.edgeId }),
        ...(i.line === undefined ? {} : { line: i.line, column: i.column }),
      }));
      throw new HttpError(422, 'the model is not valid chokepoint/v1', issues);
    }
    model = checked.model;
  }
  const teamsParam = url.searchParams.get('teams');
  const teams = teamsParam === null ? null : teamsParam.split(',').filter(Boolean);
  const { room, secret } = ctx.rooms.create(model, teams);
  return {
    room: room.id,
    joinCode: room.joinCode,
    facilitatorUrl: `${ctx.baseUrl()}/facilitator/${room.id}?key=${secret}`,
  };
}

async function join(req: IncomingMessage, joinCode: string, ctx: ApiContext) {
  const body = parseJsonObject(await readBody(req, 64 * 1024));
  const { grant, token } = ctx.rooms.join(
    joinCode,
    body.team as string,
    body.name as string,
    body.readOnly === true,
  );
  ctx.scorer.changed(grant.room, grant.team);
  return {
    room: grant.room,
    team: grant.team,
    document: `${grant.room}/${grant.team}`,
    token,
    readOnly: grant.readOnly,
    websocketUrl: ctx.baseUrl().replace(/^http/, 'ws'),
    // What the team started from: the editor measures the team's spending against it (budgets).
    startModel: ctx.rooms.get(grant.room)!.model,
  };
}

function dashboard(room: string, url: URL, ctx: ApiContext) {
  const r = ctx.rooms.get(room)!;
  const withModels = url.searchParams.get('models') === '1';
  return {
    room,
    name: r.model.name,
    joinCode: r.joinCode,
    shock: r.shock,
    control: r.control,
    now: Date.now(),
    scenarios: (r.model.scenarios ?? []).map((s) => ({ id: s.id, label: s.label ?? s.id })),
    teams: ctx.scorer
      .scores(room)
      .map((t) => (withModels ? { ...t, model: ctx.scorer.currentModel(room, t.team) } : t)),
    ...(withModels ? { startModel: r.model } : {}),
  };
}

async function control(req: IncomingMessage, room: string, ctx: ApiContext) {
  const body = parseJsonObject(await readBody(req, 64 * 1024));
  const r = ctx.rooms.get(room)!;
  ctx.rooms.setControl(room, applyControl(r.control, body, Date.now()));
  if (body.action === 'budget') ctx.scorer.rescoreRoom(room);
  ctx.roomChanged(room);
  return { room, control: ctx.rooms.get(room)!.control, now: Date.now() };
}

function debrief(room: string, ctx: ApiContext) {
  const r = ctx.rooms.get(room)!;
  return {
    room,
    name: r.model.name,
    shock: r.shock,
    startModel: r.model,
    teams: ctx.scorer.scores(room).map((t) => ({
      ...t,
      model: ctx.scorer.currentModel(room, t.team),
      history: ctx.scorer.history(room, t.team),
    })),
  };
}

async function inject(req: IncomingMessage, room: string, ctx: ApiContext) {
  const body = parseJsonObject(await readBody(req, 64 * 1024));
  const scenario = body.scenario;
  if (scenario !== null && typeof scenario !== 'string')
    throw new HttpError(
      400,
      '"scenario" must be a scenario id of the room\'s model, or null to lift the shock',
    );
  const team = body.team === undefined || body.team === null ? null : String(body.team);
  const shock = ctx.rooms.setShock(room, scenario, team);
  ctx.scorer.rescoreRoom(room);
  ctx.roomChanged(room);
  return { room, shock };
}

function exportRoom(room: string, ctx: ApiContext) {
  const r = ctx.rooms.get(room)!;
  return {
    room,
    exportedAt: new Date().toISOString(),
    startModel: r.model,
    shock: r.shock,
    teams: ctx.rooms.teams(room).map((team) => ({
      team,
      model: ctx.scorer.currentModel(room, team),
      scores: ctx.scorer.history(room, team),
    })),
  };
}

function parseJsonObject(text: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new HttpError(400, 'the body must be a JSON object');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new HttpError(400, 'the body must be a JSON object');
  return value as Record<string, unknown>;
}

export function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}
