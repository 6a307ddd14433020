/**
 * Test harness: real server processes on loopback
 * ================================================
 *
 * Each test starts `src/main.ts` as its own process on 127.0.0.1 (port 0 unless one is asked for, so
 * tests never collide), reads the URL line it prints, and talks to it over HTTP and WebSocket with
 * the real Hocuspocus provider. Every wait is bounded.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join as joinPath } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

const PACKAGE_DIR = joinPath(dirname(fileURLToPath(import.meta.url)), '..');

export interface ServerProcess {
  url: string;
  port: number;
  /** Where it keeps its database: start another on it to restart. */
  dataDir: string;
  proc: ChildProcess;
  output: () => string;
  /** Sends the signal and resolves with the exit code (or the signal's name). */
  stop: (signal?: NodeJS.Signals) => Promise<number | string>;
}

export function tempDir(): string {
  return mkdtempSync(joinPath(tmpdir(), 'chokepoint-workshop-'));
}

export function startServer(dataDir: string, extra: string[] = [], port = 0): Promise<ServerProcess> {
  const proc = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/main.ts', '--port', String(port), '--data', dataDir, ...extra],
    { cwd: PACKAGE_DIR, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  proc.stdout!.on('data', (d) => {
    out += d;
  });
  proc.stderr!.on('data', (d) => {
    out += d;
  });
  const exited = new Promise<number | string>((resolve) =>
    proc.on('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      proc.kill('SIGKILL');
      reject(new Error(`server did not start within 20 s:\n${out}`));
    }, 20_000);
    const onData = () => {
      const m = /listening on (http:\/\/127\.0\.0\.1:(\d+))/.exec(out);
      if (!m) return;
      clearTimeout(timer);
      proc.stdout!.off('data', onData);
      resolve({
        url: m[1]!,
        port: Number(m[2]),
        dataDir,
        proc,
        output: () => out,
        stop: (signal = 'SIGTERM') => {
          if (proc.exitCode === null && proc.signalCode === null) proc.kill(signal);
          return exited;
        },
      });
    };
    proc.stdout!.on('data', onData);
    exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}) before listening:\n${out}`));
    });
  });
}

// biome-ignore lint/suspicious/noExplicitAny: tests read whatever JSON the server answered.
type Json = any;

export async function api(
  base: string,
  path: string,
  init: { method?: string; body?: unknown; raw?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; json: Json }> {
  const method = init.method ?? (init.body !== undefined || init.raw !== undefined ? 'POST' : 'GET');
  const request = () =>
    fetch(`${base}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...init.headers },
      ...(init.raw !== undefined
        ? { body: init.raw }
        : init.body !== undefined
          ? { body: JSON.stringify(init.body) }
          : {}),
    });
  let res: Response;
  try {
    res = await request();
  } catch (err) {
    // Seen once under heavy load: fetch rejected a dashboard poll (a kept-alive connection closed by
    // the server as it was reused, most likely). A GET is safe to send again; say that it happened.
    if (method !== 'GET') throw err;
    console.warn(`harness: GET ${path} failed (${(err as Error).cause ?? err}); retrying once`);
    res = await request();
  }
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: res.status, json };
}

/** Polls `check` every 20 ms until it returns a value other than undefined/null/false; throws after `ms`. */
export async function waitFor<T>(
  what: string,
  check: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  ms = 10_000,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v !== undefined && v !== null && v !== false) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export interface Client {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  failed: () => string | null;
  stateless: string[];
  close: () => void;
}

/** A participant's client: the Hocuspocus provider over `ws`, reconnecting quickly with jitter. */
export function connect(url: string, document: string, token: string): Client {
  const doc = new Y.Doc();
  let failure: string | null = null;
  const stateless: string[] = [];
  const socket = new HocuspocusProviderWebsocket({
    url: url.replace(/^http/, 'ws'),
    WebSocketPolyfill: WebSocket,
    delay: 50,
    minDelay: 20,
    maxDelay: 300,
    jitter: true,
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: document,
    token,
    document: doc,
    onAuthenticationFailed: ({ reason }) => {
      failure = reason;
    },
    onStateless: ({ payload }) => {
      stateless.push(payload);
    },
  });
  provider.attach();
  return {
    doc,
    provider,
    failed: () => failure,
    stateless,
    close: () => {
      provider.destroy();
      socket.destroy();
    },
  };
}

/** Resolves once the provider is synced and has no change the server has not acknowledged. */
export function acknowledged(client: Client, ms = 10_000): Promise<true> {
  return waitFor(
    'the server to acknowledge every change',
    () => (client.provider.isSynced && client.provider.unsyncedChanges === 0 ? true : undefined),
    ms,
  );
}

export async function createRoom(base: string, teams = 'red,blue') {
  const r = await api(base, `/api/rooms?model=rare-earth-magnets&teams=${teams}`, {
    method: 'POST',
    raw: '',
  });
  if (r.status !== 201) throw new Error(`room not created: ${r.status} ${JSON.stringify(r.json)}`);
  return r.json as { room: string; joinCode: string; facilitatorUrl: string };
}

export async function join(base: string, joinCode: string, team: string, name: string, readOnly = false) {
  const r = await api(base, `/api/join/${joinCode}`, { body: { team, name, readOnly } });
  if (r.status !== 201) throw new Error(`join refused: ${r.status} ${JSON.stringify(r.json)}`);
  return r.json as { room: string; team: string; document: string; token: string };
}
