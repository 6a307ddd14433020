/**
 * Colours
 * =======
 *
 * Each country keeps one colour wherever it appears (the view, the legend, the concentration bars,
 * exported pictures) and whatever else is in the model: the colour follows from the ISO code alone.
 * Producers common in critical-mineral chains have a fixed hue (Tableau 10, then Tableau 20's lighter
 * and extra hues, chosen for telling hues apart, colour-blind aware); any other code is hashed into
 * the same palette, so it is stable too (two rare codes may share a hue: the legend and hovering tell
 * them apart). "Rest of world" (ZZ) is grey. Risk is a sequential ramp from calm grey-blue to alarm red;
 * the red of single points of failure is kept out of the country palette so it always means "breaks
 * the chain".
 */

export const COUNTRY_PALETTE = [
  '#4e79a7',
  '#f28e2b',
  '#59a14f',
  '#b07aa1',
  '#76b7b2',
  '#edc948',
  '#9c755f',
  '#ff9da7',
  '#86bcb6',
  '#8cd17d',
  '#b6992d',
  '#a0cbe8',
  '#ffbe7d',
  '#d37295',
  '#499894',
  '#fabfd2',
  '#d4a6c8',
  '#9d7660',
  '#d7b5a6',
  '#f1ce63',
] as const;

/** Fixed hues for the usual producers (those of the embedded models first, the picture people know). */
const FIXED: Readonly<Record<string, string>> = Object.fromEntries(
  [
    'CN',
    'US',
    'AU',
    'MM',
    'TH',
    'MY',
    'IN',
    'JP',
    'MG',
    'RU',
    'BR',
    'CA',
    'CL',
    'CD',
    'ID',
    'KR',
    'ZA',
    'TR',
    'DE',
    'KZ',
  ].map((code, i) => [code, COUNTRY_PALETTE[i]!]),
);
export const OTHER_COUNTRY = '#b4bcc8';
export const NO_COUNTRY = '#d5dae1';

/** The colour of a country, from its code alone; grey for rest of world (ZZ) and for no country. */
export function countryColor(code: string | null): string {
  if (code === null) return NO_COUNTRY;
  if (code === 'ZZ') return OTHER_COUNTRY;
  const fixed = FIXED[code];
  if (fixed) return fixed;
  // FNV-1a over the code's letters: the same code always lands on the same hue.
  let h = 0x811c9dc5;
  for (let i = 0; i < code.length; i++) h = Math.imul(h ^ code.charCodeAt(i), 0x01000193);
  return COUNTRY_PALETTE[(h >>> 0) % COUNTRY_PALETTE.length]!;
}

export const SPOF = '#d6273b';
export const SELECTED = '#1d2433';
export const SEARCH_HIT = '#7048e8';

export const EDGE = '#a9b4c2';
export const EDGE_IDLE = '#dfe4ea';
export const EDGE_BLOCKED = '#d6273b';
export const EDGE_REDUCED = '#f08c00';

/**
 * Edge colours by commodity: saturated hues (from ColorBrewer Dark2 and Paired) without red, orange or
 * yellow, which under a scenario mean "blocked" and "carries less". Darker than the country hues of
 * the nodes, so an edge does not read as a node's country. Assigned in the model's commodity order
 * (listed first, then as first carried), so a commodity keeps its colour while edges are added.
 */
export const COMMODITY_PALETTE = [
  '#1b9e77',
  '#7570b3',
  '#1f78b4',
  '#66a61e',
  '#17becf',
  '#e7298a',
  '#253494',
  '#8c6d62',
  '#555f6d',
] as const;

/** Commodity → colour, in the given order (the palette repeats after nine). */
export function commodityColors(ids: readonly string[]): Map<string, string> {
  return new Map(ids.map((id, i) => [id, COMMODITY_PALETTE[i % COMMODITY_PALETTE.length]!]));
}

/** Country → colour for the given codes (each code's own colour; see `countryColor`). */
export function countryColors(codes: readonly string[]): Map<string, string> {
  return new Map(codes.map((c) => [c, countryColor(c)]));
}

const RISK_STOPS: readonly [number, [number, number, number]][] = [
  [0, [0xc9, 0xd3, 0xdf]],
  [0.1, [0xf6, 0xc3, 0x5b]],
  [0.3, [0xef, 0x7d, 0x32]],
  [0.6, [0xd6, 0x27, 0x3b]],
];

/** Colour for a shortfall fraction (0 = nothing lost if the node goes, 0.6+ = most demand lost). */
export function riskColor(shortfall: number): string {
  const x = Math.max(0, Math.min(1, shortfall));
  let [p0, c0] = RISK_STOPS[0]!;
  for (const [p1, c1] of RISK_STOPS) {
    if (x <= p1) {
      const t = p1 === p0 ? 0 : (x - p0) / (p1 - p0);
      return hex(c0.map((v, i) => v + (c1[i]! - v) * t) as [number, number, number]);
    }
    [p0, c0] = [p1, c1];
  }
  return hex(c0);
}

function hex(rgb: readonly number[]): string {
  return `#${rgb.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
}
