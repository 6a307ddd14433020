/**
 * `pnpm workshop --port <N> --data <dir>`
 * =======================================
 *
 * Starts the workshop server on 127.0.0.1, prints one line with its URL and stops cleanly on SIGTERM
 * or Ctrl+C (pending snapshots are written, the database closed).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { EDITOR_DIST } from './http/site.ts';
import { DEFAULTS, startWorkshop } from './server.ts';

const USAGE =
  'usage: pnpm workshop --port <N> --data <dir> [--max-payload <bytes>] [--max-body <bytes>] [--redis <host:port>]';

function fail(message: string): never {
  console.error(`workshop: ${message}\n${USAGE}`);
  process.exit(2);
}

function integer(name: string, text: string | undefined, fallback: number, min: number, max: number): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < min || n > max)
    fail(`--${name} must be an integer from ${min} to ${max}, got "${text}"`);
  return n;
}

let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    options: {
      port: { type: 'string' },
      data: { type: 'string' },
      'max-payload': { type: 'string' },
      'max-body': { type: 'string' },
      redis: { type: 'string' },
      help: { type: 'boolean' },
    },
    strict: true,
  }).values;
}
try {
  args = parse();
} catch (err) {
  fail(err instanceof Error ? err.message : String(err));
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
const port = integer('port', args.port, 8080, 0, 65535);
const dataDir = args.data ?? fail('--data <dir> is required (where the workshop database is kept)');
let redis: { host: string; port: number } | undefined;
if (args.redis !== undefined) {
  const m = /^([^:]+):(\d+)$/.exec(args.redis);
  if (!m) fail(`--redis must be <host:port>, got "${args.redis}"`);
  redis = { host: m[1]!, port: integer('redis port', m[2], 6379, 1, 65535) };
}

// Participants and the facilitator use the editor's build: make it once if it is not there.
if (!existsSync(join(EDITOR_DIST, 'index.html'))) {
  console.error('workshop: building the editor (once)…');
  execFileSync('pnpm', ['--filter', '@chokepoint/editor', 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
}

try {
  const workshop = await startWorkshop({
    port,
    dataDir,
    maxPayloadBytes: integer('max-payload', args['max-payload'], DEFAULTS.maxPayloadBytes, 1024, 1 << 30),
    maxBodyBytes: integer('max-body', args['max-body'], DEFAULTS.maxBodyBytes, 1024, 1 << 30),
    ...(redis ? { redis } : {}),
  });
  const stop = () => {
    workshop.close().then(
      () => process.exit(0),
      (err) => {
        console.error(`workshop: error while stopping: ${err instanceof Error ? err.message : err}`);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  // pnpm does not pass SIGTERM on to the script it runs: signalled, `pnpm workshop` exits and leaves
  // this process behind (the root script `exec`s node so that nothing else sits in between). A new
  // parent means ours is gone: stop cleanly as if signalled.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) stop();
  }, 250).unref();
  // Printed after the handlers are installed: a script that signals as soon as it reads the line
  // must get a clean shutdown, not the default kill.
  console.log(`Chokepoint workshop server listening on ${workshop.url}`);
} catch (err) {
  const e = err as NodeJS.ErrnoException;
  fail(e.code === 'EADDRINUSE' ? `port ${port} is already in use` : e.message);
}
