/** Small helpers shared by the CLI tests: temporary directories and the fixture's path. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The hand-worked fixture: 8 nodes, demand 180 (ev 120, wind 60), all delivered at baseline. */
export const FIXTURE = 'tests/fixtures/small-magnet-chain.json';

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'chokepoint-cli-'));
}

/** No stack trace: no line that looks like `    at fn (file:line)`. */
export const NO_TRACE = /\n\s+at .+:\d+/;
