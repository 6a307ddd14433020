/**
 * `chokepoint risk`, `chokepoint suggest`, `chokepoint adversary`
 * ===============================================================
 *
 * Decisions under uncertainty (docs/uncertainty.md): political risk by Monte Carlo (or exactly, for
 * few countries), the cheapest set of candidate fixes that meets a target under a shock, and the
 * fewest nodes or countries whose loss cuts served supply below a threshold. Text by default, `--json`
 * for the result exactly as core returns it, `--csv` for its main table.
 */
import { writeFileSync } from 'node:fs';
import {
  type AdversaryCut,
  adversaryCut,
  applyFix,
  type Candidate,
  type CountryRisk,
  exactRisk,
  formatIssue,
  type Model,
  politicalRisk,
  RiskInputError,
  type RiskReport,
  type Suggestion,
  suggest,
  validateModel,
} from '@chokepoint/core';
import Papa from 'papaparse';
import { loadMessages, loadModelArg } from '../io/load-model.ts';
import { readInput, UsageError, UserError } from '../io/read-input.ts';
import { type LoadFlags, loadOptions } from '../options/common.ts';
import { createProgress } from '../sweep/progress.ts';
import { scenarioOf } from './analyze.ts';
import type { CommandResult } from './result.ts';

interface Common extends LoadFlags {
  json?: boolean;
  csv?: boolean;
  scenario?: string;
}

export interface RiskFlags extends Common {
  runs: number;
  seed: number;
  threshold: number;
  exact?: boolean;
  risk?: string;
  probability?: Record<string, number>;
  disruption?: 'export-stop' | 'outage';
  progress?: boolean;
}

export interface SuggestFlags extends Common {
  target: number;
  candidates?: string;
  apply?: string;
  timeLimit?: number;
}

export interface AdversaryFlags extends Common {
  threshold: number;
  countries?: boolean;
  disruption?: 'export-stop' | 'outage';
  among?: string[];
}

const pct = (x: number, digits = 1) => `${(x * 100).toFixed(digits)}%`;

function outputMode(flags: Common): 'text' | 'json' | 'csv' {
  if (flags.json && flags.csv) throw new UsageError('--json and --csv do not go together: pick one');
  return flags.json ? 'json' : flags.csv ? 'csv' : 'text';
}

/** Runs `fn`, turning the inputs core refuses (a bad threshold, no risk figures) into user errors. */
function guarded<T>(label: string, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof RiskInputError) throw new UserError(`${label}: ${err.message}`);
    throw err;
  }
}

/** A model with extra records (`countryRisk`, `candidates`) from a file, validated in place. */
function withExtra(model: Model, label: string, field: 'countryRisk' | 'candidates', path: string): Model {
  let parsed: unknown;
  const text = readInput(path);
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new UserError(`${path}: not JSON (${(err as Error).message})`);
  }
  const list = Array.isArray(parsed) ? parsed : (parsed as Record<string, unknown> | null)?.[field];
  if (!Array.isArray(list)) throw new UserError(`${path}: expected a JSON list, or {"${field}": [...]}`);
  const result = validateModel({ ...model, [field]: list });
  if (!result.ok) {
    const mine = result.issues.filter((i) => i.path[0] === field);
    const shown = mine.length > 0 ? mine : result.issues;
    throw new UserError(
      `${path}: ${shown.length} problem${shown.length === 1 ? '' : 's'} in ${field} for ${label}`,
      shown.map((i) => formatIssue({ ...i, path: i.path.slice(1) }, path)),
    );
  }
  return result.model;
}

export function riskCommand(modelArg: string | undefined, flags: RiskFlags): CommandResult {
  const mode = outputMode(flags);
  const loaded = loadModelArg(modelArg, loadOptions(flags));
  let model = loaded.model;
  if (flags.risk) model = withExtra(model, loaded.label, 'countryRisk', flags.risk);
  if (flags.probability) {
    const stated: CountryRisk[] = Object.entries(flags.probability).map(([country, probability]) => ({
      country: country as CountryRisk['country'],
      probability,
      source: 'stated on the command line (--probability)',
    }));
    const kept = (model.countryRisk ?? []).filter((r) => !(r.country in flags.probability!));
    const result = validateModel({ ...model, countryRisk: [...kept, ...stated] });
    if (!result.ok) {
      throw new UsageError(`--probability: ${result.issues.map((i) => i.message).join('; ')}`);
    }
    model = result.model;
  }
  if (!model.countryRisk?.length) {
    throw new UserError(
      `${loaded.label}: the model has no "countryRisk"; give each country that may disrupt a yearly probability: --probability CN=0.1,MM=0.2 or --risk <file> (docs/uncertainty.md)`,
    );
  }
  const scenario = flags.scenario === undefined ? null : scenarioOf(model, flags.scenario, loaded.label);
  const options = {
    threshold: flags.threshold,
    scenario,
    ...(flags.disruption ? { disruption: flags.disruption } : {}),
  };
  const progress = createProgress(flags.exact ? 0 : flags.runs, {
    enabled: !flags.exact && (flags.progress ?? Boolean(process.stderr.isTTY)),
  });
  const report = guarded(loaded.label, () =>
    flags.exact
      ? exactRisk(model, options)
      : politicalRisk(model, {
          ...options,
          runs: flags.runs,
          seed: flags.seed,
          onProgress: (done) => progress.update(done),
        }),
  );
  progress.done();
  const messages = loadMessages(loaded);
  if (mode === 'json') return { code: 0, stdout: JSON.stringify(report, null, 2), stderr: messages };
  if (mode === 'csv') {
    return {
      code: 0,
      stdout: Papa.unparse(
        report.countries.map((c) => ({
          country: c.country,
          probability: c.probability,
          down_in_tail: c.downInTail,
          tail_excess: c.tailExcess,
        })),
      ),
      stderr: messages,
    };
  }
  return { code: 0, stdout: riskText(report, loaded.label), stderr: messages };
}

