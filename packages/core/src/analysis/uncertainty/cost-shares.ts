/**
 * Who pays what share of a shared project
 * =======================================
 *
 * A `risk-sharing` lever (docs/uncertainty.md) splits a project's capex and expected political loss
 * among the members of a country group. Stated `shares` must name members only and add up to 1
 * (members left out pay nothing). Absent, each member pays in proportion to its demand in the model as
 * given (Σ demand of its consumers, before any scenario): who consumes more, gains more from secure
 * supply. When no member has a consumer in the model, the members share equally.
 *
 * The expected political loss is the host's yearly disruption probability (countryRisk, resolved as
 * `chokepoint risk` does) × the project's capex: the capital a disruption of the host strands, weighted
 * by how likely that is in a year. A host without a countryRisk entry has probability 0.
 */
import { type Model, type Perturbation, SHARES_TOLERANCE } from '../../model/schema.ts';
import { resolveCountryRisk } from './country-risk.ts';

export type RiskSharing = Extract<Perturbation, { type: 'risk-sharing' }>;

export interface CostShares {
  /** The group's members in the group's order, each with its share (they add up to 1). */
  members: { country: string; share: number }[];
  basis: 'stated' | 'demand' | 'equal';
  problems: { path: (string | number)[]; message: string }[];
}

export function costShares(model: Model, p: RiskSharing): CostShares {
  const group = model.groups?.find((g) => g.id === p.group);
  if (!group) {
    const ids = (model.groups ?? []).map((g) => `"${g.id}"`).join(', ');
    return {
      members: [],
      basis: 'equal',
      problems: [
        { path: ['group'], message: `unknown group "${p.group}"; the model's groups are ${ids || 'none'}` },
      ],
    };
  }
  const countries = [...new Set<string>(group.countries)];
  if (p.shares !== undefined) {
    const problems: CostShares['problems'] = [];
    const stated = p.shares as Record<string, number | undefined>;
    for (const key of Object.keys(stated)) {
      if (!countries.includes(key))
        problems.push({
          path: ['shares', key],
          message: `${key} is not a member of group "${group.id}" (its members are ${countries.join(', ')})`,
        });
    }
    const sum = Object.values(stated).reduce<number>((s, x) => s + (x ?? 0), 0);
    if (Math.abs(sum - 1) > SHARES_TOLERANCE)
      problems.push({
        path: ['shares'],
        message: `the shares add up to ${round(sum)}; they must add up to 1`,
      });
    return {
      members: countries.map((country) => ({ country, share: stated[country] ?? 0 })),
      basis: 'stated',
      problems,
    };
  }
  const demand = countries.map((c) =>
    model.nodes.reduce((s, n) => s + (n.country === c && n.demand !== undefined ? n.demand : 0), 0),
  );
  const total = demand.reduce((s, d) => s + d, 0);
  if (total > 0) {
    return {
      members: countries.map((country, k) => ({ country, share: demand[k]! / total })),
      basis: 'demand',
      problems: [],
    };
  }
  return {
    members: countries.map((country) => ({ country, share: 1 / countries.length })),
    basis: 'equal',
    problems: [],
  };
}

/** The host's yearly disruption probability and how it was obtained ('none': no countryRisk entry). */
export function hostRisk(
  model: Model,
  host: string,
): { probability: number; basis: 'stated' | 'wgi-mapping' | 'none' } {
  const r = resolveCountryRisk(model).find((x) => x.country === host);
  return r ? { probability: r.probability, basis: r.basis } : { probability: 0, basis: 'none' };
}

/** Expected political loss a year: the host's disruption probability × the project's capex. */
export function expectedPoliticalLoss(model: Model, p: RiskSharing): number {
  return hostRisk(model, p.project.country).probability * p.project.capex;
}

function round(x: number): string {
  return String(Math.round(x * 1e6) / 1e6);
}
