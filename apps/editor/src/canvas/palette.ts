/**
 * Colours
 * =======
 *
 * Countries get a categorical palette (Tableau 10, chosen for telling ten hues apart, colour-blind
 * aware) in order of their capacity in the model, so the dominant producer always gets the first
 * colour and the picture of one model never shuffles between sessions; the long tail shares a grey.
 * Risk is a sequential ramp from calm grey-blue to alarm red. The red of single points of failure is
 * kept out of the country palette so it always means "breaks the chain".
 */

export const COUNTRY_COLORS = [
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
] as const;
export const OTHER_COUNTRY = '#b4bcc8';
export const NO_COUNTRY = '#d5dae1';

export const SPOF = '#d6273b';
export const SELECTED = '#1d2433';
export const SEARCH_HIT = '#7048e8';

export const EDGE = '#a9b4c2';
export const EDGE_IDLE = '#dfe4ea';
export const EDGE_BLOCKED = '#d6273b';
export const EDGE_REDUCED = '#f08c00';

/** Country → colour, for countries ranked by capacity (biggest first). */
export function countryColors(ranked: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  ranked.forEach((c, i) => {
    map.set(c, COUNTRY_COLORS[i] ?? OTHER_COUNTRY);
  });
  return map;
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
