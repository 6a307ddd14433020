/**
 * Model builder
 * =============
 *
 * Small helpers the model specs share: number formatting for citations, country labels, grouping of
 * small producers into "other countries", the country groups every model carries, the "partners only
 * (MSP)" scenario, and `assemble`, which adds the bibliography and checks the result with the same
 * `validateModel` that users' files go through.
 */
import type {
  Candidate,
  Commodity,
  Group,
  Model,
  ModelEdge,
  ModelNode,
  Scenario,
} from '../../../src/model/schema.ts';
import { validateModel } from '../../../src/model/validate.ts';
import { referencesQuoted } from './references.ts';

/** 270000 → "270,000"; 0.1042 → "0.1042". */
export function fmt(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 4 });
}

/** Rounds half away from zero to `digits` decimals, so that figures print as they are stored. */
export function round(x: number, digits = 0): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

const LABELS: Record<string, string> = {
  CD: 'DR Congo',
  CI: 'Côte d’Ivoire',
  GB: 'United Kingdom',
  KP: 'North Korea',
  KR: 'South Korea',
  MM: 'Myanmar',
  US: 'United States',
  XE: 'European Union',
  ZZ: 'Rest of world',
};
const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** English name of an ISO code for labels ("ZZ" → "Rest of world"). */
export function countryName(code: string): string {
  return LABELS[code] ?? regionNames.of(code) ?? code;
}

/** Splits a by-country table into the countries a model names and the sum of the rest. */
export function keepCountries(
  table: ReadonlyMap<string, number>,
  keep: readonly string[],
): { kept: [string, number][]; others: number; otherCodes: string[] } {
  const kept: [string, number][] = [];
  for (const code of keep) {
    const v = table.get(code);
    if (v === undefined) throw new Error(`no figure for ${code} (have: ${[...table.keys()].join(', ')})`);
    kept.push([code, v]);
  }
  let others = 0;
  const otherCodes: string[] = [];
  for (const [code, v] of table) {
    if (keep.includes(code)) continue;
    others += v;
    otherCodes.push(code);
  }
  if (otherCodes.length > 0 && keep.includes('ZZ')) {
    throw new Error(
      `ZZ is kept, so ${otherCodes.join(', ')} have nowhere to go: leave ZZ out of the keep list`,
    );
  }
  return { kept, others, otherCodes };
}

// ---------------------------------------------------------------------------------------------------
// Country groups, the same in every model.

const MSP = ['AU', 'CA', 'EE', 'FI', 'FR', 'DE', 'IN', 'IT', 'JP', 'NO', 'KR', 'SE', 'GB', 'US'];
const EU27 = 'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' ');

export const GROUPS: Group[] = [
  {
    id: 'msp',
    label: 'Minerals Security Partnership (MSP, Jun 2022 – Feb 2026)',
    countries: MSP,
    joined: { IN: '2023-06', EE: '2024-03' },
    source:
      '[MSP] members as of 2024; launched June 2022; India joined June 2023, Estonia March 2024. [FORGE26] replaced by FORGE on 4 Feb 2026',
    notes:
      'History: the MSP ran from June 2022 until FORGE replaced it on 4 Feb 2026; kept so that earlier scenarios can be read as they were. The European Union (European Commission) was also a partner; it is not a country and is not listed. Joining dates of the other members are not in the sources read (founders from June 2022).',
  },
  {
    id: 'forge',
    label: 'FORGE (Forum on Resource Geostrategic Engagement), from 4 Feb 2026 — incomplete',
    countries: ['US', 'KR'],
    joined: { US: '2026-02-04', KR: '2026-02-04' },
    source:
      '[FORGE26] launched 4 Feb 2026 by the United States as successor to the MSP; the Republic of Korea chairs until June 2026',
    notes:
      'Membership INCOMPLETE: no member list is published in the sources read ("membership still being clarified"). Only the host (US) and the chair (Korea) are listed. 54 countries and the European Commission took part in the launch ministerial, and one report says the MSP was relaunched as FORGE, but neither makes a country a member; add members as lists appear.',
  },
  {
    id: 'quad',
    label: 'Quad (Critical Minerals Initiative)',
    countries: ['AU', 'IN', 'JP', 'US'],
    joined: { AU: '2025-07-01', IN: '2025-07-01', JP: '2025-07-01', US: '2025-07-01' },
    source: '[QUAD25] Quad Critical Minerals Initiative launched 1 Jul 2025',
  },
  {
    id: 'pax-silica',
    label: 'Pax Silica signatories',
    countries: ['US', 'JP', 'KR', 'SG', 'GB', 'IL', 'AU', 'GR', 'QA', 'AE', 'IN'],
    joined: {
      US: '2025-12-12',
      JP: '2025-12-12',
      KR: '2025-12-12',
      SG: '2025-12-12',
      GB: '2025-12-12',
      IL: '2025-12-12',
      AU: '2025-12-12',
      IN: '2026-02-20',
    },
    source:
      '[PAXSILICA] founding signatories 12 Dec 2025; Greece, Qatar and the UAE listed by Feb 2026; India signed 20 Feb 2026',
    notes:
      'The roster changes quickly. Canada, the Netherlands, the EU, the OECD and Taiwan took part without signing; one source lists the Netherlands as a founder. Signing dates of Greece, Qatar and the UAE are not in the sources read.',
  },
  {
    id: 'eu',
    label: 'European Union',
    countries: [...EU27, 'XE'],
    source: '[EU] the 27 member states',
    notes:
      'XE (user-assigned) stands for the EU as one consuming region, where a source gives a figure for the EU as a whole.',
  },
];

