/** Registers `chokepoint risk`, `suggest` and `adversary` (kept apart from main.ts for size). */
import { type Command, InvalidArgumentError, Option } from 'commander';
import { maxNodesOption, maxSizeOption, positiveInt, unitOption } from '../options/common.ts';
import type { CommandResult } from './result.ts';
import { adversaryCommand, riskCommand, suggestCommand } from './uncertainty.ts';

const fraction = (what: string) => (v: string) => {
  const x = Number(v.endsWith('%') ? Number(v.slice(0, -1)) / 100 : v);
  if (!Number.isFinite(x) || x < 0 || x > 1) {
    throw new InvalidArgumentError(`${what}: expected a fraction from 0 to 1 (or a percentage, e.g. 80%)`);
  }
  return x;
};

const disruptionOption = (what: string) =>
  new Option('--disruption <kind>', what).choices(['export-stop', 'outage']);

function common(cmd: Command): Command {
  return cmd
    .option('--scenario <id>', 'a model scenario in force (the shock)')
    .option('--json', 'print the result as JSON')
    .option('--csv', 'print the main table as CSV')
    .addOption(maxSizeOption())
    .addOption(maxNodesOption())
    .addOption(unitOption());
}

export function registerUncertainty(
  program: Command,
  emit: (r: CommandResult) => void,
  modelArg: string,
): void {
  common(
    program
      .command('risk')
      .description('political risk by Monte Carlo: expected served supply, its 5th percentile, the tail')
      .argument('[model]', modelArg)
      .addOption(new Option('--runs <n>', 'years drawn').default(10_000).argParser(positiveInt('--runs')))
      .addOption(
        new Option('--seed <n>', 'seed of the random stream (same seed, same answer)')
          .default(1)
          .argParser((v) => {
            const n = Number(v);
            if (!Number.isInteger(n)) throw new InvalidArgumentError('--seed: expected a whole number');
            return n;
          }),
      )
      .addOption(
        new Option('--threshold <f>', 'served fraction below which a year fails')
          .default(0.8)
          .argParser(fraction('--threshold')),
      )
      .option('--exact', 'enumerate every combination of countries instead of drawing (up to 16)')
      .option('--risk <file>', 'country risk figures: a JSON list of {country, probability | wgi, source}')
      .addOption(
        new Option('--probability <CC=p,…>', 'yearly disruption probability per country').argParser((v) =>
          Object.fromEntries(
            v.split(',').map((pair) => {
              const [cc, p] = pair.split('=');
              const x = Number(p);
              if (!cc || p === undefined || !Number.isFinite(x)) {
                throw new InvalidArgumentError(`--probability: "${pair}" is not COUNTRY=probability`);
              }
              return [cc.trim(), x];
            }),
          ),
        ),
      )
      .addOption(disruptionOption('what a disruption does, for every country: its exports stop, or it stops'))
      .option('--progress', 'show a progress bar on stderr even when it is not a terminal')
      .option('--no-progress', 'never show the progress bar'),
  )
    .addHelpText(
      'after',
      `
Each year every country in the model's countryRisk (or --risk, --probability) disrupts independently
with its probability. See docs/uncertainty.md for every definition.

Examples:
  $ chokepoint risk --probability CN=0.1,MM=0.2,MY=0.05
  $ chokepoint risk --risk examples/country-risk.json --runs 10000 --seed 1
  $ chokepoint risk --risk examples/country-risk.json --exact --threshold 50% --json`,
    )
    .action((model: string | undefined, opts) => emit(riskCommand(model, opts)));

  common(
    program
      .command('suggest')
      .description('the cheapest set of candidate fixes that meets a target under a shock (a MILP)')
      .argument('[model]', modelArg)
      .addOption(
        new Option('--target <f>', 'served fraction to reach').default(0.8).argParser(fraction('--target')),
      )
      .option(
        '--candidates <file>',
        'candidate fixes: a JSON list of {id, kind, cost, ...} (default: the model’s)',
      )
      .option('--apply <file>', 'write the model with the chosen fixes applied (chokepoint/v1)')
      .addOption(
        new Option('--time-limit <s>', 'stop after this many seconds and report the gap').argParser((v) => {
          const s = Number(v);
          if (!Number.isFinite(s) || s <= 0)
            throw new InvalidArgumentError('--time-limit: expected seconds > 0');
          return s;
        }),
      ),
  )
    .addHelpText(
      'after',
      `
Candidates are new routes, added capacity, new producers and stockpiles, each with a cost.

Examples:
  $ chokepoint suggest --candidates examples/candidates.json --scenario cn-2025-04-heavy-ree --target 80%
  $ chokepoint suggest model.json --scenario cn-ban --target 0.8 --apply fixed.json`,
    )
    .action((model: string | undefined, opts) => emit(suggestCommand(model, opts)));

  common(
    program
      .command('adversary')
      .description('the fewest nodes (or countries) whose loss cuts served supply below a threshold')
      .argument('[model]', modelArg)
      .addOption(
        new Option('--threshold <f>', 'served fraction to cut below')
          .default(0.5)
          .argParser(fraction('--threshold')),
      )
      .option('--countries', 'hit whole countries instead of nodes')
      .addOption(disruptionOption('what hitting a country does (default: it stops)'))
      .option('--among <ids>', 'only these node ids or country codes may be hit', (v) =>
        v.split(',').map((s) => s.trim()),
      ),
  )
    .addHelpText(
      'after',
      `
Exact: a MILP on models without recipes, an exhaustive search with recipes.

Examples:
  $ chokepoint adversary
  $ chokepoint adversary --threshold 80% --countries
  $ chokepoint adversary lithium --scenario cn-2025-10-battery-materials --json`,
    )
    .action((model: string | undefined, opts) => emit(adversaryCommand(model, opts)));
}
