/**
 * compare
 * =======
 *
 * `compare(a, b)`: two analyses side by side with the change of every headline figure — supply, the
 * resilience score and its components (with the reasons in words), chokepoints that appear, disappear
 * or move, concentration per stage, country dependence, worst cases and redundancy. Pure; takes reports
 * (from `analyze`) or models (analysed here with `options`). See comparison.ts for the shape.
 */
import type { Model } from '../model/schema.ts';
import { type AnalyzeOptions, analyze } from './analyze.ts';
import { type ChokepointChange, COMPARISON_FORMAT, type Comparison, type Delta } from './comparison.ts';
import { REPORT_FORMAT, type Report } from './report.ts';
import { explainScoreChange, round1 } from './score/resilience.ts';

/** `b` against `a` ("a" is the baseline). Models are analysed with `options` first. */
export function compare(a: Report | Model, b: Report | Model, options: AnalyzeOptions = {}): Comparison {
  const ra = asReport(a, options);
  const rb = asReport(b, options);
  // Quantities are in each model's unit: t and kt (or t Li and t Co) cannot be subtracted. Fractions,
  // the score, HHI and shares have no unit and still compare.
  const sameUnit = ra.model.unit === rb.model.unit;
  const quantity = sameUnit ? delta : unlike;
  return {
    format: COMPARISON_FORMAT,
    a: { provenance: ra.provenance, model: ra.model, scenario: ra.scenario },
    b: { provenance: rb.provenance, model: rb.model, scenario: rb.scenario },
    warnings: sameUnit ? [] : [unitWarning(ra.model.unit, rb.model.unit)],
    supply: {
      demand: quantity(ra.supply.demand, rb.supply.demand),
      delivered: quantity(ra.supply.delivered, rb.supply.delivered),
      ratio: delta(ra.supply.ratio, rb.supply.ratio),
    },
    resilience: {
      score: pointsDelta(ra.resilience.score, rb.resilience.score),
      components: union(
        ra.resilience.components.map((c) => c.id),
        rb.resilience.components.map((c) => c.id),
      ).map((id) => {
        const ca = ra.resilience.components.find((c) => c.id === id);
        const cb = rb.resilience.components.find((c) => c.id === id);
        return {
          id,
          label: (cb ?? ca)!.label,
          value: delta(ca?.value, cb?.value),
          points: pointsDelta(ca?.points, cb?.points),
        };
      }),
      explanation: explainScoreChange(ra.resilience, rb.resilience),
    },
    chokepoints: chokepointChanges(ra, rb),
    concentration: union(
      ra.concentration.map((c) => c.stage),
      rb.concentration.map((c) => c.stage),
    ).map((stage) => {
      const ca = ra.concentration.find((c) => c.stage === stage);
      const cb = rb.concentration.find((c) => c.stage === stage);
      return {
        stage,
        hhi: delta(ca?.hhi, cb?.hhi),
        topCountry: { a: ca?.topCountry ?? null, b: cb?.topCountry ?? null },
        topShare: delta(ca?.topCountry ? ca.topShare : null, cb?.topCountry ? cb.topShare : null),
        exceedsCrmaThreshold: { a: ca?.exceedsCrmaThreshold ?? null, b: cb?.exceedsCrmaThreshold ?? null },
      };
    }),
    ...commodityChanges(ra, rb),
    countryDependence: countryChanges(ra, rb),
    worstCase: union(
      ra.worstCase.map((w) => w.k),
      rb.worstCase.map((w) => w.k),
    )
      .sort((x, y) => x - y)
      .map((k) => {
        const wa = ra.worstCase.find((w) => w.k === k);
        const wb = rb.worstCase.find((w) => w.k === k);
        return {
          k,
          shortfall: delta(wa?.shortfall, wb?.shortfall),
          nodes: { a: wa?.nodes ?? null, b: wb?.nodes ?? null },
        };
      }),
    redundancy: { overall: delta(ra.redundancy.overall, rb.redundancy.overall) },
  };
}

