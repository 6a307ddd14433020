/**
 * `chokepoint scenario [model] --export-control CN | --outage ID | --capacity ID=F | --demand ID=F`
 * ===============================================================================================
 *
 * Ad-hoc perturbations without editing the model file: the flags become one scenario (optionally on
 * top of one of the model's, `--scenario id`), and the command prints the report under it, followed
 * in text and Markdown by the change against the baseline (the model with no scenario): supply, the
 * score and why it moved, chokepoints that appear or go. `--json` prints the Report under the scenario
 * alone (the same shape as `analyze --json`); `chokepoint compare <model> <flags> --json` gives the
 * change as data.
 */
import { analyze, compare } from '@chokepoint/core';
import { changeMarkdown, changeText } from '../format/compare-report.ts';
import { hashOption, loadMessages, loadModelArg } from '../io/load-model.ts';
import { UsageError } from '../io/read-input.ts';
import { formatOf, type LoadFlags, loadOptions, type OutputFlags } from '../options/common.ts';
import {
  checkRestrictions,
  hasPerturbations,
  type PerturbationFlags,
  scenarioFromFlags,
} from '../options/perturbation-flags.ts';
import { deliverReport } from '../output/report-output.ts';
import { type AnalyzeFlags, scenarioOf, worstCaseOf } from './analyze.ts';
import type { CommandResult } from './result.ts';

export type ScenarioFlags = OutputFlags &
  LoadFlags &
  PerturbationFlags &
  Pick<AnalyzeFlags, 'scenario' | 'worstCase'>;

export function scenarioCommand(modelArg: string | undefined, flags: ScenarioFlags): CommandResult {
  checkRestrictions(flags);
  if (!hasPerturbations(flags) && flags.scenario === undefined) {
    throw new UsageError(
      'give at least one perturbation: --export-control <country>, --outage <node>, --capacity <node>=<factor> or --demand <node>=<factor>',
    );
  }
  const loaded = loadModelArg(modelArg, loadOptions(flags));
  const { model, label } = loaded;
  const base = flags.scenario === undefined ? undefined : scenarioOf(model, flags.scenario, label);
  const scenario = scenarioFromFlags(model, flags, base)!;
  const options = { ...worstCaseOf(flags), ...hashOption(loaded) };
  const after = analyze(model, { ...options, scenario });
  const format = formatOf(flags);
  const messages = [...loadMessages(loaded), `scenario: ${scenario.label}`];
  if (format === 'json' || format === 'csv') return deliverReport(after, flags, { messages });
  const change = compare(analyze(model, options), after);
  return deliverReport(after, flags, {
    messages,
    ...(format === 'text' ? { text: changeText(change, { top: flags.top }) } : {}),
    ...(format === 'markdown' ? { markdown: changeMarkdown(change, { top: flags.top }) } : {}),
  });
}
