import { applyEditOp, readModel } from '@chokepoint/collab';
import { loadModel } from '@chokepoint/core';
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import {
  api,
  type Client,
  connect,
  createRoom,
  join,
  type ServerProcess,
  startServer,
  tempDir,
  waitFor,
} from './harness.ts';

let s: ServerProcess;
let room: { room: string; joinCode: string; facilitatorUrl: string };
let key: string;
const clients: Client[] = [];
const client = (document: string, token: string) => {
  const c = connect(s.url, document, token);
  clients.push(c);
  return c;
};

beforeAll(async () => {
  s = await startServer(tempDir(), ['--max-payload', '65536', '--max-body', '200000']);
  room = await createRoom(s.url);
  key = new URL(room.facilitatorUrl).searchParams.get('key')!;
});
afterAll(async () => {
  for (const c of clients) c.close();
  await s.stop('SIGKILL');
});

/** A raw WebSocket speaking Hocuspocus's framing, to send what no well-behaved provider would. */
async function rawSocket(document: string, token: string) {
  const ws = new WebSocket(s.url.replace(/^http/, 'ws'));
  const received: Uint8Array[] = [];
  ws.on('message', (data: Buffer) => received.push(new Uint8Array(data)));
  const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  const frame = (write: (e: encoding.Encoder) => void) => {
    const e = encoding.createEncoder();
    encoding.writeVarString(e, document);
    write(e);
    ws.send(encoding.toUint8Array(e));
  };
  frame((e) => {
    encoding.writeVarUint(e, 2); // Auth
    encoding.writeVarUint(e, 0); // token
    encoding.writeVarString(e, token);
  });
  // Hocuspocus message types after the document name: 2 = Auth reply, 7 = Close.
  const typeOf = (m: Uint8Array) => m[1 + m[0]!];
  await waitFor('the auth reply', () => received.some((m) => typeOf(m) === 2));
  const sendUpdate = (update: Uint8Array) =>
    frame((e) => {
      encoding.writeVarUint(e, 0); // Sync
      encoding.writeVarUint(e, 2); // update
      encoding.writeVarUint8Array(e, update);
    });
  return { ws, closed, sendUpdate, gotClose: () => received.some((m) => typeOf(m) === 7) };
}

