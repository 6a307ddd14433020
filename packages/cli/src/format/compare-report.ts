/**
 * A comparison as text or Markdown
 * ================================
 *
 * `compare`'s `Comparison` laid out as sections of side-by-side tables (A, B, change), built once as
 * data and rendered twice: padded columns for the terminal, pipe tables for papers. The same sections,
 * shortened, are the "change against the baseline" that `chokepoint scenario` prints after its report.
 */
import { type Comparison, countryName, type Delta } from '@chokepoint/core';
import { LEVER_COLUMNS, leverRows } from './lever-rows.ts';
import { markdownTable } from './markdown-table.ts';
import { provenanceLine } from './provenance.ts';
import { type Column, renderTable } from './table.ts';

interface Section {
  title: string;
  columns: Column[];
  rows: string[][];
  /** Lines after the table (or instead of it when there are no rows). */
  notes?: string[];
}

const num = (x: number | null, digits = 0) =>
  x === null
    ? '—'
    : x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);
const signed = (x: number | null, text: (v: number) => string) =>
  x === null ? '—' : x === 0 || Math.abs(x) < 1e-12 ? '0' : `${x > 0 ? '+' : '-'}${text(Math.abs(x))}`;
const qtyChange = (d: Delta) => signed(d.change, (v) => num(v));
const ppChange = (d: Delta) => signed(d.change, (v) => `${(v * 100).toFixed(1)} pp`);
const side = (c: Comparison['a']) =>
  `${c.model.name}${c.model.year ? ` (${c.model.year})` : ''}${c.scenario ? ` — scenario: ${c.scenario.label} (${c.scenario.id})` : ''}`;
const num3 = [
  { header: 'A', align: 'right' },
  { header: 'B', align: 'right' },
  { header: 'change', align: 'right' },
] as const satisfies Column[];

export function compareSections(c: Comparison, options: { top?: number; brief?: boolean } = {}): Section[] {
  const top = options.top ?? 10;
  const sections: Section[] = [];
  const s = c.supply;
  const r = c.resilience;
  sections.push({
    title: 'Supply and resilience',
    columns: [{ header: 'figure' }, ...num3],
    rows: [
      ['delivered', num(s.delivered.a), num(s.delivered.b), qtyChange(s.delivered)],
      ['demand', num(s.demand.a), num(s.demand.b), qtyChange(s.demand)],
      ['supply ratio', pct(s.ratio.a), pct(s.ratio.b), ppChange(s.ratio)],
      ['resilience score', num(r.score.a, 1), num(r.score.b, 1), signed(r.score.change, (v) => v.toFixed(1))],
      ...r.components.map((k) => [
        `  ${k.label.toLowerCase()} (served)`,
        pct(k.value.a),
        pct(k.value.b),
        ppChange(k.value),
      ]),
      ...(options.brief
        ? []
        : [
            [
              'redundancy (nodes to cut)',
              num(c.redundancy.overall.a),
              num(c.redundancy.overall.b),
              signed(c.redundancy.overall.change, (v) => num(v)),
            ],
          ]),
    ],
    notes: ['', 'Why the score moved:', ...r.explanation.map((l) => `  ${l}`)],
  });

  const cp = c.chokepoints;
  const changed = options.brief
    ? cp.nodes.filter((n) => n.shortfallIfRemoved.change !== 0 || n.rank.a !== n.rank.b)
    : cp.nodes;
  sections.push({
    title: `Chokepoints — demand lost if one node stops (N-1)${changed.length > top ? `, top ${top} of ${changed.length}` : ''}`,
    columns: [
      { header: 'id' },
      { header: 'label' },
      { header: 'rank A', align: 'right' },
      { header: 'rank B', align: 'right' },
      ...num3,
    ],
    rows: changed
      .slice(0, top)
      .map((n) => [
        n.id,
        n.label,
        n.rank.a === null ? '—' : String(n.rank.a),
        n.rank.b === null ? '—' : String(n.rank.b),
        pct(n.shortfallIfRemoved.a),
        pct(n.shortfallIfRemoved.b),
        ppChange(n.shortfallIfRemoved),
      ]),
    notes: [
      ...(cp.added.length ? [`New chokepoints in B: ${cp.added.join(', ')}`] : []),
      ...(cp.removed.length ? [`No longer chokepoints in B: ${cp.removed.join(', ')}`] : []),
      ...(changed.length === 0 ? ['No chokepoint changed.'] : []),
    ],
  });
  if (options.brief) return sections;

  sections.push({
    title: 'Concentration by stage (HHI 0–10,000; top country and its share)',
    columns: [{ header: 'stage' }, ...CONCENTRATION_COLUMNS],
    rows: c.concentration.map((k) => [k.stage, ...concentrationCells(k)]),
  });
  if (c.commodityConcentration?.length) {
    sections.push({
      title: 'Concentration by stage and commodity (a stage that sends several)',
      columns: [{ header: 'stage' }, { header: 'commodity' }, ...CONCENTRATION_COLUMNS],
      rows: c.commodityConcentration.map((k) => [k.stage, k.commodity ?? '—', ...concentrationCells(k)]),
    });
  }
  sections.push({
    title: `Country dependence — delivered supply lost under a full export ban${c.countryDependence.length > top ? `, top ${top} of ${c.countryDependence.length}` : ''}`,
    columns: [{ header: 'country' }, ...num3],
    rows: c.countryDependence
      .slice(0, top)
      .map((d) => [
        `${countryName(d.country)} (${d.country})`,
        pct(d.lostShare.a),
        pct(d.lostShare.b),
        ppChange(d.lostShare),
      ]),
    notes: c.countryDependence.length ? [] : ['No node has a country.'],
  });
  if (c.worstCase.length) {
    sections.push({
      title: 'Worst cases — demand lost when k nodes stop together',
      columns: [{ header: 'k', align: 'right' }, { header: 'nodes A' }, { header: 'nodes B' }, ...num3],
      rows: c.worstCase.map((w) => [
        String(w.k),
        w.nodes.a?.join(' + ') ?? '—',
        w.nodes.b?.join(' + ') ?? '—',
        pct(w.shortfall.a),
        pct(w.shortfall.b),
        ppChange(w.shortfall),
      ]),
    });
  }
  if (c.levers) {
    const l = c.levers;
    const under = l.shock ? `"${l.shock.label}"` : 'no shock';
    sections.push({
      title: `Levers of B ranked under ${under} (the rest of B's scenario): score points per unit of money, cost = capex + ${l.years} × yearly cost${l.rows.length > top ? `, top ${top} of ${l.rows.length}` : ''}`,
      columns: LEVER_COLUMNS,
      rows: leverRows(l.rows.slice(0, top)),
      notes: [
        `The shock alone: score ${l.baseline.score.toFixed(1)}, served ${pct(l.baseline.ratio)}${l.baseline.exited.length ? `; price pressure removes ${l.baseline.exited.join(', ')}` : ''}.`,
      ],
    });
  }
  return sections;
}

