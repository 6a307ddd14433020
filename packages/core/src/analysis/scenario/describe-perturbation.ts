/**
 * Perturbations in words
 * ======================
 *
 * A short id (`export-control:CN`, `outage:mm-mine`, `capacity:us-mine=2`, `offtake:US/separation=0.5`)
 * for tables and CSV columns, and a phrase ("export control by China (CN) on magnet, allowing IN, JP")
 * for reports, so ad-hoc scenarios built on the command line or in a sweep read as well as hand-written
 * ones.
 */
import { countryName } from '../../model/countries.ts';
import type { Perturbation } from '../../model/schema.ts';

type Covering = Extract<Perturbation, { type: 'offtake' | 'price-floor' }>;

/** `a+b`, or `CN/separation`: the producers a covering lever names. */
const coveredId = (p: Covering) =>
  p.nodes?.join('+') ?? [p.country, p.stage].filter((x) => x !== undefined).join('/');
const coveredWords = (p: Covering) =>
  p.nodes?.join(', ') ??
  [
    p.stage ? `${p.stage} producers` : 'producers',
    p.country ? `in ${countryName(p.country)} (${p.country})` : '',
  ]
    .filter(Boolean)
    .join(' ');

/** A compact, stable id: type, subject and the figure or restrictions that tell two apart. */
export function perturbationId(p: Perturbation): string {
  switch (p.type) {
    case 'export-control': {
      const parts = [`export-control:${p.country}`];
      if (p.stages?.length) parts.push(`stages=${p.stages.join('+')}`);
      if (p.commodities?.length) parts.push(`commodities=${p.commodities.join('+')}`);
      const allow = [...(p.allow ?? []), ...(p.allowGroups ?? [])];
      if (allow.length) parts.push(`allow=${allow.join('+')}`);
      return parts.join(':');
    }
    case 'outage':
      return `outage:${p.node}`;
    case 'capacity':
    case 'demand':
      return `${p.type}:${p.node}=${p.factor}`;
    case 'stockpile':
      return `stockpile:${p.node ?? `${p.country}+${p.stage}`}=${p.units !== undefined ? `${p.units}u` : `${p.days}d`}`;
    case 'attrition':
      return `attrition:${p.years}y<${p.minUtilisation}`;
    case 'offtake':
      return `offtake:${coveredId(p)}=${p.share}${p.price !== undefined ? `@${p.price}` : ''}`;
    case 'price-floor':
      return `price-floor:${coveredId(p)}=${p.price}`;
    case 'recycling':
      return `recycling:${p.sinks?.join('+') ?? p.stage ?? 'all'}>${p.into}=${p.share}${p.yield !== undefined ? `x${p.yield}` : ''}`;
    case 'substitution':
      return p.node !== undefined
        ? `substitution:${p.node}/${p.alternative}=${p.maxShare}`
        : `substitution:${p.sink}>${p.to ?? 'out'}=${p.share}`;
    case 'partners-only':
      return `partners-only:${p.group}`;
    case 'new-capacity':
      return `new-capacity:${p.country}/${p.stage}=${p.capacity}`;
    case 'risk-sharing':
      return `risk-sharing:${p.group}>${p.project.country}/${p.project.stage}=${p.project.capacity}`;
  }
}

/** One phrase a person reads: "export control by China (CN) on magnet, allowing India (IN)". */
export function describePerturbation(p: Perturbation): string {
  switch (p.type) {
    case 'export-control': {
      let out = `export control by ${countryName(p.country)} (${p.country})`;
      if (p.stages?.length) out += ` on ${p.stages.join(', ')}`;
      if (p.commodities?.length) out += ` for ${p.commodities.join(', ')}`;
      const allow = [...(p.allow ?? []), ...(p.allowGroups ?? []).map((g) => `group ${g}`)];
      if (allow.length) out += `, allowing ${allow.join(', ')}`;
      return out;
    }
    case 'outage':
      return `outage of ${p.node}`;
    case 'capacity':
      return `capacity of ${p.node} ×${p.factor}`;
    case 'demand':
      return `demand of ${p.node} ×${p.factor}`;
    case 'stockpile': {
      const where = p.node ?? `the ${p.stage} nodes of ${countryName(p.country!)} (${p.country})`;
      const what = p.units !== undefined ? `${p.units} units` : `${p.days} days of output`;
      return `stockpile of ${what} at ${where}`;
    }
    case 'attrition':
      return `${p.years} year${p.years === 1 ? '' : 's'} of price pressure: producers dispatched below ${pct(p.minUtilisation)} of capacity exit`;
    case 'offtake':
      return `offtake of ${pct(p.share)} of the capacity of ${coveredWords(p)}${p.price !== undefined ? ` at ${p.price} a unit` : ''}`;
    case 'price-floor':
      return `price floor of ${p.price} a unit for ${coveredWords(p)}`;
    case 'recycling':
      return `recycling ${pct(p.share)} of what is consumed by ${p.sinks?.join(', ') ?? (p.stage ? `the ${p.stage} consumers` : 'every consumer')}${p.yield !== undefined ? ` (yield ${pct(p.yield)})` : ''} back into ${p.into}`;
    case 'substitution':
      return p.node !== undefined
        ? `substitution at ${p.node}: alternative ${p.alternative} up to ${pct(p.maxShare ?? 0)}`
        : `substitution: ${pct(p.share ?? 0)} of the demand of ${p.sink} moves ${p.to ? `to ${p.to}` : 'out of the chain'}`;
    case 'partners-only':
      return `partners only: every node outside group ${p.group} stops`;
    case 'new-capacity':
      return `new ${p.stage} capacity of ${p.capacity} in ${countryName(p.country)} (${p.country})`;
    case 'risk-sharing': {
      const q = p.project;
      const split = p.shares
        ? Object.entries(p.shares)
            .map(([c, x]) => `${c} ${pct(x ?? 0)}`)
            .join(', ')
        : 'in proportion to demand';
      return `shared project of group ${p.group}: new ${q.stage} capacity of ${q.capacity} in ${countryName(q.country)} (${q.country}), capex ${q.capex} split ${split}`;
    }
  }
}

function pct(x: number): string {
  return `${Math.round(x * 1000) / 10}%`;
}
