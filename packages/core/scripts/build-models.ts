/**
 * build-models: regenerate the embedded models from the source datasets
 * =====================================================================
 *
 *   pnpm --filter @chokepoint/core build-models [--facts <dir>] [--usgs <csv>] [--iea <json>] [--check]
 *
 * Reads the USGS Mineral Commodity Summaries world data and the IEA critical-minerals dataset (by
 * default from ../shared/facts next to the repository), rebuilds every model in scripts/models, and
 * writes them to src/models/data/<id>.json. With --check it writes nothing and exits 1 when a committed
 * file differs from what the data gives. Figures that the datasets do not hold (company capacities,
 * the MCS 2026 rare-earth estimates) live in the specs with their sources.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { MODEL_SPECS } from './models/index.ts';
import { DEFAULT_FACTS_DIR, datasetPaths, loadSources } from './models/lib/load-datasets.ts';

const DATA_DIR = fileURLToPath(new URL('../src/models/data/', import.meta.url));

export function serialize(model: unknown): string {
  return `${JSON.stringify(model, null, 2)}\n`;
}

function main(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: {
      facts: { type: 'string' },
      usgs: { type: 'string' },
      iea: { type: 'string' },
      check: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(
      'usage: build-models [--facts <dir>] [--usgs <world-data.csv>] [--iea <dataset.json>] [--check]',
    );
    return 0;
  }
  const paths = datasetPaths(values.facts ?? DEFAULT_FACTS_DIR, { usgs: values.usgs, iea: values.iea });
  const sources = loadSources(paths);
  console.log(`USGS MCS${sources.usgs.edition} world data (newest year ${sources.usgs.year}): ${paths.usgs}`);
  console.log(`IEA dataset: ${paths.iea}`);
  let stale = 0;
  for (const [id, build] of Object.entries(MODEL_SPECS)) {
    const model = build(sources);
    const file = `${DATA_DIR}${id}.json`;
    const text = serialize(model);
    let old = '';
    try {
      old = readFileSync(file, 'utf8');
    } catch {
      // a new model
    }
    const same = old === text;
    const counts = `${model.nodes.length} nodes, ${model.edges.length} edges`;
    if (values.check) {
      console.log(`${same ? 'ok     ' : 'STALE  '} ${id} (${counts})`);
      if (!same) stale++;
    } else {
      if (!same) writeFileSync(file, text);
      console.log(`${same ? 'same   ' : 'wrote  '} ${id} (${counts})`);
    }
  }
  if (stale > 0) console.log(`${stale} model(s) differ from the data: run build-models to regenerate them`);
  return stale > 0 ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (e) {
    console.error(`build-models: ${(e as Error).message}`);
    process.exitCode = 1;
  }
}
