/**
 * chokepoint — the command line
 * =============================
 *
 * Reports go to stdout, messages to stderr. Exit codes: 0 ok, 1 bad input, 2 usage.
 */

import {
  loadSolver,
  ModelError,
  REPORT_CSV_TABLES,
  RecipeLpError,
  RiskInputError,
  SCORE_METHOD_VERSION,
  TOOL_VERSION,
  UnknownModelError,
} from '@chokepoint/core';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { analyzeCommand } from './commands/analyze.ts';
import { COMPARE_CSV_TABLES, compareCommand } from './commands/compare.ts';
import { CONVERT_FORMATS, type ConvertFormat, convertCommand } from './commands/convert.ts';
import { leversCommand } from './commands/levers.ts';
import { modelsCommand } from './commands/models.ts';
import { type CommandResult, EXIT } from './commands/result.ts';
import { scenarioCommand } from './commands/scenario.ts';
import { registerSweep } from './commands/sweep-program.ts';
import { timelineCommand } from './commands/timeline.ts';
import { registerUncertainty } from './commands/uncertainty-program.ts';
import { validateCommand } from './commands/validate.ts';
import { UsageError, UserError } from './io/read-input.ts';
import { userDirectory } from './io/user-directory.ts';
import {
  formatOptions,
  maxNodesOption,
  maxSizeOption,
  outOption,
  topOption,
  unitOption,
  worstCaseOption,
} from './options/common.ts';
import { perturbationOptions } from './options/perturbation-flags.ts';

function emit(result: CommandResult): void {
  if (result.stdout !== undefined)
    process.stdout.write(result.stdout.endsWith('\n') ? result.stdout : `${result.stdout}\n`);
  for (const line of result.stderr ?? []) process.stderr.write(`${line}\n`);
  process.exitCode = result.code;
}

const MODEL_ARG =
  'a model file (chokepoint/v1, graphology JSON, GEXF, GraphML), a CSV directory/ or nodes.csv,edges.csv, - for standard input, or an embedded model id; default: the embedded rare-earth-magnets';

/** Adds the options every analysis command shares. */
function analysisOptions(
  cmd: Command,
  csv: { tables: readonly string[]; fallback: string } = { tables: REPORT_CSV_TABLES, fallback: 'nodes' },
): Command {
  for (const o of formatOptions(csv.tables, csv.fallback)) cmd.addOption(o);
  return cmd
    .addOption(outOption())
    .addOption(topOption())
    .addOption(worstCaseOption())
    .addOption(maxSizeOption())
    .addOption(maxNodesOption())
    .addOption(unitOption());
}

