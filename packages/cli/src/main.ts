/**
 * chokepoint — the command line
 * =============================
 *
 * Reports go to stdout, messages to stderr. Exit codes: 0 ok, 1 bad input, 2 usage.
 */
import { Command, CommanderError, Option } from 'commander';
import { CONVERT_FORMATS, type ConvertFormat, convertCommand } from './commands/convert.ts';
import { modelsCommand } from './commands/models.ts';
import { type CommandResult, EXIT } from './commands/result.ts';
import { validateCommand } from './commands/validate.ts';
import { UserError } from './io/read-input.ts';

const maxSize = new Option('--max-size <MB>', 'refuse input files larger than this').argParser((v) => {
  const mb = Number(v);
  if (!Number.isFinite(mb) || mb <= 0)
    throw new UserError(`--max-size: expected a number of megabytes, got "${v}"`);
  return mb * 1024 * 1024;
});

function emit(result: CommandResult): void {
  if (result.stdout !== undefined)
    process.stdout.write(result.stdout.endsWith('\n') ? result.stdout : `${result.stdout}\n`);
  for (const line of result.stderr ?? []) process.stderr.write(`${line}\n`);
  process.exitCode = result.code;
}

export function buildProgram(): Command {
  const program = new Command('chokepoint')
    .description('Find where critical-mineral supply chains break.')
    .exitOverride()
    .configureOutput({ outputError: (str, write) => write(str) })
    .showHelpAfterError('(run with --help for usage)');

  program
    .command('validate')
    .description('check a chokepoint/v1 model and list every problem with its JSON path')
    .argument('<model>', 'model file (chokepoint/v1 JSON), or - for standard input')
    .addOption(maxSize)
    .addHelpText('after', '\nExample:\n  $ chokepoint validate models/rare-earth-magnets.json')
    .action((model: string, opts: { maxSize?: number }) =>
      emit(validateCommand(model, { maxBytes: opts.maxSize })),
    );

  program
    .command('models')
    .description('list the embedded models (real, cited chains) or show one model’s sources')
    .argument('[id]', 'a model id, to list its sources in full')
    .option('--json', 'print the listing as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  $ chokepoint models\n  $ chokepoint models rare-earth-magnets\n  $ chokepoint models --json',
    )
    .action((id: string | undefined, opts: { json?: boolean }) => emit(modelsCommand(id, opts)));

  program
    .command('convert')
    .description('convert a model between chokepoint/v1, graphology JSON, GEXF, GraphML and CSV')
    .argument('<in>', 'input: a file, a directory/ or nodes.csv,edges.csv (CSV), or - for standard input')
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
    .option('--unit <unit>', 'model unit, e.g. "t per year", for inputs without one')
    .option('--stages <list>', 'stage order, upstream first, comma-separated, for inputs without one', (v) =>
      v.split(',').map((s) => s.trim()),
    )
    .addOption(maxSize)
    .addHelpText(
      'after',
      `
Formats follow from the names: .json (chokepoint/v1; graphology JSON is recognised when read),
.graphology.json, .gexf, .graphml; a directory/ holds nodes.csv, edges.csv and model-info.json
(name, unit, stages, groups, scenarios); nodes.csv,edges.csv is the two tables alone.
Output is written to a temporary file and renamed, so it is never half-written.

Examples:
  $ chokepoint convert models/rare-earth-magnets.json magnets.gexf
  $ chokepoint convert models/rare-earth-magnets.json magnets/
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

function flagsToOptions({ maxSize, ...rest }: ConvertFlags) {
  return { ...rest, ...(maxSize === undefined ? {} : { maxBytes: maxSize }) };
}

export async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end here with exit code 0; usage mistakes with 2.
      process.exitCode = err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    } else if (err instanceof UserError) {
      process.stderr.write(`chokepoint: ${err.message}\n`);
      process.exitCode = EXIT.badInput;
    } else {
      throw err;
    }
  }
}

await main(process.argv.slice(2));