function riskText(r: RiskReport, label: string): string {
  const how =
    r.method === 'exact'
      ? `every combination of ${r.risks.length} countries (${r.runs.toLocaleString('en-US')}), exactly`
      : `${r.runs.toLocaleString('en-US')} years drawn (seed ${r.seed})`;
  const lines = [
    `Political risk: ${label}, ${how}`,
    r.scenario ? `In force every year: ${r.scenario.label}` : '',
    `With no country disrupted: ${pct(r.baselineServed)} of demand served`,
    '',
    `  Expected served       ${pct(r.expectedServed)}${r.method === 'monte-carlo' ? ` ± ${pct(r.standardError, 2)} (standard error)` : ''}`,
    `  5th percentile        ${pct(r.p5Served)}`,
    `  ${`P(served < ${pct(r.threshold, 0)})`.padEnd(20)}  ${pct(r.probabilityBelow)}`,
    r.worstContributor
      ? `  Most in the tail      ${r.worstContributor} (down in ${pct(r.countries.find((c) => c.country === r.worstContributor)!.downInTail, 0)} of the ${r.tail.definition === 'below-threshold' ? 'years below the threshold' : 'worst 5% of years'}, ${pct(r.countries.find((c) => c.country === r.worstContributor)!.probability, 0)} of all years)`
      : '  Nothing is ever lost: no country contributes to a tail',
    '',
    '  Country  P(down)  Down in tail  Excess  Disruption   Basis',
    ...[...r.countries]
      .sort((a, b) => b.tailExcess - a.tailExcess)
      .map((c) => {
        const risk = r.risks.find((k) => k.country === c.country)!;
        return `  ${c.country.padEnd(7)}  ${pct(c.probability).padStart(7)}  ${pct(c.downInTail).padStart(12)}  ${pct(c.tailExcess).padStart(6)}  ${risk.disruption.padEnd(11)}  ${risk.basis === 'stated' ? risk.source : `from WGI: ${risk.source}`}`;
      }),
    '',
    'Share of years by served fraction:',
    ...histogramLines(r),
  ];
  if (r.assumption) lines.push('', `Assumption: ${r.assumption}`);
  return lines.filter((l, i) => l !== '' || lines[i - 1] !== '').join('\n');
}

function histogramLines(r: RiskReport): string[] {
  // Bins of 10% (two of the report's 5% bins each) keep the chart short.
  const bins: { from: number; to: number; share: number }[] = [];
  for (let i = 0; i < r.histogram.length; i += 2) {
    const a = r.histogram[i]!;
    const b = r.histogram[i + 1];
    bins.push({ from: a.from, to: b?.to ?? a.to, share: a.share + (b?.share ?? 0) });
  }
  const widest = Math.max(...bins.map((b) => b.share), 1e-12);
  return bins
    .map((b) => {
      const bar = '█'.repeat(Math.round((b.share / widest) * 30));
      return `  ${`${Math.round(b.from * 100)}–${Math.round(b.to * 100)}%`.padStart(8)}  ${bar}${bar ? ' ' : ''}${pct(b.share)}`;
    })
    .reverse();
}

export function suggestCommand(modelArg: string | undefined, flags: SuggestFlags): CommandResult {
  const mode = outputMode(flags);
  const loaded = loadModelArg(modelArg, loadOptions(flags));
  let model = loaded.model;
  if (flags.candidates) model = withExtra(model, loaded.label, 'candidates', flags.candidates);
  const scenario = flags.scenario === undefined ? null : scenarioOf(model, flags.scenario, loaded.label);
  const s = guarded(loaded.label, () =>
    suggest(model, {
      target: flags.target,
      scenario,
      ...(flags.timeLimit === undefined ? {} : { timeLimit: flags.timeLimit }),
    }),
  );
  const messages = loadMessages(loaded);
  if (flags.apply) {
    const fixed = applyFix(
      model,
      model.candidates ?? [],
      s.chosen.map((c) => c.id),
      s.scenario?.id ?? null,
    );
    const { candidates: _left, ...rest } = fixed;
    writeFileSync(flags.apply, `${JSON.stringify(rest, null, 2)}\n`);
    messages.push(`wrote the model with the chosen fixes to ${flags.apply}`);
  }
  if (mode === 'json') return { code: 0, stdout: JSON.stringify(s, null, 2), stderr: messages };
  if (mode === 'csv') {
    return {
      code: 0,
      stdout: Papa.unparse(s.chosen.map((c) => ({ id: c.id, label: c.label, kind: c.kind, cost: c.cost }))),
      stderr: messages,
    };
  }
  return { code: 0, stdout: suggestText(s, model, loaded.label), stderr: messages };
}

