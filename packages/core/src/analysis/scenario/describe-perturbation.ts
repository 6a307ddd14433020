/**
 * Perturbations in words
 * ======================
 *
 * A short id (`export-control:CN`, `outage:mm-mine`, `capacity:us-mine=2`) for tables and CSV columns,
 * and a phrase ("export control by China (CN) on magnet, allowing IN, JP") for reports, so ad-hoc
 * scenarios built on the command line or in a sweep read as well as hand-written ones.
 */
import { countryName } from '../../model/countries.ts';
import type { Perturbation } from '../../model/schema.ts';

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
  }
}
