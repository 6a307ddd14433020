/**
 * `chokepoint analyze [model]`
 * ============================
 *
 * The full report of a model (a file, `-`, an embedded id, or the default embedded model), optionally
 * under one of its scenarios: a readable table by default, `--json` for the Report exactly as
 * `analyze()` returns it, `--csv [table]` per table, `--markdown` for papers.
 */
import { analyze, type Model, ModelError, resolveScenario, type Scenario } from '@chokepoint/core';
import { hashOption, loadMessages, loadModelArg } from '../io/load-model.ts';
import { UserError } from '../io/read-input.ts';
import { type LoadFlags, loadOptions, type OutputFlags } from '../options/common.ts';
import { deliverReport } from '../output/report-output.ts';
import type { CommandResult } from './result.ts';

export interface AnalyzeFlags extends OutputFlags, LoadFlags {
  scenario?: string;
  worstCase?: number[];
}

export function analyzeCommand(modelArg: string | undefined, flags: AnalyzeFlags): CommandResult {
  const loaded = loadModelArg(modelArg, loadOptions(flags));
  const { model, label } = loaded;
  const scenario = flags.scenario === undefined ? null : scenarioOf(model, flags.scenario, label);
  const report = analyze(model, { scenario, ...worstCaseOf(flags), ...hashOption(loaded) });
  return deliverReport(report, flags, { messages: loadMessages(loaded) });
}

export function worstCaseOf(flags: { worstCase?: number[] }): { worstCase?: number[] } {
  return flags.worstCase === undefined ? {} : { worstCase: flags.worstCase };
}

/** The model's scenario with this id, or a UserError listing the scenarios it has. */
export function scenarioOf(model: Model, id: string, label: string): Scenario {
  try {
    return resolveScenario(model, id);
  } catch (err) {
    if (err instanceof ModelError) throw new UserError(`${label}: ${err.issues[0]!.message}`);
    throw err;
  }
}
