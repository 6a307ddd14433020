/**
 * The committed model files are what the build script makes from the shipped datasets, so an update
 * is a re-run. Needs ../shared/facts next to the repository; skipped, with a message, without it.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { serialize } from '../scripts/build-models.ts';
import { MODEL_SPECS } from '../scripts/models/index.ts';
import { datasetPaths, datasetsPresent, loadSources } from '../scripts/models/lib/load-datasets.ts';
import { modelIds } from '../src/models/index.ts';

const paths = datasetPaths();
const present = datasetsPresent(paths);
if (!present) {
  console.warn(
    `build-models tests skipped: the source datasets are not at ${paths.usgs} and ${paths.iea} (../shared/facts next to the repository)`,
  );
}
const CORE = fileURLToPath(new URL('..', import.meta.url));

describe.skipIf(!present)('build-models on the shipped USGS and IEA data', () => {
  it('has a spec for every embedded model and no other', () => {
    expect(Object.keys(MODEL_SPECS)).toEqual(modelIds());
  });

  it('reproduces every committed model file byte for byte', () => {
    const sources = loadSources(paths);
    expect(sources.usgs.edition).toBe(2025);
    for (const [id, build] of Object.entries(MODEL_SPECS)) {
      const committed = readFileSync(`${CORE}src/models/data/${id}.json`, 'utf8');
      expect(serialize(build(sources)), id).toBe(committed);
    }
  });

  it('runs as a command: --check exits 0 and names every model', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-models.ts', '--check'], {
      cwd: CORE,
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    for (const id of modelIds())
      expect(r.stdout).toMatch(new RegExp(`ok +${id} \\(\\d+ nodes, \\d+ edges\\)`));
  });

  it('--check exits 1 with a plain message when a file is missing', () => {
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/build-models.ts', '--check', '--usgs', '/no/such/file.csv'],
      { cwd: CORE, encoding: 'utf8' },
    );
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe('build-models: cannot read /no/such/file.csv');
  });
});