/** Concentration per stage and commodity, when either side has it (models with several commodities). */
function commodityChanges(ra: Report, rb: Report): Pick<Comparison, 'commodityConcentration'> {
  const a = ra.commodityConcentration ?? [];
  const b = rb.commodityConcentration ?? [];
  if (a.length === 0 && b.length === 0) return {};
  const key = (c: { stage: string; commodity: string | null }) => `${c.stage}\u0000${c.commodity ?? ''}`;
  const keys = union(a.map(key), b.map(key));
  return {
    commodityConcentration: keys.map((k) => {
      const ca = a.find((c) => key(c) === k);
      const cb = b.find((c) => key(c) === k);
      const any = (cb ?? ca)!;
      return {
        stage: any.stage,
        commodity: any.commodity,
        unit: any.unit,
        hhi: delta(ca?.hhi, cb?.hhi),
        topCountry: { a: ca?.topCountry ?? null, b: cb?.topCountry ?? null },
        topShare: delta(ca?.topCountry ? ca.topShare : null, cb?.topCountry ? cb.topShare : null),
        exceedsCrmaThreshold: { a: ca?.exceedsCrmaThreshold ?? null, b: cb?.exceedsCrmaThreshold ?? null },
      };
    }),
  };
}

function asReport(x: Report | Model, options: AnalyzeOptions): Report {
  return (x as { format: string }).format === REPORT_FORMAT ? (x as Report) : analyze(x as Model, options);
}

/** Both sides and b − a; a missing side (undefined or null) makes the change null. */
export function delta(a: number | null | undefined, b: number | null | undefined): Delta {
  const av = a ?? null;
  const bv = b ?? null;
  return { a: av, b: bv, change: av === null || bv === null ? null : bv - av };
}

/** Both sides of two quantities in different units, without a change: they cannot be subtracted. */
function unlike(a: number | null | undefined, b: number | null | undefined): Delta {
  return { ...delta(a, b), change: null };
}

/** The sentence `compare` puts in `warnings` when the units differ. */
export function unitWarning(a: string, b: string): string {
  return `the models state different units (A: "${a}", B: "${b}"): demand and delivered are shown side by side but not subtracted; fractions, the score and concentration still compare`;
}

/**
 * `delta` for figures on the score's 0.1-point grid: the change is on the grid too, so two scores
 * differ by −31.5, not −31.500000000000004.
 */
function pointsDelta(a: number | null | undefined, b: number | null | undefined): Delta {
  const d = delta(a, b);
  return d.change === null ? d : { ...d, change: round1(d.change) };
}

/** Keys of a in order, then those only in b. */
function union<T>(a: T[], b: T[]): T[] {
  const seen = new Set(a);
  return [...a, ...b.filter((x) => !seen.has(x))];
}

function chokepointChanges(ra: Report, rb: Report): Comparison['chokepoints'] {
  const rankA = new Map(ra.chokepoints.map((id, i) => [id, i + 1]));
  const rankB = new Map(rb.chokepoints.map((id, i) => [id, i + 1]));
  const nodeA = new Map(ra.nodes.map((n) => [n.id, n]));
  const nodeB = new Map(rb.nodes.map((n) => [n.id, n]));
  const ids = union(ra.chokepoints, rb.chokepoints);
  const worse = (id: string) => Math.min(rankA.get(id) ?? Infinity, rankB.get(id) ?? Infinity);
  const nodes: ChokepointChange[] = ids
    .sort((x, y) => worse(x) - worse(y) || (rankB.get(x) ?? Infinity) - (rankB.get(y) ?? Infinity))
    .map((id) => {
      const na = nodeA.get(id);
      const nb = nodeB.get(id);
      return {
        id,
        label: (nb ?? na)!.label,
        rank: { a: rankA.get(id) ?? null, b: rankB.get(id) ?? null },
        shortfallIfRemoved: delta(na?.shortfallIfRemoved, nb?.shortfallIfRemoved),
        singlePointOfFailure: { a: na?.singlePointOfFailure ?? null, b: nb?.singlePointOfFailure ?? null },
      };
    });
  return {
    added: rb.chokepoints.filter((id) => !rankA.has(id)),
    removed: ra.chokepoints.filter((id) => !rankB.has(id)),
    nodes,
  };
}

function countryChanges(ra: Report, rb: Report): Comparison['countryDependence'] {
  const la = new Map(ra.countryDependence.map((d) => [d.country, d.lostShare]));
  const lb = new Map(rb.countryDependence.map((d) => [d.country, d.lostShare]));
  const most = (c: string) => Math.max(la.get(c) ?? 0, lb.get(c) ?? 0);
  return union([...la.keys()], [...lb.keys()])
    .sort((x, y) => most(y) - most(x) || (x < y ? -1 : 1))
    .map((country) => ({ country, lostShare: delta(la.get(country), lb.get(country)) }));
}