export function buildProgram(): Command {
  const program = new Command('chokepoint')
    .description('Find where critical-mineral supply chains break.')
    .version(
      `chokepoint ${TOOL_VERSION} (score method ${SCORE_METHOD_VERSION})`,
      '-V, --version',
      'print the version of the tool and of the score method',
    )
    .exitOverride()
    .configureOutput({ outputError: (str, write) => write(str) })
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText(
      'after',
      `
A model is a file, - for standard input, or an embedded model id (see \`chokepoint models\`);
commands that take [model] use the embedded rare-earth-magnets when none is given.
Reports go to standard output, messages to standard error.
Exit codes: 0 ok, 1 bad input (file, model, scenario, node or country), 2 usage.

Examples:
  $ chokepoint analyze lithium
  $ chokepoint scenario --export-control CN --stages magnet --allow JP
  $ chokepoint compare rare-earth-magnets --scenario cn-2025-10-package`,
    );

  program
    .command('validate')
    .description('check a model in any format and list every problem with its place in the file')
    .argument(
      '<model>',
      'a model file (chokepoint/v1, graphology JSON, GEXF, GraphML), a CSV directory/ or nodes.csv,edges.csv, - for standard input, or an embedded id',
    )
    .addOption(maxSizeOption())
    .addOption(unitOption())
    .addHelpText(
      'after',
      '\nExamples:\n  $ chokepoint validate tests/fixtures/small-magnet-chain.json\n  $ chokepoint validate magnets.gexf --unit "t REO per year"\n  $ cat model.json | chokepoint validate -',
    )
    .action((model: string, opts: { maxSize?: number; unit?: string }) =>
      emit(
        validateCommand(model, {
          ...(opts.maxSize === undefined ? {} : { maxBytes: opts.maxSize }),
          ...(opts.unit === undefined ? {} : { unit: opts.unit }),
        }),
      ),
    );

  program
    .command('models')
    .description('list the embedded models (real, cited chains) or show one model’s sources')
    .argument('[id]', 'a model id, to list its scenarios, groups and sources in full')
    .option('--json', 'print the listing as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  $ chokepoint models\n  $ chokepoint models rare-earth-magnets\n  $ chokepoint models --json',
    )
    .action((id: string | undefined, opts: { json?: boolean }) => emit(modelsCommand(id, opts)));

  analysisOptions(
    program
      .command('analyze')
      .description(
        'the full report: supply, chokepoints (N-1), worst cases, concentration, country dependence, score',
      )
      .argument('[model]', MODEL_ARG)
      .option('--scenario <id>', 'analyse under one of the model’s scenarios'),
  )
    .addHelpText(
      'after',
      `
--json prints the report exactly as analyze() returns it (chokepoint-report/v1; JSON Schema in
@chokepoint/core/schema/report.json). --csv prints one table (nodes by default); --csv --out dir/
writes nodes.csv, stages.csv, countries.csv, consumers.csv, edges.csv and resilience.csv.

Examples:
  $ chokepoint analyze
  $ chokepoint analyze lithium --scenario cn-2025-10-battery-materials
  $ chokepoint analyze model.json --json > report.json
  $ chokepoint analyze model.json --csv stages
  $ chokepoint analyze model.json --csv --out tables/
  $ chokepoint analyze model.gexf --markdown --top 5 --worst-case none`,
    )
    .action((model: string | undefined, opts) => emit(analyzeCommand(model, opts)));

  program
    .command('timeline')
    .description(
      'day by day under a scenario: delivered, stock left, each consumer’s time to survive and unmet demand',
    )
    .argument('[model]', MODEL_ARG)
    .option('--scenario <id>', 'one of the model’s scenarios (default: no disruption)')
    .addOption(
      new Option('--days <n>', 'horizon in days (default: the scenario’s durationDays, else 365)').argParser(
        positiveNumber('--days'),
      ),
    )
    .addOption(new Option('--json', 'print the timeline as JSON').conflicts(['csv']))
    .addOption(new Option('--csv', 'print one CSV row per step').conflicts(['json']))
    .addOption(outOption())
    .addOption(maxSizeOption())
    .addOption(maxNodesOption())
    .addOption(unitOption())
    .addHelpText(
      'after',
      `
Stocks are the nodes' \`stock\` plus the scenario's stockpiles; within a day production is used before
stock; an outage ends after the node's recoveryDays, other perturbations after the scenario's
durationDays (docs/time.md). Beyond 400 days the series is weekly.

Examples:
  $ chokepoint timeline --scenario cn-2025-04-heavy-re-magnets --days 180
  $ chokepoint timeline tests/fixtures/small-magnet-chain.json --days 30 --csv`,
    )
    .action((model: string | undefined, opts) => emit(timelineCommand(model, opts)));

  const scenario = program
    .command('scenario')
    .description('the report under ad-hoc perturbations given as flags, and the change against the baseline')
    .argument('[model]', MODEL_ARG)
    .option('--scenario <id>', 'start from one of the model’s scenarios and add the flags to it');
  for (const o of perturbationOptions()) scenario.addOption(o);
  analysisOptions(scenario)
    .addHelpText(
      'after',
      `
Perturbations are repeatable and combine; --stages, --allow, --allow-groups and --commodities apply to
every --export-control. A node without a country counts as outside every country. Text and Markdown add
the change against the baseline; --json prints the report under the scenario alone (for the change as
data: chokepoint compare <model> <same flags> --json).

Examples:
  $ chokepoint scenario --export-control CN
  $ chokepoint scenario --export-control CN --stages separation,magnet --allow JP,IN
  $ chokepoint scenario --export-control CN --allow-groups msp --outage mm-mine
  $ chokepoint scenario lithium --capacity au-mine=2 --demand ev-batteries=1.5
  $ chokepoint scenario model.json --outage cn-sep --json > report.json`,
    )
    .action((model: string | undefined, opts) => emit(scenarioCommand(model, opts)));

  const cmp = program
    .command('compare')
    .description(
      'two analyses side by side with their change: two models, or one model with and without a scenario',
    )
    .argument('<a>', 'the baseline: a model file, - or an embedded id')
    .argument('[b]', 'the variant: another model (default: a itself, under --scenario or perturbation flags)')
    .option('--scenario <id>', 'analyse B under one of its scenarios')
    .option('--base-scenario <id>', 'analyse A under one of its scenarios');
  for (const o of perturbationOptions()) cmp.addOption(o);
  analysisOptions(cmp, { tables: COMPARE_CSV_TABLES, fallback: 'summary' })
    .addHelpText(
      'after',
      `
The perturbation flags (as for \`chokepoint scenario\`) apply to B. --json prints the comparison
(chokepoint-comparison/v1; JSON Schema in @chokepoint/core/schema/comparison.json). --csv prints one
table (summary, chokepoints, stages, countries), each figure as <name>_a, <name>_b, <name>_change;
--csv --out dir/ writes all four. When B's scenario holds levers, they are ranked under the rest of it
(score points per unit of money, served fraction, cost): a section of the text, \`levers\` in the JSON,
--csv levers (written with the others by --csv --out dir/).

Examples:
  $ chokepoint compare model-2024.json model-2025.json
  $ chokepoint compare rare-earth-magnets --scenario cn-2025-10-package
  $ chokepoint compare lithium --export-control CN --markdown
  $ chokepoint compare model.json --base-scenario cn-ban --scenario cn-ban --capacity au-mine=2 --json`,
    )
    .action((a: string, b: string | undefined, opts) => emit(compareCommand(a, b, opts)));

  program
    .command('levers')
    .description('what each lever would do: the model’s lever presets and their combinations, ranked')
    .argument('[model]', MODEL_ARG)
    .option('--shock <id>', 'rank them under one of the model’s scenarios (default: the model as it is)')
    .option('--years <n>', 'years over which yearly costs count against capex (default 10)')
    .option('--combine <k>', 'largest combination of levers to rank (default 2)')
    .option('--json', 'print the ranking as JSON')
    .addOption(maxSizeOption())
    .addOption(maxNodesOption())
    .addHelpText(
      'after',
      `
Lever presets are the model's scenarios made only of levers (offtake, price-floor, recycling,
substitution, partners-only, new-capacity, risk-sharing). Each and each combination runs as "levers,
then the shock";
its cost is capex + years × yearly cost, the yearly cost measured without the shock. See docs/levers.md.

Examples:
  $ chokepoint levers rare-earth-magnets --shock cn-2025-04-rare-earths
  $ chokepoint levers model.json --shock squeeze-then-ban --years 5 --json`,
    )
    .action((model: string | undefined, opts) => emit(leversCommand(model, opts)));

  registerSweep(program, emit, MODEL_ARG);
  registerUncertainty(program, emit, MODEL_ARG);

  program
    .command('convert')
    .description('convert a model between chokepoint/v1, graphology JSON, GEXF, GraphML and CSV')
    .argument(
      '<in>',
      'input: a file, a directory/ or nodes.csv,edges.csv (CSV), - for standard input, or an embedded model id',
    )
    .argument('<out>', 'output: a file, a directory/ or nodes.csv,edges.csv (CSV), or - for standard output')
    .addOption(
      new Option('--from <format>', 'input format, when the name and content do not say').choices(
        CONVERT_FORMATS,
      ),
    )
    .addOption(
      new Option('--to <format>', 'output format, when the name does not say').choices(CONVERT_FORMATS),
    )
    .option('--name <name>', 'model name, for inputs without one (CSV, graphs from other tools)')
    .addOption(unitOption())
    .option('--stages <list>', 'stage order, upstream first, comma-separated, for inputs without one', (v) =>
      v.split(',').map((s) => s.trim()),
    )
    .addOption(maxSizeOption())
    .addHelpText(
      'after',
      `
Formats follow from the names: .json (chokepoint/v1; graphology JSON is recognised when read),
.graphology.json, .gexf, .graphml; a directory/ holds nodes.csv, edges.csv and model-info.json
(name, unit, stages, groups, scenarios); nodes.csv,edges.csv is the two tables alone.
Output is written to a temporary file and renamed, so it is never half-written.

Examples:
  $ chokepoint convert tests/fixtures/small-magnet-chain.json magnets.gexf
  $ chokepoint convert lithium lithium.graphml
  $ chokepoint convert tests/fixtures/small-magnet-chain.json magnets/
  $ chokepoint convert sheets/nodes.csv,sheets/edges.csv cobalt.json --name Cobalt --unit "t Co per year"
  $ chokepoint convert from-yed.graphml model.json --unit t`,
    )
    .action((input: string, output: string, opts: ConvertFlags) =>
      emit(convertCommand(input, output, flagsToOptions(opts))),
    );

  return program;
}

