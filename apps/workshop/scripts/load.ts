/**
 * `pnpm workshop:load --teams 15 --clients 6 --seconds 60`
 * ========================================================
 *
 * The load test of issue 16, on loopback only: starts a workshop server process on 127.0.0.1 (a
 * random port, a temporary data directory), creates a room with `teams` teams, connects `clients`
 * Hocuspocus providers per team, and has each client edit its team's model `rate` times a second for
 * `seconds` (adding a mine with a route, or changing the capacity of one it added). Then it stops
 * editing and checks, within bounded waits:
 *
 * - converged: every client of every team holds the same model as the server;
 * - lost: edits missing from the server's final model (each client knows what it wrote last);
 * - p50Ms / p95Ms: edit-to-dashboard-score latency, from the edit on a client until the facilitator's
 *   dashboard (polled every 50 ms) shows a score computed on a document that includes it (the score's
 *   state vector `clocks` covers the edit);
 * - serverRssMb: the server process's peak resident memory (VmHWM).
 *
 * Prints one JSON line `{edits, converged, lost, p50Ms, p95Ms, serverRssMb}` on stdout; progress on
 * stderr. Exit code 1 when an edit was lost or a team did not converge.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { applyEditOp, readModel } from '@chokepoint/collab';
import type { Model } from '@chokepoint/core';
import * as Y from 'yjs';
import {
  acknowledged,
  api,
  type Client,
  connect,
  createRoom,
  join,
  startServer,
  tempDir,
  waitFor,
} from '../test/harness.ts';

const { values } = parseArgs({
  options: {
    teams: { type: 'string', default: '15' },
    clients: { type: 'string', default: '6' },
    seconds: { type: 'string', default: '60' },
    rate: { type: 'string', default: '1' },
  },
});
const bounded = (name: string, text: string, max: number) => {
  const n = Number(text);
  if (!(n > 0 && n <= max)) {
    console.error(`workshop:load: --${name} must be a number above 0 and at most ${max}, got "${text}"`);
    process.exit(2);
  }
  return n;
};
const teams = Math.round(bounded('teams', values.teams!, 50));
const perTeam = Math.round(bounded('clients', values.clients!, 20));
const seconds = bounded('seconds', values.seconds!, 600);
const rate = bounded('rate', values.rate!, 20);

const log = (...a: unknown[]) => console.error('workshop:load:', ...a);

interface Editor {
  team: string;
  client: Client;
  index: number;
  /** What this client last wrote: node id → capacity. */
  wrote: Map<string, number>;
}

