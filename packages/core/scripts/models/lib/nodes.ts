/**
 * Country nodes of one stage
 * ==========================
 *
 * Turns a by-country table into nodes: one per named country plus one "rest of world" (ZZ) node
 * holding the sum of the others, each with a source line that quotes the figure.
 */
import type { ModelNode } from '../../../src/model/schema.ts';
import { countryName, fmt, keepCountries, round } from './builder.ts';
import { nid } from './sources.ts';

export interface StageSpec {
  stage: string;
  /** Node id suffix: "mine" → "cn-mine". */
  suffix: string;
  /** Label after the country name: "mining" → "China — mining". */
  what: string;
  kind: ModelNode['kind'];
  commodity?: string;
  /** Countries that get a node of their own; the rest are summed into ZZ. */
  keep: readonly string[];
  /** What the figures are: "[MCS25] cobalt, mine production 2024e"; a source reads "<ref>, China: 2,000 t". */
  ref: string;
  /** Unit after each figure: "t", "kt", "kg". */
  unit: string;
  /** Extra notes per country code. */
  notes?: Record<string, string>;
}

export function stageNodes(table: ReadonlyMap<string, number>, s: StageSpec): ModelNode[] {
  const { kept, others: sum, otherCodes } = keepCountries(table, s.keep);
  const others = round(sum, 3);
  const nodes: ModelNode[] = [];
  const push = (code: string, value: number, source: string, label: string) =>
    nodes.push({
      id: nid(code, s.suffix),
      label: `${label} — ${s.what}`,
      stage: s.stage,
      country: code,
      kind: s.kind,
      ...(s.commodity ? { commodity: s.commodity } : {}),
      capacity: value,
      source,
      ...(s.notes?.[code] ? { notes: s.notes[code] } : {}),
    });
  for (const [code, value] of kept) {
    const name = code === 'ZZ' ? 'other countries' : countryName(code);
    push(code, value, `${s.ref}, ${name}: ${fmt(value)} ${s.unit}`, countryName(code));
  }
  if (otherCodes.length > 0 && !kept.some(([c]) => c === 'ZZ')) {
    const parts = otherCodes.map((c) => (c === 'ZZ' ? 'other countries' : countryName(c)));
    const terms = otherCodes.map((c, i) => `${parts[i]} ${fmt(table.get(c)!)}`).join(' + ');
    push(
      'ZZ',
      others,
      `${s.ref}: ${terms} = ${fmt(others)} ${s.unit}`,
      otherCodes.includes('ZZ') ? 'Rest of world' : `Rest of world (${parts.join(', ')})`,
    );
  }
  return nodes;
}
