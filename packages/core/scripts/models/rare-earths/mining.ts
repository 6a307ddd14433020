/**
 * Rare earths: mines and where their ore goes
 * ===========================================
 *
 * A mine node per country (t REO). Each mine sends its magnet rare earths to a separation plant, on a
 * "magnet REO" edge whose capacity is the IEA's magnet rare earths mined there, and the rest of its
 * oxide (mostly La and Ce) to the non-magnet uses.
 */
import type { ModelEdge, ModelNode } from '../../../src/model/schema.ts';
import { countryName, fmt, round } from '../lib/builder.ts';
import { nid } from '../lib/sources.ts';
import type { RareEarthContext } from './context.ts';

/** Where the mines the IEA does not name send their magnet rare earths, and why we think so. */
const ROUTES: Record<string, { to: string; why: string }> = {
  TH: { to: 'CN', why: "[MCS26] USGS estimates Thailand's output from China's import data" },
  MG: { to: 'CN', why: "[MCS26] USGS estimates Madagascar's output from China's import data" },
  MY: { to: 'CN', why: "[MCS26] USGS estimates Malaysia's mine output from China's import data" },
  VN: { to: 'CN', why: "[MCS26] USGS estimates Vietnam's output from China's import data" },
  NG: { to: 'CN', why: "[MCS25] USGS estimated Nigeria's output from China's import data" },
  ZZ: {
    to: 'CN',
    why: '[RAWMAT-LA] the other producers include Laos, whose ionic-clay miners are Chinese-owned and whose heavy rare-earth ore China processes',
  },
  IN: { to: 'IN', why: '[IREL-NDPR] IREL separates India’s monazite' },
  RU: {
    to: 'ZZ',
    why: 'route not in the sources read; Russia’s own separation is counted in the rest of world',
  },
  BR: { to: 'ZZ', why: 'route not in the sources read; counted with rest-of-world separation' },
};

export const NON_MAGNET_SINK = 'non-magnet-uses';

export function miningStage(ctx: RareEarthContext): { nodes: ModelNode[]; edges: ModelEdge[] } {
  const { mine, ieaMine, ieaRefine } = ctx;
  const nodes: ModelNode[] = [...mine].map(([code, m]) => ({
    id: nid(code, 'mine'),
    label: `${countryName(code)}${code === 'ZZ' ? ' (incl. Laos)' : ''} — mining`,
    stage: 'mining',
    country: code,
    kind: 'source',
    commodity: 'REO',
    capacity: m.value,
    source: m.source,
    ...(code === 'CN' ? { notes: 'Production quota; excludes undocumented output [MCS26].' } : {}),
    ...(code === 'MM'
      ? { notes: 'Ionic clays rich in Dy and Tb; USGS estimates the output from China’s imports.' }
      : {}),
  }));

  const edges: ModelEdge[] = [];
  const toSep = (code: string, to: string, capacity: number, citation: string) =>
    edges.push({
      source: nid(code, 'mine'),
      target: nid(to, 'sep'),
      commodity: 'magnet REO',
      capacity,
      citation,
    });
  const mined = (code: string, name: string) =>
    `[IEA-CMD25] magnet rare earths mined 2024, ${name}: ${fmt(ieaMine.get(code)!)} t`;

  toSep('CN', 'CN', ieaMine.get('CN')!, mined('CN', 'China'));
  toSep(
    'MM',
    'CN',
    ieaMine.get('MM')!,
    `${mined('MM', 'Myanmar')}; [MCS26] USGS estimates Burma's output from China's import data; [REUTERS21] China relies on Myanmar for about half its heavy rare-earth feedstock`,
  );
  const usMined = ieaMine.get('US')!;
  const usSeparated = ieaRefine.get('US')!;
  toSep(
    'US',
    'US',
    usSeparated,
    `[IEA-CMD25] US magnet rare-earth refining 2024: ${fmt(usSeparated)} t, from Mountain Pass ore`,
  );
  toSep(
    'US',
    'CN',
    usMined - usSeparated,
    `derived: [IEA-CMD25] magnet rare earths mined in the US 2024 (${fmt(usMined)} t) less those separated there (${fmt(usSeparated)} t) = ${fmt(usMined - usSeparated)} t, shipped to China as concentrate; [REUTERS25] China's imports from the US`,
  );
  toSep(
    'AU',
    'MY',
    ieaMine.get('AU')!,
    `${mined('AU', 'Australia')}; [SEAISI24] Lynas Mt Weld and Kalgoorlie feed Lynas Malaysia`,
  );

  // The IEA's "rest of world" is spread over the mines it does not name, in proportion to their REO.
  const rest = [...mine.keys()].filter((c) => !['CN', 'MM', 'US', 'AU'].includes(c));
  const restReo = rest.reduce((s, c) => s + mine.get(c)!.value, 0);
  const ieaRest = ieaMine.get('ZZ') ?? 0;
  for (const code of rest) {
    const route = ROUTES[code];
    if (!route) throw new Error(`rare earths: no route for mine ${code}; add one to ROUTES in mining.ts`);
    const reo = mine.get(code)!.value;
    const cap = round((ieaRest * reo) / restReo);
    toSep(
      code,
      route.to,
      cap,
      `derived: [IEA-CMD25] rest-of-world magnet rare earths mined 2024 (${fmt(ieaRest)} t) × this mine's share of the other mines' REO (${fmt(reo)} / ${fmt(restReo)} t) = ${fmt(cap)} t; ${route.why}`,
    );
  }
  for (const code of mine.keys()) {
    edges.push({
      source: nid(code, 'mine'),
      target: NON_MAGNET_SINK,
      commodity: 'other REO',
      citation:
        "model structure: the part of each mine's oxide that is not magnet rare earths (mostly La and Ce) goes to non-magnet uses",
    });
  }
  return { nodes, edges };
}
