import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join as joinPath } from 'node:path';
import { applyEditOp, readModel } from '@chokepoint/collab';
import { loadModel } from '@chokepoint/core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  acknowledged,
  type Client,
  connect,
  createRoom,
  join,
  type ServerProcess,
  startServer,
  tempDir,
  waitFor,
} from './harness.ts';

const servers: ServerProcess[] = [];
const clients: Client[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  for (const s of servers.splice(0)) await s.stop('SIGKILL');
});

const start = async (dir: string, extra: string[] = [], port = 0) => {
  const s = await startServer(dir, extra, port);
  servers.push(s);
  return s;
};
const client = (url: string, document: string, token: string) => {
  const c = connect(url, document, token);
  clients.push(c);
  return c;
};
const synced = (c: Client) => waitFor('the client to sync', () => c.provider.isSynced);

describe('workshop server', () => {
  it(`runs @hocuspocus/server 4.7.0 on this Node (${process.version}) and syncs a team's document`, async () => {
    const pkg = JSON.parse(
      readFileSync(joinPath(import.meta.dirname, '../node_modules/@hocuspocus/server/package.json'), 'utf8'),
    );
    expect(pkg.version).toBe('4.7.0');
    const s = await start(tempDir());
    const room = await createRoom(s.url);
    const ann = await join(s.url, room.joinCode, 'red', 'Ann');
    const bo = await join(s.url, room.joinCode, 'red', 'Bo');
    const a = client(s.url, ann.document, ann.token);
    const b = client(s.url, bo.document, bo.token);
    await synced(a);
    await synced(b);
    // The team starts from a copy of the room's model.
    expect(readModel(a.doc)).toEqual(loadModel('rare-earth-magnets'));
    const node = readModel(a.doc).nodes[0]!.id;
    applyEditOp(a.doc, { op: 'updateNode', id: node, changes: { capacity: 12345 } });
    applyEditOp(b.doc, { op: 'updateNode', id: node, changes: { label: 'Renamed by Bo' } });
    for (const c of [a, b]) {
      await waitFor('both edits on both clients', () => {
        const n = readModel(c.doc).nodes[0]!;
        return n.capacity === 12345 && n.label === 'Renamed by Bo';
      });
    }
  });

  it('prints one line with its URL and stops cleanly on SIGTERM and SIGINT', async () => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const s = await startServer(tempDir());
      expect(s.output().trim()).toMatch(
        /^Chokepoint workshop server listening on http:\/\/127\.0\.0\.1:\d+$/,
      );
      expect(await s.stop(signal)).toBe(0);
    }
  });

  it('stops when `pnpm workshop` itself gets SIGTERM (pnpm does not pass it on)', async () => {
    const root = joinPath(import.meta.dirname, '../../..');
    const pnpm = spawn('pnpm', ['workshop', '--port', '0', '--data', tempDir()], { cwd: root });
    let out = '';
    pnpm.stdout.on('data', (d) => {
      out += d;
    });
    const url = await waitFor('the URL line', () => /listening on (\S+)/.exec(out)?.[1], 30_000);
    expect((await fetch(url)).status).toBe(200);
    pnpm.kill('SIGTERM');
    await waitFor(
      'the server to stop',
      () =>
        fetch(url).then(
          () => false,
          () => true,
        ),
      10_000,
    );
  });

  // The case as it happens in a room: a laptop drops off the network for a full minute while
  // its teammate keeps editing, then comes back. Both sides' edits, to the same node's different
  // fields and to different nodes, must end up in one document on both clients and on the server.
  it("merges the edits of a client that was offline for a minute with its teammate's", async () => {
    const s = await start(tempDir());
    const room = await createRoom(s.url);
    const ann = await join(s.url, room.joinCode, 'red', 'Ann');
    const bo = await join(s.url, room.joinCode, 'red', 'Bo');
    const a = client(s.url, ann.document, ann.token);
    const b = client(s.url, bo.document, bo.token);
    await Promise.all([synced(a), synced(b)]);
    const [first, second] = readModel(a.doc).nodes;
    a.provider.configuration.websocketProvider.disconnect();
    await waitFor(
      'Ann to be offline',
      () => a.provider.configuration.websocketProvider.status === 'disconnected' || undefined,
    );

    // Ann offline: a label on `first`, one node removed, one added.
    applyEditOp(a.doc, { op: 'updateNode', id: first!.id, changes: { label: 'Edited offline' } });
    applyEditOp(a.doc, { op: 'removeNode', id: second!.id });
    applyEditOp(a.doc, {
      op: 'addNode',
      node: { id: 'offline-mine', stage: first!.stage, capacity: 7, source: 'test' },
    });
    // Bo online meanwhile: the capacity of the same node, and a node of his own.
    applyEditOp(b.doc, { op: 'updateNode', id: first!.id, changes: { capacity: 4321 } });
    applyEditOp(b.doc, {
      op: 'addNode',
      node: { id: 'online-mine', stage: first!.stage, capacity: 3, source: 'test' },
    });
    await acknowledged(b);
    await new Promise((r) => setTimeout(r, 60_000));

    await a.provider.configuration.websocketProvider.connect();
    await acknowledged(a, 20_000);
    await waitFor(
      "Bo to receive Ann's offline edits",
      () => readModel(b.doc).nodes.some((n) => n.id === 'offline-mine') || undefined,
      20_000,
    );
    const merged = readModel(a.doc);
    const byId = new Map(merged.nodes.map((n) => [n.id, n]));
    expect(byId.get(first!.id)).toMatchObject({ label: 'Edited offline', capacity: 4321 });
    expect(byId.has(second!.id)).toBe(false);
    expect(byId.get('offline-mine')?.capacity).toBe(7);
    expect(byId.get('online-mine')?.capacity).toBe(3);
    expect(readModel(b.doc)).toEqual(merged);
    // And the server kept it: a fresh client reads the same document.
    const fresh = client(s.url, bo.document, bo.token);
    await synced(fresh);
    expect(readModel(fresh.doc)).toEqual(merged);
  }, 120_000);

  it('loses no acknowledged edit when killed with SIGKILL; clients reconnect and merge offline edits', async () => {
    const dir = tempDir();
    const s1 = await start(dir);
    const room = await createRoom(s1.url);
    const ann = await join(s1.url, room.joinCode, 'red', 'Ann');
    const a = client(s1.url, ann.document, ann.token);
    await synced(a);
    const ids: string[] = [];
    for (let i = 0; i < 25; i++) {
      const id = `new-mine-${i}`;
      ids.push(id);
      applyEditOp(a.doc, {
        op: 'addNode',
        node: { id, stage: readModel(a.doc).stages[0]!, capacity: i + 1, source: 'test' },
      });
    }
    await acknowledged(a);
    // Killed well inside Hocuspocus's 2 s store debounce: only the journal has these edits.
    expect(await s1.stop('SIGKILL')).toBe('SIGKILL');

    // Offline edits while the server is down.
    applyEditOp(a.doc, { op: 'removeNode', id: 'new-mine-0' });
    applyEditOp(a.doc, { op: 'updateNode', id: 'new-mine-1', changes: { capacity: 999 } });

    const s2 = await start(dir, [], s1.port);
    await waitFor(
      'the client to reconnect by itself',
      () => a.provider.isSynced && a.provider.unsyncedChanges === 0,
      20_000,
    );
    const fresh = client(s2.url, ann.document, ann.token); // the token survives the restart
    await synced(fresh);
    const nodes = new Map(readModel(fresh.doc).nodes.map((n) => [n.id, n]));
    for (const id of ids.slice(2)) expect(nodes.has(id), id).toBe(true);
    expect(nodes.has('new-mine-0')).toBe(false);
    expect(nodes.get('new-mine-1')!.capacity).toBe(999);
    expect(readModel(fresh.doc)).toEqual(readModel(a.doc));
  });
});