const server = await startServer(tempDir());
const clients: Editor[] = [];
let timers: NodeJS.Timeout[] = [];
try {
  const names = Array.from({ length: teams }, (_, i) => `team-${i + 1}`);
  const room = await createRoom(server.url, names.join(','));
  const key = new URL(room.facilitatorUrl).searchParams.get('key')!;
  for (const team of names) {
    for (let i = 0; i < perTeam; i++) {
      const j = await join(server.url, room.joinCode, team, `client-${i + 1}`);
      clients.push({ team, client: connect(server.url, j.document, j.token), index: i, wrote: new Map() });
    }
  }
  await waitFor('every client to sync', () => clients.every((c) => c.client.provider.isSynced), 60_000);
  log(`${clients.length} clients synced on ${server.url}; editing for ${seconds} s`);

  // Edits waiting to show on the dashboard: team, client id, the client's clock before the edit, time.
  const pending = new Set<{ team: string; clientId: number; clock: number; t0: number }>();
  const latencies: number[] = [];
  let edits = 0;
  const stopAt = performance.now() + seconds * 1000;
  let polling = true;
  const poller = (async () => {
    while (polling || pending.size > 0) {
      const d = await api(server.url, `/api/rooms/${room.room}/dashboard?key=${key}`);
      const now = performance.now();
      const byTeam = new Map<string, Record<string, number>>(
        (d.json.teams as { team: string; clocks: Record<string, number> }[]).map((t) => [t.team, t.clocks]),
      );
      for (const p of pending) {
        if ((byTeam.get(p.team)?.[String(p.clientId)] ?? 0) > p.clock) {
          latencies.push(now - p.t0);
          pending.delete(p);
        }
      }
      if (!polling && performance.now() > stopAt + 15_000) break; // bounded: leftovers count as unseen
      await new Promise((r) => setTimeout(r, 50));
    }
  })();

  const period = 1000 / rate;
  const edit = (e: Editor) => {
    const doc = e.client.doc;
    const model: Model = readModel(doc);
    const clock = Y.getState(doc.store, doc.clientID);
    const own = [...e.wrote.keys()];
    const capacity = 1 + Math.floor(Math.random() * 1000);
    if (own.length === 0 || Math.random() < 1 / 3) {
      const id = `${e.team}-c${e.index}-m${e.wrote.size}`;
      const target = model.nodes.find((n) => n.stage === model.stages[1])!.id;
      doc.transact(() => {
        applyEditOp(
          doc,
          { op: 'addNode', node: { id, stage: model.stages[0]!, capacity, country: 'AU' } },
          e,
        );
        applyEditOp(doc, { op: 'addEdge', edge: { source: id, target } }, e);
      }, e);
      e.wrote.set(id, capacity);
    } else {
      const id = own[Math.floor(Math.random() * own.length)]!;
      applyEditOp(doc, { op: 'updateNode', id, changes: { capacity } }, e);
      e.wrote.set(id, capacity);
    }
    pending.add({ team: e.team, clientId: doc.clientID, clock, t0: performance.now() });
    edits++;
  };
  for (const e of clients) {
    // Each client starts at a random offset and keeps its own cadence with ±20% jitter.
    const tick = () => {
      if (performance.now() >= stopAt) return;
      edit(e);
      timers.push(setTimeout(tick, period * (0.8 + 0.4 * Math.random())));
    };
    timers.push(setTimeout(tick, Math.random() * period));
  }
  await new Promise((r) => setTimeout(r, seconds * 1000));
  for (const t of timers) clearTimeout(t);
  timers = [];
  polling = false;
  log(`${edits} edits made; waiting for convergence`);

  // Convergence, bounded: every client acknowledged and identical to the server's model.
  const exported = async () => {
    const ex = await api(server.url, `/api/rooms/${room.room}/export?key=${key}`);
    return new Map((ex.json.teams as { team: string; model: Model }[]).map((t) => [t.team, t.model]));
  };
  let serverModels = new Map<string, Model>();
  const converged = await waitFor(
    'convergence',
    async () => {
      if (!clients.every((c) => c.client.provider.unsyncedChanges === 0)) return undefined;
      serverModels = await exported();
      return clients.every(
        (c) => JSON.stringify(readModel(c.client.doc)) === JSON.stringify(serverModels.get(c.team)),
      );
    },
    30_000,
  ).catch(() => false);
  await Promise.all(clients.map((c) => acknowledged(c.client, 5_000).catch(() => undefined)));
  if (serverModels.size === 0) serverModels = await exported();

  let lost = 0;
  for (const e of clients) {
    const nodes = new Map((serverModels.get(e.team)?.nodes ?? []).map((n) => [n.id, n]));
    for (const [id, capacity] of e.wrote) if (nodes.get(id)?.capacity !== capacity) lost++;
  }
  await poller;
  if (pending.size > 0) log(`${pending.size} edits never showed on the dashboard within 15 s of the end`);

  latencies.sort((a, b) => a - b);
  const pct = (p: number) =>
    latencies.length === 0
      ? null
      : Math.round(latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!);
  const status = readFileSync(`/proc/${server.proc.pid}/status`, 'utf8');
  const hwm = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? Number.NaN);
  console.log(
    JSON.stringify({
      edits,
      converged,
      lost,
      p50Ms: pct(0.5),
      p95Ms: pct(0.95),
      serverRssMb: Math.round(hwm / 1024),
    }),
  );
  process.exitCode = converged && lost === 0 ? 0 : 1;
} finally {
  for (const t of timers) clearTimeout(t);
  for (const c of clients) c.client.close();
  await server.stop('SIGTERM');
}
