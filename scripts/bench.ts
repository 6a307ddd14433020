/**
 * `pnpm bench`: runs every `packages/*\/bench/*.bench.ts` (or those whose name contains the first
 * argument) and prints one Markdown table of medians and ratios. Run with `node --expose-gc` for steadier
 * heap figures: `pnpm bench` does.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadSolver } from '../packages/core/src/analysis/recipes/solver.ts';
import { type BenchKit, createKit, toMarkdown } from './bench-kit.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const filter = process.argv[2];
const files: string[] = [];
for (const area of ['packages', 'apps']) {
  for (const pkg of readdirSync(join(root, area))) {
    const dir = join(root, area, pkg, 'bench');
    try {
      for (const f of readdirSync(dir)) if (f.endsWith('.bench.ts')) files.push(join(dir, f));
    } catch {
      // no bench folder in this package
    }
  }
}
// Models with recipes (the default one among them) are analysed on the LP solver, loaded once.
await loadSolver();
const kit = createKit();
for (const file of files.sort()) {
  if (filter && !file.slice(root.length).includes(filter)) continue;
  process.stderr.write(`${file.slice(root.length)}\n`);
  const mod = (await import(pathToFileURL(file).href)) as {
    default: (kit: BenchKit) => Promise<void> | void;
  };
  await mod.default(kit);
}
process.stdout.write(`\n${toMarkdown(kit.rows)}\n`);
if (kit.rows.some((r) => r.met === false)) process.exitCode = 1;
