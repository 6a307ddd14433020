/**
 * `chokepoint compare <a> [b]`
 * ============================
 *
 * Two analyses side by side with their change (b − a): supply, the score and its components with
 * the reasons, chokepoints, concentration, country dependence, worst cases, redundancy. `a` and `b`
 * are files, `-` or embedded ids. Without `b`, the model is compared with itself under `--scenario`
 * and/or the ad-hoc perturbation flags of `chokepoint scenario`, which always apply to the B side;
 * `--base-scenario` puts A under one of its scenarios. Text by default, `--json` (the Comparison,
 * whose JSON Schema ships with @chokepoint/core), `--csv [table]` (core's comparisonCsv) or
 * `--markdown`.
 */
import {
  analyze,
  COMPARISON_CSV_TABLES,
  type Comparison,
  compare,
  comparisonCsv,
  provenanceColumns,
  scenarioLeverRanking,
} from '@chokepoint/core';
import Papa from 'papaparse';
import { compareMarkdown, compareText } from '../format/compare-report.ts';
import { leverRecord } from '../format/lever-rows.ts';
import { hashOption, loadMessages, loadModelArg } from '../io/load-model.ts';
import { UsageError } from '../io/read-input.ts';
import { formatOf, type LoadFlags, loadOptions, type OutputFlags } from '../options/common.ts';
import {
  checkRestrictions,
  hasPerturbations,
  type PerturbationFlags,
  scenarioFromFlags,
} from '../options/perturbation-flags.ts';
import { deliver, isDirectoryTarget, type OutputDocument } from '../output/deliver.ts';
import { type AnalyzeFlags, scenarioOf, worstCaseOf } from './analyze.ts';
import type { CommandResult } from './result.ts';

/** core's comparison tables, and `levers` when B's scenario holds levers (docs/cli.md). */
export const COMPARE_CSV_TABLES = [...COMPARISON_CSV_TABLES, 'levers'] as const;
type CompareCsvTable = (typeof COMPARE_CSV_TABLES)[number];

export type CompareFlags = OutputFlags &
  LoadFlags &
  PerturbationFlags &
  Pick<AnalyzeFlags, 'scenario' | 'worstCase'> & { baseScenario?: string };

export function compareCommand(aArg: string, bArg: string | undefined, flags: CompareFlags): CommandResult {
  checkRestrictions(flags);
  if (bArg === undefined && flags.scenario === undefined && !hasPerturbations(flags)) {
    throw new UsageError(
      'compare needs a second model, or --scenario <id> or perturbation flags (--export-control, --outage, --capacity, --demand) to compare the model with itself under them',
    );
  }
  if (aArg === '-' && bArg === '-')
    throw new UsageError('only one of the two models can come from standard input');
  const a = loadModelArg(aArg, loadOptions(flags));
  const b = bArg === undefined ? a : loadModelArg(bArg, loadOptions(flags));
  const baseScenario =
    flags.baseScenario === undefined ? null : scenarioOf(a.model, flags.baseScenario, a.label);
  const bBase = flags.scenario === undefined ? undefined : scenarioOf(b.model, flags.scenario, b.label);
  const bScenario = scenarioFromFlags(b.model, flags, bBase);
  const options = worstCaseOf(flags);
  const compared = compare(
    analyze(a.model, { ...options, scenario: baseScenario, ...hashOption(a) }),
    analyze(b.model, { ...options, scenario: bScenario, ...hashOption(b) }),
  );
  // B's levers ranked under the rest of B's scenario (its shock), by score points per unit of money.
  const levers = bScenario ? scenarioLeverRanking(b.model, bScenario) : null;
  const comparison: Comparison = levers ? { ...compared, levers } : compared;
  const messages = [
    ...loadMessages(a),
    ...(b === a ? [] : loadMessages(b)),
    `A: ${a.label}${baseScenario ? ` under ${baseScenario.id}` : ''}`,
    `B: ${b.label}${bScenario ? ` under ${bScenario.id === 'ad-hoc' ? bScenario.label : bScenario.id}` : ''}`,
    // Unlike quantities are not subtracted (core leaves their change null); say so where people look.
    ...comparison.warnings.map((w) => `warning: ${w}`),
  ];
  return deliver(comparisonDocuments(comparison, flags), flags.out, messages);
}

function comparisonDocuments(comparison: Comparison, flags: CompareFlags): OutputDocument[] {
  switch (formatOf(flags)) {
    case 'json':
      return [{ name: 'comparison.json', text: JSON.stringify(comparison, null, 2) }];
    case 'csv': {
      // As for analyze: every table into a directory, else the one named (summary by default); the
      // levers table only when there are levers to rank.
      const all = flags.csv === true && flags.out !== undefined && isDirectoryTarget(flags.out);
      const tables: readonly CompareCsvTable[] = all
        ? COMPARE_CSV_TABLES.filter((t) => t !== 'levers' || comparison.levers)
        : [flags.csv === true ? 'summary' : (flags.csv as CompareCsvTable)];
      return tables.map((t) => ({
        name: `${t}.csv`,
        text: t === 'levers' ? leversCsv(comparison) : comparisonCsv(comparison, t),
      }));
    }
    case 'markdown':
      return [{ name: 'comparison.md', text: compareMarkdown(comparison, { top: flags.top }) }];
    case 'text':
      return [{ name: 'comparison.txt', text: compareText(comparison, { top: flags.top }) }];
  }
}

/** One row per lever or combination, in rank order (empty, with its header, when B has no lever). */
function leversCsv(comparison: Comparison): string {
  const p = provenanceColumns(comparison.b.provenance);
  const shock = comparison.levers?.shock?.id ?? '';
  const rows = (comparison.levers?.rows ?? []).map((r, i) => ({
    shock,
    ...leverRecord(r, i + 1),
    exited: r.exited.join(' + '),
    ...p,
  }));
  if (rows.length > 0) return Papa.unparse(rows);
  const header = ['shock', ...Object.keys(leverRecord(EMPTY_ROW, 0)), 'exited', ...Object.keys(p)];
  return Papa.unparse({ fields: header, data: [] });
}

const EMPTY_ROW = {
  levers: [],
  label: '',
  score: 0,
  scoreGained: 0,
  ratio: 0,
  servedGained: 0,
  capex: 0,
  yearlyCost: 0,
  cost: 0,
  pointsPerMoney: null,
  stock: 0,
};
