/**
 * `chokepoint sweep [model] --perturbations <file>`
 * =================================================
 *
 * Every combination of the factors in a sweep file (chokepoint-sweep/v1: bare perturbations, named
 * groups, factors with levels; see docs/cli.md), optionally crossed with the model's own scenarios
 * (`--scenarios`), each run scored with `assess`. A sweep larger than `--max-runs` is refused before
 * it starts. A progress bar goes to stderr when it is a terminal. Output: a summary of which factors
 * move the score most (text, Markdown), every run (`--csv`, `--csv effects`, `--json`).
 */
import { availableParallelism } from 'node:os';
import { countRuns, formatIssue, parseJson, readSweepFile, runSweep, sweep } from '@chokepoint/core';
import { plural } from '../format/plural.ts';
import {
  SWEEP_CSV_TABLES,
  type SweepCsvTable,
  sweepCsv,
  sweepMarkdown,
  sweepText,
} from '../format/sweep-report.ts';
import { hashOption, loadMessages, loadModelArg } from '../io/load-model.ts';
import { readInput, UsageError, UserError } from '../io/read-input.ts';
import { formatOf, type LoadFlags, loadOptions, type OutputFlags } from '../options/common.ts';
import { deliver, isDirectoryTarget, type OutputDocument } from '../output/deliver.ts';
import { runInWorkers } from '../sweep/parallel.ts';
import { createProgress } from '../sweep/progress.ts';
import type { CommandResult } from './result.ts';

/** Default ceiling on runs: about 10 s on the default model in one thread. */
export const DEFAULT_MAX_RUNS = 10_000;

export interface SweepFlags extends OutputFlags, LoadFlags {
  perturbations: string;
  scenarios?: boolean;
  maxActive?: number;
  maxRuns: number;
  progress?: boolean;
  workers?: number;
}

export async function sweepCommand(modelArg: string | undefined, flags: SweepFlags): Promise<CommandResult> {
  if (modelArg === '-' && flags.perturbations === '-') {
    throw new UsageError('the model and the perturbations cannot both come from standard input');
  }
  const loaded = loadModelArg(modelArg, loadOptions(flags));
  const { model, label } = loaded;
  const file = flags.perturbations;
  const fileLabel = file === '-' ? '<stdin>' : file;
  const json = parseJson(readInput(file, loadOptions(flags)));
  if (!json.ok) throw new UserError(`${fileLabel}: not a sweep file`, [formatIssue(json.issue, fileLabel)]);
  const read = readSweepFile(json.value, model, {
    ...(flags.scenarios ? { scenarios: true } : {}),
    ...(flags.maxActive === undefined ? {} : { maxActive: flags.maxActive }),
  });
  if (!read.ok) {
    const n = read.issues.length;
    throw new UserError(
      `${fileLabel}: ${plural(n, 'problem')} for ${label}; nothing run`,
      read.issues.map((i) => formatIssue(i, fileLabel)),
    );
  }
  const plan = read.plan;
  const total = countRuns(plan);
  if (total > flags.maxRuns) {
    const factors = plan.factors.length;
    throw new UserError(
      `${fileLabel}: ${plural(factors, 'factor')} make${factors === 1 ? 's' : ''} ${total.toLocaleString('en-US', { maximumFractionDigits: 0 })} runs, over the limit of ${flags.maxRuns.toLocaleString('en-US')}: drop factors, keep fewer on at once (--max-active 2), or raise --max-runs`,
    );
  }

  const progress = createProgress(total, { enabled: flags.progress ?? Boolean(process.stderr.isTTY) });
  // One worker per core by default (each takes a chunk of 128 runs at a time): with every run an LP,
  // two threads run the 1,024-run example 1.7× faster than one on this 2-core machine (sweep.bench.ts).
  const workers = Math.min(flags.workers ?? availableParallelism(), Math.ceil(total / 128));
  let runs: ReturnType<typeof runSweep>;
  try {
    runs =
      workers > 1
        ? await runInWorkers(model, plan, total, workers, (done) => progress.update(done))
        : runSweep(model, plan, { onProgress: (done) => progress.update(done) });
  } finally {
    progress.done();
  }
  const result = sweep(model, plan, { runs, ...hashOption(loaded) });
  const messages = [
    ...loadMessages(loaded),
    `${label}: ${plural(total, 'run')}${workers > 1 ? ` on ${workers} worker threads` : ''}`,
  ];

  const docs: OutputDocument[] = [];
  switch (formatOf(flags)) {
    case 'json':
      docs.push({ name: 'sweep.json', text: JSON.stringify(result, null, 2) });
      break;
    case 'csv': {
      const all = flags.csv === true && flags.out !== undefined && isDirectoryTarget(flags.out);
      // The levers table only when some factor is a lever.
      const tables: readonly SweepCsvTable[] = all
        ? SWEEP_CSV_TABLES.filter((t) => t !== 'levers' || result.levers)
        : [flags.csv === true ? 'runs' : (flags.csv as SweepCsvTable)];
      for (const t of tables) docs.push({ name: `${t}.csv`, text: sweepCsv(result, t) });
      break;
    }
    case 'markdown':
      docs.push({ name: 'sweep.md', text: sweepMarkdown(result, { top: flags.top }) });
      break;
    case 'text':
      docs.push({ name: 'sweep.txt', text: sweepText(result, { top: flags.top }) });
  }
  return deliver(docs, flags.out, messages);
}
