/** Registers `chokepoint sweep` and its options on the program (kept apart from main.ts for size). */
import { type Command, Option } from 'commander';
import { SWEEP_CSV_TABLES } from '../format/sweep-report.ts';
import {
  formatOptions,
  maxNodesOption,
  maxSizeOption,
  outOption,
  positiveInt,
  topOption,
  unitOption,
} from '../options/common.ts';
import type { CommandResult } from './result.ts';
import { DEFAULT_MAX_RUNS, type SweepFlags, sweepCommand } from './sweep.ts';

export function registerSweep(program: Command, emit: (r: CommandResult) => void, modelArg: string): void {
  const cmd = program
    .command('sweep')
    .description('run every combination of a list of perturbations and rank what moves the score')
    .argument('[model]', modelArg)
    .requiredOption('--perturbations <file>', 'the sweep file (chokepoint-sweep/v1; - for standard input)')
    .option('--scenarios', "also sweep the model's own scenarios, one at a time, as one more factor")
    .addOption(
      new Option('--max-active <k>', 'only runs with at most k factors on').argParser(
        positiveInt('--max-active'),
      ),
    )
    .addOption(
      new Option('--max-runs <n>', 'refuse sweeps with more runs than this')
        .default(DEFAULT_MAX_RUNS)
        .argParser(positiveInt('--max-runs')),
    )
    .option('--progress', 'show a progress bar on stderr even when it is not a terminal')
    .option('--no-progress', 'never show the progress bar')
    .addOption(
      new Option(
        '--workers <n>',
        "run in n worker threads (default: the machine's cores; 1 runs in this process)",
      ).argParser(positiveInt('--workers')),
    );
  for (const o of formatOptions(SWEEP_CSV_TABLES, 'runs')) cmd.addOption(o);
  cmd
    .addOption(outOption())
    .addOption(topOption())
    .addOption(maxSizeOption())
    .addOption(maxNodesOption())
    .addOption(unitOption())
    .addHelpText(
      'after',
      `
The sweep file is a JSON list of factors, or {"factors": [...], "scenarios": true, "maxActive": 2}.
A factor is a perturbation as in a model's scenarios ({"type": "outage", "node": "mm-mine"}), a group
applied together ({"id": "cn-ban", "perturbations": [...]}), or a factor with levels, of which at most
one is on in a run ({"id": "ev", "levels": [<perturbation or group>, ...]}). Every combination runs:
Π (1 + levels) runs, run 0 being the baseline. See docs/cli.md and examples/sweep.json.

--csv prints one row per run (which factors were on, delivered, ratio, score, components);
--csv effects one row per factor level; --json everything. The text summary ranks factors by their
average effect on the score (mean with it on minus mean with it off) and alone.

Examples:
  $ chokepoint sweep --perturbations examples/sweep.json
  $ chokepoint sweep --perturbations examples/sweep.json --csv > runs.csv
  $ chokepoint sweep lithium --perturbations factors.json --scenarios --max-active 2 --json`,
    )
    .action(async (model: string | undefined, opts: SweepFlags) => emit(await sweepCommand(model, opts)));
}