function suggestText(s: Suggestion, model: Model, label: string): string {
  const byId = new Map((model.candidates ?? []).map((c) => [c.id, c]));
  const what = (c: Candidate) =>
    c.kind === 'route'
      ? `route ${c.from} → ${c.to}, ${c.capacity.toLocaleString('en-US')} a year`
      : c.kind === 'capacity'
        ? `+${c.add.toLocaleString('en-US')} capacity at ${c.node}`
        : c.kind === 'stockpile'
          ? `${c.units.toLocaleString('en-US')} in stock at ${c.node}`
          : c.kind === 'offtake'
            ? `offtake of ${pct(c.share, 0)} of ${c.nodes.join(', ')}: they survive the price pressure`
            : `new ${c.node.stage} ${c.node.id}${c.node.country ? ` (${c.node.country})` : ''}, ${c.node.capacity.toLocaleString('en-US')} a year`;
  const head = [
    `Cheapest fix: ${label}, target ${pct(s.target, 0)} of demand${s.scenario ? ` under "${s.scenario.label}"` : ''}`,
    `Served now ${pct(s.servedWithout)}; with all ${s.candidates} candidates ${pct(s.servedWithAll)}`,
    '',
  ];
  if (s.status === 'met-already') return [...head, 'The target holds already: nothing to buy.'].join('\n');
  if (s.status === 'unreachable') {
    return [...head, `Unreachable: even all candidates together serve ${pct(s.servedWithAll)}.`].join('\n');
  }
  const width = Math.max(...s.chosen.map((c) => c.id.length), 2);
  return [
    ...head,
    `Choose (total cost ${s.totalCost.toLocaleString('en-US')}):`,
    ...s.chosen.map(
      (c) =>
        `  ${c.id.padEnd(width)}  ${c.cost.toLocaleString('en-US').padStart(8)}  ${what(byId.get(c.id)!)}`,
    ),
    '',
    `Served with them: ${pct(s.servedWith)}${s.status === 'optimal' ? ' (proved cheapest)' : ` (best found; within ${pct(s.gap)} of the cheapest)`}`,
  ].join('\n');
}

export function adversaryCommand(modelArg: string | undefined, flags: AdversaryFlags): CommandResult {
  const mode = outputMode(flags);
  const loaded = loadModelArg(modelArg, loadOptions(flags));
  const { model } = loaded;
  const scenario = flags.scenario === undefined ? null : scenarioOf(model, flags.scenario, loaded.label);
  const cut = guarded(loaded.label, () =>
    adversaryCut(model, {
      threshold: flags.threshold,
      units: flags.countries ? 'countries' : 'nodes',
      scenario,
      ...(flags.disruption ? { disruption: flags.disruption } : {}),
      ...(flags.among ? { among: flags.among } : {}),
    }),
  );
  const messages = loadMessages(loaded);
  if (mode === 'json') return { code: 0, stdout: JSON.stringify(cut, null, 2), stderr: messages };
  if (mode === 'csv') {
    return { code: 0, stdout: Papa.unparse((cut.set ?? []).map((id) => ({ id }))), stderr: messages };
  }
  return { code: 0, stdout: adversaryText(cut, model, loaded.label), stderr: messages };
}

function adversaryText(cut: AdversaryCut, model: Model, label: string): string {
  const kind = cut.units === 'countries' ? 'countries' : 'nodes';
  const head = [
    `Adversary cut: ${label}, the fewest ${kind} whose loss leaves less than ${pct(cut.threshold, 0)} of demand served${cut.scenario ? ` under "${cut.scenario.label}"` : ''}`,
    `Served intact: ${pct(cut.baselineServed)}`,
    '',
  ];
  if (!cut.set)
    return [...head, `No set of ${kind} gets below ${pct(cut.threshold, 0)}: ${cut.detail}.`].join('\n');
  if (cut.set.length === 0) return [...head, `Already below: ${cut.detail}.`].join('\n');
  const byId = new Map(model.nodes.map((n) => [n.id, n]));
  return [
    ...head,
    `${cut.set.length} ${cut.set.length === 1 ? (kind === 'countries' ? 'country' : 'node') : kind}:`,
    ...cut.set.map((id) => {
      const n = byId.get(id);
      return n
        ? `  ${id}  ${n.label ?? ''}${n.country ? ` (${n.country}, ${n.stage})` : ` (${n.stage})`}`
        : `  ${id}`;
    }),
    '',
    `Served after: ${pct(cut.servedAfter ?? 0)}; ${cut.detail}${cut.exact ? '' : ` (no set of fewer than ${cut.lowerBound} exists)`}`,
  ].join('\n');
}
