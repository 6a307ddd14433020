/**
 * The scenario being looked at
 * ============================
 *
 * The scenario panel lets the user switch on any of the model's own scenarios and add ad-hoc
 * perturbations; analysis takes one scenario. This folds the selection into one: the perturbations of
 * every active scenario, then the ad-hoc ones, under a label that says what is on.
 */
import {
  type Model,
  type Perturbation,
  perturbationNodeIds,
  type Scenario,
  SHARES_TOLERANCE,
} from '@chokepoint/core';

export const ADHOC_SCENARIO_ID = 'editor-adhoc';

/**
 * Whether a perturbation says enough to act on. An ad-hoc one starts incomplete (no node chosen yet)
 * and does nothing until it is: the panel marks it, the analysis leaves it out.
 */
export function isComplete(p: Perturbation, model: Model): boolean {
  if (p.type === 'export-control') return p.country !== '';
  if (p.type === 'stockpile' && p.node === undefined) {
    return model.nodes.some((n) => n.country === p.country && n.stage === p.stage);
  }
  if (p.type === 'outage' || p.type === 'capacity' || p.type === 'demand')
    return p.node !== '' && model.nodes.some((n) => n.id === p.node);
  if (p.type === 'partners-only') return p.group !== '';
  if (p.type === 'risk-sharing') {
    // A shared project counts once its group is chosen and stated shares add up to 1.
    const total = p.shares && Object.values(p.shares).reduce<number>((s, x) => s + (x ?? 0), 0);
    if (p.group === '' || (total !== undefined && Math.abs(total - 1) > SHARES_TOLERANCE)) return false;
  }
  if (p.type === 'substitution' && (p.sink === '' || p.node === '')) return false;
  // Levers: complete when every node they name is in the model (their other fields have defaults).
  return perturbationNodeIds(p).every((id) => model.nodes.some((n) => n.id === id));
}

export function composeScenario(
  model: Model,
  activeIds: readonly string[],
  allAdhoc: readonly Perturbation[],
): Scenario | null {
  const adhoc = allAdhoc.filter((p) => isComplete(p, model));
  const active = (model.scenarios ?? []).filter((s) => activeIds.includes(s.id));
  if (active.length === 0 && adhoc.length === 0) return null;
  if (active.length === 1 && adhoc.length === 0) return active[0]!;
  const labels = active.map((s) => s.label ?? s.id);
  if (adhoc.length > 0) labels.push(`${adhoc.length} ad-hoc change${adhoc.length > 1 ? 's' : ''}`);
  // Perturbations last as long as the longest active scenario says (absent: the whole horizon).
  const durations = active.flatMap((s) => (s.durationDays === undefined ? [] : [s.durationDays]));
  return {
    id: [...active.map((s) => s.id), ...(adhoc.length > 0 ? [ADHOC_SCENARIO_ID] : [])].join('+'),
    label: labels.join(' + '),
    ...(durations.length > 0 && durations.length === active.length
      ? { durationDays: Math.max(...durations) }
      : {}),
    perturbations: [...active.flatMap((s) => s.perturbations), ...adhoc],
  };
}
