import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const PACKAGE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');

describe('pnpm workshop:load', () => {
  it('prints one JSON line: every edit converged, none lost, latencies and server memory', async () => {
    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', 'scripts/load.ts', '--teams', '2', '--clients', '2', '--seconds', '3'],
      { cwd: PACKAGE_DIR, timeout: 90_000 },
    );
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const r = JSON.parse(lines[0]!);
    expect(Object.keys(r)).toEqual(['edits', 'converged', 'lost', 'p50Ms', 'p95Ms', 'serverRssMb']);
    expect(r.edits).toBeGreaterThan(4);
    expect(r).toMatchObject({ converged: true, lost: 0 });
    expect(r.p50Ms).toBeGreaterThan(0);
    expect(r.p95Ms).toBeGreaterThanOrEqual(r.p50Ms);
    expect(r.serverRssMb).toBeGreaterThan(10);
  });
});
