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
  type ComparisonCsvTable,
  compare,
  comparisonCsv,
} from '@chokepoint/core';
import { compareMarkdown, compareText } from '../format/compare-report.ts';
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
  const comparison = compare(
    analyze(a.model, { ...options, scenario: baseScenario, ...hashOption(a) }),
    analyze(b.model, { ...options, scenario: bScenario, ...hashOption(b) }),
  );
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
      // As for analyze: every table into a directory, else the one named (summary by default).
      const all = flags.csv === true && flags.out !== undefined && isDirectoryTarget(flags.out);
      const tables: readonly ComparisonCsvTable[] = all
        ? COMPARISON_CSV_TABLES
        : [flags.csv === true ? 'summary' : (flags.csv as ComparisonCsvTable)];
      return tables.map((t) => ({ name: `${t}.csv`, text: comparisonCsv(comparison, t) }));
    }
    case 'markdown':
      return [{ name: 'comparison.md', text: compareMarkdown(comparison, { top: flags.top }) }];
    case 'text':
      return [{ name: 'comparison.txt', text: compareText(comparison, { top: flags.top }) }];
  }
}