/**
 * "Partners only (MSP)": every country outside the MSP stops exporting. Aggregates such as "rest of
 * world" (ZZ) are left open, because their members are mixed (in a processing stage they are mostly
 * Japan and Korea, in a mining stage mostly non-members); so are nodes without a country.
 */
export function partnersOnlyScenario(nodes: readonly ModelNode[]): Scenario {
  const outside = [...new Set(nodes.map((n) => n.country).filter((c): c is string => !!c))]
    .filter((c) => !MSP.includes(c) && c !== 'ZZ')
    .sort();
  return {
    id: 'partners-only-msp',
    label: 'Partners only (MSP)',
    description:
      'Supply only from Minerals Security Partnership members: every other named country stops exporting; flows inside each country continue. "Rest of world" aggregates and nodes without a country stay open, so read the result as an upper bound. A what-if, not an event.',
    source: '[MSP] membership as listed in the msp group',
    perturbations: outside.map((country) => ({ type: 'export-control' as const, country })),
  };
}

/**
 * The partners-only lever (issue 15) for today's groups: "can FORGE / the Quad / Pax Silica supply
 * itself without China?" Every node in a country outside the group stops, the rest-of-world
 * aggregates (ZZ) included; nodes without a country stay (docs/levers.md).
 */
export function partnersOnlyLevers(): Scenario[] {
  const lever = (group: string, name: string, source: string, caveat = ''): Scenario => ({
    id: `partners-only-${group}`,
    label: `Partners only (${name}, lever)`,
    description: `The partners-only lever: every node in a country outside ${name} stops (an outage), China's and the rest-of-world aggregates' (ZZ, whose members are mixed) included, consumers too; nodes without a country stay. "Can ${name} supply itself without China?"${caveat ? ` ${caveat}` : ''} Unlike partners-only-msp (other countries stop exporting), nothing outside the group runs at all. A what-if, not an event.`,
    source,
    perturbations: [{ type: 'partners-only', group }],
  });
  return [
    lever(
      'forge',
      'FORGE',
      '[FORGE26]',
      'FORGE’s membership is incomplete in the sources read (the US and Korea only): read the result as a lower bound.',
    ),
    lever('quad', 'the Quad', '[QUAD25]'),
    lever('pax-silica', 'Pax Silica', '[PAXSILICA]'),
  ];
}

// ---------------------------------------------------------------------------------------------------

export interface ModelParts {
  name: string;
  description: string;
  year: number;
  unit: string;
  stages: string[];
  nodes: ModelNode[];
  edges: ModelEdge[];
  scenarios: Scenario[];
  notes?: string;
  /** The commodities of a multi-commodity model, each with its unit. */
  commodities?: Commodity[];
  /** Candidate fixes for `chokepoint suggest`: only those whose cost and capacity the sources give. */
  candidates?: Candidate[];
}

/** Adds groups, the partners-only scenario and levers and the bibliography, then validates. */
export function assemble(parts: ModelParts): Model {
  const scenarios = [...parts.scenarios, partnersOnlyScenario(parts.nodes), ...partnersOnlyLevers()];
  // Every string of the model may quote a reference: sources, citations, notes, descriptions.
  const texts: string[] = [];
  JSON.stringify(
    [
      parts.commodities,
      parts.nodes,
      parts.edges,
      GROUPS,
      scenarios,
      parts.candidates,
      parts.notes,
      parts.description,
    ],
    (_k, v) => {
      if (typeof v === 'string') texts.push(v);
      return v;
    },
  );
  const model: Model = {
    format: 'chokepoint/v1',
    name: parts.name,
    description: parts.description,
    year: parts.year,
    unit: parts.unit,
    stages: parts.stages,
    ...(parts.commodities ? { commodities: parts.commodities } : {}),
    nodes: parts.nodes,
    edges: parts.edges,
    groups: GROUPS,
    scenarios,
    ...(parts.candidates?.length ? { candidates: parts.candidates } : {}),
    references: referencesQuoted(texts),
    ...(parts.notes ? { notes: parts.notes } : {}),
  };
  const result = validateModel(model);
  if (!result.ok) {
    const lines = result.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`model "${parts.name}" is invalid:\n${lines.join('\n')}`);
  }
  return model;
}
