/**
 * Shared finance: each member's cost and gain
 * ===========================================
 *
 * For every `risk-sharing` lever of a scenario (docs/uncertainty.md has the definitions; this file
 * follows them):
 *
 * - each member's share (cost-shares.ts: stated, else by demand, else equal);
 * - its cost: share × capex (one-off) and share × expected political loss (a year), where the expected
 *   political loss is the host's yearly disruption probability × capex; and what it loses if the host
 *   does disrupt: share × capex (the political backstop caps a member's loss at its share);
 * - its gain: what its consumers are served under the whole scenario minus what they are served under
 *   the scenario without this lever (served per country as in the report's `countrySupply`, by the
 *   engine's own fair split);
 * - going alone: the member financing the same project by itself pays the whole capex and bears the
 *   whole expected loss. Who paid does not change where the material flows, so its gain is the same:
 *   the comparison is what each member pays for that gain.
 */
import type { Model, Scenario } from '../../model/schema.ts';
import { countrySupply } from '../flow/country-supply.ts';
import { indexModel } from '../indexed-graph.ts';
import { servedByNode } from '../levers/served.ts';
import type { RiskSharingReport } from '../report.ts';
import { describePerturbation, perturbationId } from '../scenario/describe-perturbation.ts';
import { costShares, hostRisk, type RiskSharing } from './cost-shares.ts';

/** Served per consuming country of an applied model, by the engine's fair split. */
function servedByCountry(effective: Model): Map<string | null, number> {
  const served = servedByNode(effective);
  const rows = countrySupply(effective, indexModel(effective), served);
  return new Map(rows.map((r) => [r.country, r.served]));
}

/**
 * The risk-sharing rows of a scenario. `model` is the model the scenario applies to, `effective` the
 * result (with `added`/`addedBy` from applyScenarioWithEffects), `apply` applies a scenario to `model`.
 */
export function riskSharingReport(
  model: Model,
  scenario: Scenario,
  effective: Model,
  added: readonly string[],
  addedBy: readonly number[],
  apply: (model: Model, scenario: Scenario) => Model,
): RiskSharingReport[] {
  const levers = scenario.perturbations.flatMap((p, index) =>
    p.type === 'risk-sharing' ? [{ p: p as RiskSharing, index }] : [],
  );
  if (levers.length === 0) return [];
  const withAll = servedByCountry(effective);
  return levers.map(({ p, index }) => {
    const without = apply(model, {
      ...scenario,
      perturbations: scenario.perturbations.filter((_, k) => k !== index),
    });
    const before = servedByCountry(without);
    const risk = hostRisk(model, p.project.country);
    const capex = p.project.capex;
    const expectedLoss = risk.probability * capex;
    const shares = costShares(model, p);
    const members = shares.members.map(({ country, share }) => {
      const servedWithout = before.get(country) ?? 0;
      const servedWith = withAll.get(country) ?? 0;
      return {
        country,
        share,
        capex: share * capex,
        expectedLoss: share * expectedLoss,
        lossIfHostDisrupts: share * capex,
        servedWithout,
        servedWith,
        gain: servedWith - servedWithout,
        alone: { capex, expectedLoss, lossIfHostDisrupts: capex },
      };
    });
    return {
      index,
      id: perturbationId(p),
      label: describePerturbation(p),
      group: p.group,
      node: added[addedBy.indexOf(index)] ?? '',
      host: p.project.country,
      hostProbability: risk.probability,
      probabilityBasis: risk.basis,
      capex,
      expectedLoss,
      sharesBasis: shares.basis,
      totalGain: members.reduce((s, m) => s + m.gain, 0),
      members,
    };
  });
}
