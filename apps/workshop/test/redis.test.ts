/**
 * Two server processes behind one Redis
 * =====================================
 *
 * Both processes serve the same rooms from the same data directory and relay updates and awareness
 * through Redis (Hocuspocus's Redis extension): a client connected to each sees the other's edit,
 * as participants behind a load balancer would. Needs `redis-server` (Debian: `apt-get install -y
 * redis-server`, done by .ci/run); without it the test is skipped and says why.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { applyEditOp, readModel } from '@chokepoint/collab';
import { afterAll, beforeAll, describe, it } from 'vitest';
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

function hasRedis(): boolean {
  try {
    execFileSync('redis-server', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const REDIS = hasRedis();
if (!REDIS)
  console.warn('redis.test.ts skipped: redis-server is not installed (apt-get install -y redis-server)');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

let redis: ChildProcess | undefined;
let redisPort = 0;
const servers: ServerProcess[] = [];
const clients: Client[] = [];

beforeAll(async () => {
  if (!REDIS) return;
  redisPort = await freePort();
  redis = spawn(
    'redis-server',
    ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: 'ignore',
    },
  );
  await waitFor('redis to listen', async () => {
    try {
      execFileSync('redis-cli', ['-p', String(redisPort), 'ping'], { stdio: 'pipe' });
      return true;
    } catch {
      return false;
    }
  });
});

afterAll(async () => {
  for (const c of clients) c.close();
  for (const s of servers) await s.stop('SIGKILL');
  redis?.kill('SIGKILL');
});

describe.skipIf(!REDIS)('two server processes sharing one Redis', () => {
  it('a client of each sees the other’s edit, and both processes export the edit', async () => {
    const dir = tempDir();
    const flags = ['--redis', `127.0.0.1:${redisPort}`];
    const one = await startServer(dir, flags);
    servers.push(one);
    const two = await startServer(dir, flags);
    servers.push(two);
    const room = await createRoom(one.url);
    // Joined through the other process: both read the rooms and tokens from the shared database.
    const ann = await join(two.url, room.joinCode, 'red', 'Ann');
    const bo = await join(one.url, room.joinCode, 'red', 'Bo');
    const a = connect(one.url, ann.document, ann.token);
    const b = connect(two.url, bo.document, bo.token);
    clients.push(a, b);
    await waitFor('both to sync', () => a.provider.isSynced && b.provider.isSynced);

    const node = readModel(a.doc).nodes[0]!.id;
    applyEditOp(a.doc, { op: 'updateNode', id: node, changes: { capacity: 4321 } });
    applyEditOp(b.doc, { op: 'updateNode', id: node, changes: { label: 'edited through process two' } });
    for (const c of [a, b]) {
      await waitFor('both edits on both clients', () => {
        const n = readModel(c.doc).nodes[0]!;
        return n.capacity === 4321 && n.label === 'edited through process two';
      });
    }
    // Awareness crosses too: Ann (process one) sees Bo (process two).
    b.provider.setAwarenessField('user', { name: 'Bo' });
    await waitFor('Bo’s awareness on Ann’s client', () =>
      [...a.provider.awareness!.getStates().values()].some((st) => st.user?.name === 'Bo'),
    );
    const key = new URL(room.facilitatorUrl).searchParams.get('key');
    for (const s of [one, two]) {
      await waitFor('the edit in the process’s export', async () => {
        const ex = await api(s.url, `/api/rooms/${room.room}/export?key=${key}`);
        return ex.json.teams[0].model.nodes[0].capacity === 4321;
      });
    }
  });
});
