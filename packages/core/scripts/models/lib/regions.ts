/**
 * Consumers by region
 * ===================
 *
 * Issue 12: end-use demand split into consuming regions where a source gives a regional split, each
 * share cited; the rest of world (ZZ) takes what the named regions do not. One home for the shares
 * that several models use (electric-car sales for EV demand; wind installations).
 */
import type { ModelEdge, ModelNode } from '../../../src/model/schema.ts';
import { fmt, round } from './builder.ts';

export interface RegionShare {
  code: string;
  name: string;
  share: number;
  why: string;
}

/** Electric-car sales 2024 [IEA-GEVO25]: more than 17 million worldwide. */
const EV_WORLD = 17_000_000;
export const EV_REGIONS: RegionShare[] = [
  {
    code: 'CN',
    name: 'China',
    share: 11_000_000 / EV_WORLD,
    why: '[IEA-GEVO25] more than 11 million of more than 17 million electric cars sold in 2024',
  },
  {
    code: 'US',
    name: 'United States',
    share: 1_600_000 / EV_WORLD,
    why: '[IEA-GEVO25] 1.6 million of more than 17 million electric cars sold in 2024',
  },
  {
    code: 'IN',
    name: 'India',
    share: 99_378 / EV_WORLD,
    why: '[EVFY25] 99,378 electric cars sold in India in 2024, of more than 17 million worldwide [IEA-GEVO25]',
  },
];

/** How the battery models split EV demand: a derived split, said on every regional sink. */
export const EV_BATTERY_SPLIT =
  'Derived split: EV battery demand shared out by where electric cars were sold in 2024 (the sources read give no battery demand by country); cells are mostly made in China and travel inside the cars. The rest of world includes the EU, Japan and Korea.';

/** Wind installations 2024: shares of each source's own world total. */
export const WIND_REGIONS: RegionShare[] = [
  {
    code: 'CN',
    name: 'China',
    share: 79_824 / 117_000,
    why: '[GWEC25] China installed 79,824 MW of the world’s 117 GW in 2024',
  },
  {
    code: 'XE',
    name: 'European Union',
    share: 12.9 / 117,
    why: '[GWEC25] EU member states installed 12.9 GW of the world’s 117 GW in 2024',
  },
  {
    code: 'US',
    name: 'United States',
    share: 4.2 / 121.305,
    why: '[WWEA25] the US installed 4.2 GW of the world’s 121.3 GW in 2024',
  },
  {
    code: 'IN',
    name: 'India',
    share: 3.4 / 121.305,
    why: '[WWEA25] India installed 3.4 GW of the world’s 121.3 GW in 2024',
  },
];

/**
 * One sink per named region (`<base>-<cc>`) and the rest of world under `base` itself (country ZZ),
 * so that existing ids keep meaning "the rest". `splitNotes` goes on every regional sink: say there
 * when the split is derived rather than cited share by share. Each demand is rounded to `digits` decimals; the rest
 * takes the difference, so the regions add up to `total` exactly.
 */
export function regionalSinks(
  base: string,
  label: string,
  total: number,
  totalWhy: string,
  regions: readonly RegionShare[],
  restNotes: string,
  { unit, digits = 0, splitNotes }: { unit: string; digits?: number; splitNotes?: string },
): ModelNode[] {
  const out: ModelNode[] = [];
  let given = 0;
  for (const r of regions) {
    const v = round(total * r.share, digits);
    given += v;
    out.push({
      id: `${base}-${r.code.toLowerCase()}`,
      label: `${label} — ${r.name}`,
      stage: 'end-use',
      kind: 'sink',
      country: r.code,
      demand: v,
      source: `derived: ${totalWhy} × ${fmt(round(r.share * 100, 2))}% (${r.why}) = ${fmt(v)} ${unit}`,
      ...(r.code === 'XE' || splitNotes
        ? {
            notes: [
              splitNotes,
              r.code === 'XE'
                ? 'XE stands for the European Union as one consuming region (a user-assigned code); the eu group lists it.'
                : undefined,
            ]
              .filter(Boolean)
              .join(' '),
          }
        : {}),
    });
  }
  const rest = round(total - given, digits);
  out.push({
    id: base,
    label: `${label} — rest of world`,
    stage: 'end-use',
    kind: 'sink',
    country: 'ZZ',
    demand: rest,
    source: `derived: ${totalWhy} less the regions named (${fmt(round(given, digits))} ${unit}) = ${fmt(rest)} ${unit}`,
    notes: restNotes,
  });
  return out;
}

/**
 * Every edge into `base` repeated into each of its regional sinks (`<base>-<cc>`), unless the spec
 * already wired that pair (a spec that loops over all its sinks does).
 */
export function edgesToRegions(
  edges: readonly ModelEdge[],
  base: string,
  sinks: readonly ModelNode[],
): ModelEdge[] {
  const regional = sinks.filter((n) => n.id.startsWith(`${base}-`)).map((n) => n.id);
  const has = new Set(edges.map((e) => `${e.source}\u0000${e.target}\u0000${e.commodity ?? ''}`));
  return edges.flatMap((e) => {
    if (e.target !== base) return [e];
    const copies = regional
      .map((target) => ({ ...e, target }))
      .filter((c) => !has.has(`${c.source}\u0000${c.target}\u0000${c.commodity ?? ''}`));
    return [e, ...copies];
  });
}
