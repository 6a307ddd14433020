/**
 * `chokepoint levers [model] [--shock <id>] [--years N] [--combine K] [--json]`
 * ==============================================================================
 *
 * What each lever would do on the model (docs/levers.md): its lever presets (scenarios made only of
 * levers) alone and in combinations of up to --combine, under a shock scenario (--shock; default: none,
 * i.e. against the model as it is), ranked by score points gained per unit of money, with the served
 * fraction under the shock and the cost (capex + years × yearly cost).
 */
import {
  describePerturbation,
  leverPresets,
  type Model,
  rankLevers,
  type Scenario,
  shockScenarios,
} from '@chokepoint/core';
import { LEVER_COLUMNS, leverRows, pct } from '../format/lever-rows.ts';
import { loadMessages, loadModelArg } from '../io/load-model.ts';
import { UsageError, UserError } from '../io/read-input.ts';
import { type LoadFlags, loadOptions } from '../options/common.ts';
import { scenarioOf } from './analyze.ts';
import type { CommandResult } from './result.ts';

export interface LeversFlags extends LoadFlags {
  shock?: string;
  years?: string;
  combine?: string;
  json?: boolean;
}

export function leversCommand(modelArg: string | undefined, flags: LeversFlags): CommandResult {
  const loaded = loadModelArg(modelArg, loadOptions(flags));
  const { model, label } = loaded;
  const years = positive(flags.years, '--years', 10);
  const combine = positive(flags.combine, '--combine', 2);
  const shock: Scenario | null = flags.shock === undefined ? null : scenarioOf(model, flags.shock, label);
  const levers = leverPresets(model);
  if (levers.length === 0) {
    throw new UserError(
      `${label}: the model has no lever presets (scenarios made only of levers: offtake, price-floor, recycling, substitution, partners-only, new-capacity, risk-sharing); see docs/levers.md`,
    );
  }
  const ranking = rankLevers(model, levers, { shock, years, combine });
  const messages = loadMessages(loaded);
  if (flags.json) return { code: 0, stdout: JSON.stringify(ranking, null, 2), stderr: messages };
  return { code: 0, stdout: text(model, ranking, levers), stderr: messages };
}

function positive(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`${flag} must be a number > 0 (got "${value}")`);
  return n;
}

function text(
  model: Model,
  r: ReturnType<typeof rankLevers>,
  levers: ReturnType<typeof leverPresets>,
): string {
  const out: string[] = [];
  const shocks = shockScenarios(model).map((s) => s.id);
  out.push(
    r.shock
      ? `Levers under "${r.shock.label}": score ${r.baseline.score}, served ${pct(r.baseline.ratio)} without a lever`
      : `Levers on ${model.name} as it is (no shock; pick one with --shock <id>${shocks.length ? `: ${shocks.join(', ')}` : ''}): score ${r.baseline.score}, served ${pct(r.baseline.ratio)}`,
  );
  if (r.baseline.exited.length) out.push(`Price pressure removes: ${r.baseline.exited.join(', ')}`);
  out.push('', 'Levers:');
  for (const l of levers) out.push(`  ${l.id}: ${l.perturbations.map(describePerturbation).join('; ')}`);
  out.push('', `Ranked by score points per unit of money (cost = capex + ${r.years} × yearly cost):`);
  // The ranking's cells as compare and sweep print them (format/lever-rows.ts), without their rank.
  const header = LEVER_COLUMNS.slice(1).map((c) => c.header);
  const rows = leverRows(r.rows).map((cells) => cells.slice(1));
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((x) => x[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  out.push(line(header), ...rows.map(line));
  const exits = r.rows.filter((row) => row.exited.length > 0);
  if (exits.length) {
    out.push('', 'Producers that still exit under price pressure:');
    for (const row of exits) out.push(`  ${row.levers.join(' + ')}: ${row.exited.join(', ')}`);
  }
  return out.join('\n');
}
