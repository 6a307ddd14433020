import { applyEditOp } from '@chokepoint/collab';
import { analyze, applyEdit, type EditOp, loadModel, loadSolver } from '@chokepoint/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

// Expected figures come from core run directly on the same models, not from the server.
const base = loadModel('rare-earth-magnets');
const edit: EditOp = { op: 'updateNode', id: 'cn-mine', changes: { capacity: 100_000 } };
const redModel = applyEdit(base, edit);
const score = (model = base, scenario?: string) =>
  analyze(model, { worstCase: [], ...(scenario ? { scenario } : {}) }).resilience.score;

let s: ServerProcess;
let red: Client;
let room: { room: string; joinCode: string };
let key: string;
type TeamRow = {
  team: string;
  score: number;
  change: number;
  startScore: number;
  shock: string | null;
  served: { ratio: number };
};

const dashboard = async () => {
  const r = await api(s.url, `/api/rooms/${room.room}/dashboard?key=${key}`);
  expect(r.status).toBe(200);
  return Object.fromEntries((r.json.teams as TeamRow[]).map((t) => [t.team, t]));
};
const inject = (body: unknown) => api(s.url, `/api/rooms/${room.room}/inject?key=${key}`, { body });

beforeAll(async () => {
  await loadSolver();
  s = await startServer(tempDir());
  const created = await createRoom(s.url);
  room = created;
  key = new URL(created.facilitatorUrl).searchParams.get('key')!;
  const r = await join(s.url, room.joinCode, 'red', 'Ann');
  await join(s.url, room.joinCode, 'blue', 'Bea');
  red = connect(s.url, r.document, r.token);
  await waitFor('red to sync', () => red.provider.isSynced);
});
afterAll(async () => {
  red.close();
  await s.stop('SIGKILL');
});

describe('scores on the server', () => {
  it('scores every team that joined, from the room’s model', async () => {
    const d = await dashboard();
    for (const team of ['red', 'blue']) {
      expect(d[team]).toMatchObject({ score: score(), startScore: score(), change: 0, shock: null });
      expect(d[team]!.served.ratio).toBeCloseTo(analyze(base, { worstCase: [] }).supply.ratio, 12);
    }
  });

  it('rescores a team after an edit and tells its clients', async () => {
    const expected = score(redModel);
    expect(expected).not.toBe(score()); // the edit matters
    applyEditOp(red.doc, edit);
    const d = await waitFor('red’s new score', async () => {
      const d = await dashboard();
      return d.red!.score === expected ? d : undefined;
    });
    expect(d.red!.change).toBeCloseTo(expected - score(), 12);
    expect(d.blue!.score).toBe(score());
    await waitFor('the score message on red’s client', () =>
      red.stateless.map((p) => JSON.parse(p)).find((m) => m.type === 'score' && m.score === expected),
    );
  });

  it('applies an injected shock to every team, then to one team', async () => {
    const all = 'cn-2025-04-heavy-re-magnets';
    expect((await inject({ scenario: all })).status).toBe(200);
    let d = await waitFor('the shock on both teams', async () => {
      const d = await dashboard();
      return d.red!.shock === all && d.blue!.shock === all ? d : undefined;
    });
    expect(d.blue).toMatchObject({ score: score(base, all), startScore: score(base, all), change: 0 });
    expect(d.red!.score).toBe(score(redModel, all));
    expect(d.red!.change).toBeCloseTo(score(redModel, all) - score(base, all), 12);

    const one = 'myanmar-supply-cut';
    expect((await inject({ scenario: one, team: 'blue' })).status).toBe(200);
    d = await waitFor('the shock on blue', async () => {
      const d = await dashboard();
      return d.blue!.shock === one ? d : undefined;
    });
    expect(d.blue!.score).toBe(score(base, one));
    expect(d.red).toMatchObject({ shock: all, score: score(redModel, all) });

    const unknown = await inject({ scenario: 'no-such-scenario' });
    expect(unknown.status).toBe(400);
    expect(unknown.json.error).toContain('cn-2025-10-package');
  });

  it('exports each team’s model and score history', async () => {
    const ex = await api(s.url, `/api/rooms/${room.room}/export?key=${key}`);
    expect(ex.status).toBe(200);
    const r = ex.json.teams.find((t: { team: string }) => t.team === 'red');
    expect(r.model).toEqual(redModel);
    expect(r.scores.map((x: { score: number }) => x.score)).toEqual(
      expect.arrayContaining([score(), score(redModel), score(redModel, 'cn-2025-04-heavy-re-magnets')]),
    );
  });
});