const yesNo = (x: boolean | null) => (x === null ? '—' : x ? 'yes' : 'no');

export function compareText(c: Comparison, options: { top?: number } = {}): string {
  const out = [`A  ${side(c.a)}`, `B  ${side(c.b)}`, ...c.warnings.map((w) => `Warning: ${w}.`), ''];
  for (const s of compareSections(c, options)) out.push(...textSection(s), '');
  out.push(provenanceLine(c.a.provenance, 'A'), provenanceLine(c.b.provenance, 'B'));
  return `${out.join('\n').trimEnd()}\n`;
}

export function compareMarkdown(c: Comparison, options: { top?: number } = {}): string {
  const out = [
    `## Comparison`,
    '',
    `- **A:** ${side(c.a)}`,
    `- **B:** ${side(c.b)}`,
    ...c.warnings.map((w) => `- **Warning:** ${w}.`),
    '',
  ];
  for (const s of compareSections(c, options)) out.push(...markdownSection(s, '###'), '');
  out.push(`_${provenanceLine(c.a.provenance, 'A')}._  `, `_${provenanceLine(c.b.provenance, 'B')}._`);
  return `${out.join('\n').trimEnd()}\n`;
}

/** The short "change against the baseline" that follows a scenario's report. */
export function changeText(c: Comparison, options: { top?: number } = {}): string {
  const out = ['Change against the baseline (A = no scenario, B = this scenario)'];
  for (const s of compareSections(c, { ...options, brief: true })) out.push('', ...textSection(s));
  return `${out.join('\n')}\n`;
}

export function changeMarkdown(c: Comparison, options: { top?: number } = {}): string {
  const out = ['### Change against the baseline', '', 'A = no scenario, B = this scenario.', ''];
  for (const s of compareSections(c, { ...options, brief: true }))
    out.push(...markdownSection(s, '####'), '');
  return `${out.join('\n').trimEnd()}\n`;
}

function textSection(s: Section): string[] {
  return [
    s.title,
    ...(s.rows.length ? [renderTable(s.columns, s.rows)] : []),
    ...(s.notes ?? []).map((n) => (n ? `  ${n}` : n)),
  ];
}

function markdownSection(s: Section, level: string): string[] {
  const notes = (s.notes ?? []).filter((n) => n.trim() !== '').map((n) => n.trim());
  return [
    `${level} ${s.title}`,
    '',
    ...(s.rows.length
      ? [
          markdownTable(
            s.columns.map((c) => c.header),
            s.rows.map((r) => r.map((cell) => cell.trim())),
            s.columns.map((c) => (c.align === 'right' ? 'r' : 'l')),
          ),
        ]
      : []),
    ...(notes.length ? ['', ...notes.map((n) => (n.endsWith(':') ? n : `- ${n}`))] : []),
  ];
}

/** The figures of one concentration row, A and B side by side (by stage, or by stage and commodity). */
const CONCENTRATION_COLUMNS = [
  { header: 'HHI A', align: 'right' },
  { header: 'HHI B', align: 'right' },
  { header: 'change', align: 'right' },
  { header: 'top A' },
  { header: 'top B' },
  { header: 'share A', align: 'right' },
  { header: 'share B', align: 'right' },
  { header: '>65% A/B' },
] as const;

function concentrationCells(k: Comparison['concentration'][number]): string[] {
  return [
    num(k.hhi.a),
    num(k.hhi.b),
    qtyChange(k.hhi),
    k.topCountry.a ?? '—',
    k.topCountry.b ?? '—',
    pct(k.topShare.a),
    pct(k.topShare.b),
    `${yesNo(k.exceedsCrmaThreshold.a)}/${yesNo(k.exceedsCrmaThreshold.b)}`,
  ];
}