describe('who may do what', () => {
  it('refuses dashboard, inject and export without the facilitator secret (401) or with a wrong one (403)', async () => {
    const base = `/api/rooms/${room.room}`;
    for (const [path, method] of [
      [`${base}/dashboard`, 'GET'],
      [`${base}/export`, 'GET'],
      [`${base}/inject`, 'POST'],
      [`/facilitator/${room.room}`, 'GET'],
    ] as const) {
      const body = method === 'POST' ? { body: { scenario: null } } : {};
      expect((await api(s.url, path, { method, ...body })).status, path).toBe(401);
      expect((await api(s.url, `${path}?key=wrong`, { method, ...body })).status, path).toBe(403);
      const ok = await api(s.url, path, { method, ...body, headers: { authorization: `Bearer ${key}` } });
      expect(ok.status, path).toBe(200);
    }
    expect(new URL(room.facilitatorUrl).host).toBe(`127.0.0.1:${s.port}`);
  });

  it('issues unguessable, distinct join codes and secrets', async () => {
    const other = await createRoom(s.url);
    expect(other.joinCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(other.joinCode).not.toBe(room.joinCode);
    expect(new URL(other.facilitatorUrl).searchParams.get('key')).toMatch(/^[\w-]{43}$/);
    expect((await api(s.url, '/api/join/AAAA-BBBB-CCCC', { body: { team: 'red', name: 'x' } })).status).toBe(
      404,
    );
  });

  it('refuses bad joins and bad models with messages that name the place', async () => {
    const bad = await api(s.url, `/api/join/${room.joinCode}`, { body: { team: 'no spaces!', name: 'x' } });
    expect(bad.status).toBe(400);
    expect(
      (await api(s.url, `/api/join/${room.joinCode}`, { body: { team: 'green', name: 'x' } })).status,
    ).toBe(404);

    const model = structuredClone(loadModel('rare-earth-magnets')) as { nodes: { capacity?: number }[] };
    model.nodes[0]!.capacity = -5;
    const invalid = await api(s.url, '/api/rooms', { raw: JSON.stringify(model) });
    expect(invalid.status).toBe(422);
    expect(invalid.json.issues).toContainEqual(
      expect.objectContaining({ path: '$.nodes[0].capacity', message: 'capacity must be ≥ 0' }),
    );
    const broken = await api(s.url, '/api/rooms', { raw: '{"format": "chokepoint/v1",' });
    expect(broken.status).toBe(422);
    expect(broken.json.issues[0].line).toBe(1);
    const huge = await api(s.url, '/api/rooms', { raw: 'x'.repeat(300_000) });
    expect(huge.status).toBe(413);
  });

  it('lets a participant open only its own team’s document', async () => {
    const red = await join(s.url, room.joinCode, 'red', 'Ann');
    await join(s.url, room.joinCode, 'blue', 'Bea');
    const wrongTeam = client(`${room.room}/blue`, red.token);
    await waitFor('the refusal', () => wrongTeam.failed());
    expect(wrongTeam.failed()).toBe('not your team');
    const bogus = client(red.document, 'not-a-token');
    await waitFor('the refusal', () => bogus.failed());
    expect(wrongTeam.provider.isSynced || bogus.provider.isSynced).toBe(false);
    // The facilitator's secret opens every team's document, read-only.
    const watcher = client(`${room.room}/blue`, key);
    await waitFor('the facilitator to sync', () => watcher.provider.isSynced);
    expect(readModel(watcher.doc).name).toBe(loadModel('rare-earth-magnets').name);
  });

  it('does not let a read-only token write', async () => {
    const writer = await join(s.url, room.joinCode, 'red', 'Wes');
    const viewer = await join(s.url, room.joinCode, 'red', 'Vic', true);
    const w = client(writer.document, writer.token);
    const v = client(viewer.document, viewer.token);
    await waitFor('both to sync', () => w.provider.isSynced && v.provider.isSynced);
    const node = readModel(v.doc).nodes[1]!.id;
    applyEditOp(v.doc, { op: 'updateNode', id: node, changes: { label: 'written by a viewer' } });
    // Messages of one connection are handled in order: once the viewer's awareness reaches the
    // writer, the server has handled (and refused) its edit.
    v.provider.setAwarenessField('step', 'after-edit');
    await waitFor('the viewer’s awareness', () =>
      [...w.provider.awareness!.getStates().values()].some((st) => st.step === 'after-edit'),
    );
    applyEditOp(w.doc, { op: 'updateNode', id: node, changes: { notes: 'written by a writer' } });
    await waitFor('the writer’s edit on the server', async () => {
      const ex = await api(s.url, `/api/rooms/${room.room}/export?key=${key}`);
      const n = ex.json.teams.find((t: { team: string }) => t.team === 'red').model.nodes[1];
      return n.notes === 'written by a writer' ? n : undefined;
    }).then((n) => expect(n.label).not.toBe('written by a viewer'));
    expect(readModel(w.doc).nodes[1]!.label).not.toBe('written by a viewer');
  });

  it('rejects malformed and oversized updates and keeps serving the others', async () => {
    const red = await join(s.url, room.joinCode, 'red', 'Rex');
    const a = client(red.document, red.token);
    const b = client(red.document, red.token);
    await waitFor('sync', () => a.provider.isSynced && b.provider.isSynced);

    const garbage = await rawSocket(red.document, red.token);
    garbage.sendUpdate(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x0f, 1, 2, 3]));
    await waitFor('the garbage update to be refused', () => garbage.gotClose());

    const stranger = new Y.Doc();
    stranger.getMap('evil').set('payload', 'x');
    const wrongRoot = await rawSocket(red.document, red.token);
    wrongRoot.sendUpdate(Y.encodeStateAsUpdate(stranger));
    await waitFor('the update to an unknown root to be refused', () => wrongRoot.gotClose());

    const oversized = await rawSocket(red.document, red.token);
    oversized.ws.send(new Uint8Array(100_000));
    expect(await oversized.closed).toBe(1009); // ws: message too big

    // The server still serves the team, and applied none of it.
    const node = readModel(a.doc).nodes[2]!.id;
    applyEditOp(a.doc, { op: 'updateNode', id: node, changes: { capacity: 4242 } });
    await waitFor('the edit on the other client', () => readModel(b.doc).nodes[2]!.capacity === 4242);
    const fresh = client(red.document, red.token);
    await waitFor('a fresh client to sync', () => fresh.provider.isSynced);
    expect(fresh.doc.share.has('evil')).toBe(false);
    expect(readModel(fresh.doc).nodes[2]!.capacity).toBe(4242);
    for (const r of [garbage, wrongRoot]) r.ws.close();
  });

  it('lets participants read other teams’ results only once the debrief has begun', async () => {
    const red = await join(s.url, room.joinCode, 'red', 'Dee');
    const path = `/api/rooms/${room.room}/debrief`;
    const asRed = { headers: { authorization: `Bearer ${red.token}` } };
    const before = await api(s.url, path, asRed);
    expect(before.status).toBe(403);
    expect(before.json.error).toContain('debrief');
    expect((await api(s.url, path)).status).toBe(401);
    expect((await api(s.url, `${path}?key=${key}`)).status).toBe(200);
    const other = await createRoom(s.url);
    const stranger = await join(s.url, other.joinCode, 'red', 'Sam');
    expect((await api(s.url, path, { headers: { authorization: `Bearer ${stranger.token}` } })).status).toBe(
      403,
    );

    const begin = await api(s.url, `/api/rooms/${room.room}/control?key=${key}`, {
      body: { action: 'debrief', debrief: true },
    });
    expect(begin.status).toBe(200);
    const after = await api(s.url, path, asRed);
    expect(after.status).toBe(200);
    expect(after.json.teams.map((t: { team: string }) => t.team).sort()).toEqual(['blue', 'red']);
    await api(s.url, `/api/rooms/${room.room}/control?key=${key}`, {
      body: { action: 'debrief', debrief: false },
    });
    expect((await api(s.url, path, asRed)).status).toBe(403);
  });

  it('gives a projector key that reads the dashboard and nothing else', async () => {
    expect((await api(s.url, `/api/rooms/${room.room}/projector`, { body: {} })).status).toBe(401);
    const made = await api(s.url, `/api/rooms/${room.room}/projector?key=${key}`, { body: {} });
    expect(made.status).toBe(201);
    const projector = new URL(made.json.projectorUrl).searchParams.get('key')!;
    const as = { headers: { authorization: `Bearer ${projector}` } };
    expect((await api(s.url, `/api/rooms/${room.room}/dashboard`, as)).status).toBe(200);
    for (const [what, body] of [
      ['inject', { scenario: null }],
      ['control', { action: 'freeze', frozen: true }],
      ['projector', {}],
    ] as const) {
      const r = await api(s.url, `/api/rooms/${room.room}/${what}`, { ...as, body });
      expect(r.status, what).toBe(403);
    }
    expect((await api(s.url, `/api/rooms/${room.room}/export`, as)).status).toBe(403);
    expect((await api(s.url, `/api/rooms/${room.room}/debrief`, as)).status).toBe(403);
    // It opens no team document either.
    const c = client(`${room.room}/red`, projector);
    await waitFor('the refusal', () => c.failed());
  });

  it('refuses malformed controls with a message', async () => {
    const url = `/api/rooms/${room.room}/control?key=${key}`;
    const bad = await api(s.url, url, { body: { action: 'timer', op: 'start', minutes: -3 } });
    expect(bad.status).toBe(400);
    expect(bad.json.error).toContain('minutes');
    expect((await api(s.url, url, { body: { action: 'dance' } })).status).toBe(400);
    expect((await api(s.url, url, { raw: 'not json' })).status).toBe(400);
  });

  it('while frozen, applies no participant’s edit; after, edits flow again', async () => {
    const red = await join(s.url, room.joinCode, 'red', 'Fay');
    const a = client(red.document, red.token);
    await waitFor('sync', () => a.provider.isSynced);
    const ctl = (body: unknown) => api(s.url, `/api/rooms/${room.room}/control?key=${key}`, { body });
    expect((await ctl({ action: 'freeze', frozen: true })).status).toBe(200);
    await waitFor('the room message on the client', () =>
      a.stateless.some((m) => m.includes('"type":"room"') && m.includes('"frozen":true')),
    );
    const node = readModel(a.doc).nodes[3]!.id;
    applyEditOp(a.doc, { op: 'updateNode', id: node, changes: { notes: 'written while frozen' } });
    // A client joining while frozen is read-only from the start, and sees none of it.
    const late = client(red.document, (await join(s.url, room.joinCode, 'red', 'Gus')).token);
    await waitFor('sync', () => late.provider.isSynced);
    await new Promise((r) => setTimeout(r, 300));
    expect(readModel(late.doc).nodes[3]!.notes).not.toBe('written while frozen');
    const exported = await api(s.url, `/api/rooms/${room.room}/export?key=${key}`);
    const redModel = exported.json.teams.find((t: { team: string }) => t.team === 'red').model;
    expect(redModel.nodes[3].notes).not.toBe('written while frozen');

    expect((await ctl({ action: 'freeze', frozen: false })).status).toBe(200);
    applyEditOp(late.doc, { op: 'updateNode', id: node, changes: { label: 'after the thaw' } });
    await waitFor(
      'the edit after the thaw on the other client',
      () => readModel(a.doc).nodes[3]!.label === 'after the thaw',
    );
  });
});