interface ConvertFlags {
  from?: ConvertFormat;
  to?: ConvertFormat;
  name?: string;
  unit?: string;
  stages?: string[];
  maxSize?: number;
}

/** A parser for a number > 0 (days may be fractional). */
function positiveNumber(flag: string) {
  return (value: string): number => {
    const x = Number(value);
    if (!Number.isFinite(x) || x <= 0 || x > 36_500) {
      throw new InvalidArgumentError(`${flag} must be a number of days > 0 and ≤ 36,500, not "${value}"`);
    }
    return x;
  };
}

function flagsToOptions({ maxSize, ...rest }: ConvertFlags) {
  return { ...rest, ...(maxSize === undefined ? {} : { maxBytes: maxSize }) };
}

export async function main(argv: string[]): Promise<void> {
  // `chokepoint … | head`: the reader left; stop quietly rather than print a stack trace.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    process.exit(process.exitCode ?? 0);
  });
  // Relative paths mean the directory the user ran the command in, also through `pnpm chokepoint`.
  process.chdir(userDirectory());
  try {
    // Models with recipes are analysed on an LP solver (WebAssembly) that loads asynchronously, once.
    await loadSolver();
    await buildProgram().parseAsync(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end here with exit code 0; usage mistakes with 2.
      process.exitCode = err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    } else if (err instanceof UserError) {
      for (const line of err.details) process.stderr.write(`${line}\n`);
      process.stderr.write(`chokepoint: ${err.message}\n`);
      if (err instanceof UsageError) process.stderr.write('(run with --help for usage)\n');
      process.exitCode = err instanceof UsageError ? EXIT.usage : EXIT.badInput;
    } else if (
      err instanceof ModelError ||
      err instanceof UnknownModelError ||
      err instanceof RecipeLpError ||
      err instanceof RiskInputError
    ) {
      // A model problem the command did not name more precisely: still a sentence, not a trace.
      process.stderr.write(`chokepoint: ${err.message}\n`);
      process.exitCode = EXIT.badInput;
    } else {
      throw err;
    }
  }
}

await main(process.argv.slice(2));
