/**
 * A sweep's results as CSV, text or Markdown
 * ==========================================
 *
 * CSV `runs`: one row per run — which levels were on (one column per factor, plus all of them in
 * `active`), demand, delivered, ratio, score and each score component's served fraction — ready for
 * pandas or R. CSV `effects`: one row per level with its average and alone effects. Text and Markdown:
 * the baseline, the range over all runs, the levels that move the score most, and the lowest-scoring
 * runs.
 */
import { provenanceColumns, type SweepResult } from '@chokepoint/core';
import Papa from 'papaparse';
import { LEVER_COLUMNS, leverRecord, leverRows } from './lever-rows.ts';
import { markdownTable } from './markdown-table.ts';
import { plural } from './plural.ts';
import { provenanceLine } from './provenance.ts';
import { type Column, pct, renderTable } from './table.ts';

export const SWEEP_CSV_TABLES = ['runs', 'effects', 'levers'] as const;
export type SweepCsvTable = (typeof SWEEP_CSV_TABLES)[number];

const COMPONENTS = ['supply', 'n-1', 'export-control', 'diversification'] as const;

/** Before each factor's id in the `runs` table's header: `factor:demand` never clashes with `demand`. */
export const FACTOR_COLUMN_PREFIX = 'factor:';

export function sweepCsv(result: SweepResult, table: SweepCsvTable): string {
  if (table === 'levers') {
    // One row per run with levers, ranked within its shock (docs/cli.md).
    const p = provenanceColumns(result.provenance);
    const fields = [
      'shock',
      'run',
      'rank',
      'levers',
      'label',
      'score',
      'scoreGained',
      'ratio',
      'servedGained',
      'capex',
      'yearlyCost',
      'cost',
      'pointsPerMoney',
      'stock',
      ...Object.keys(p),
    ];
    const data = (result.levers ?? []).flatMap((k) =>
      k.rows.map((r, i) => {
        const rec = leverRecord(r, i + 1);
        return fields.map((f) =>
          f === 'shock'
            ? k.shock.join(' + ')
            : f === 'run'
              ? r.run
              : (rec[f] ?? p[f as keyof typeof p] ?? ''),
        );
      }),
    );
    return Papa.unparse({ fields, data });
  }
  if (table === 'effects') {
    const p = provenanceColumns(result.provenance);
    return Papa.unparse(
      result.effects.map((e) => ({
        name: e.name,
        factor: e.factor,
        level: e.level,
        label: e.label,
        runs: e.runs,
        scoreEffect: e.score,
        ratioEffect: e.ratio,
        scoreAlone: e.alone?.score ?? '',
        ratioAlone: e.alone?.ratio ?? '',
        ...p,
      })),
    );
  }
  // Factor columns are prefixed: a factor may be named like a figure ("demand", "score").
  const p = provenanceColumns(result.provenance);
  const fields = [
    'run',
    'active',
    ...result.factors.map((f) => `${FACTOR_COLUMN_PREFIX}${f.id}`),
    'demand',
    'delivered',
    'ratio',
    'score',
    ...COMPONENTS,
    ...Object.keys(p),
  ];
  return Papa.unparse({
    fields,
    data: result.runs.map((r) => [
      r.run,
      r.active.join(' + '),
      ...r.levels.map((l) => l ?? ''),
      r.supply.demand,
      r.supply.delivered,
      r.supply.ratio,
      r.score,
      ...COMPONENTS.map((c) => r.components[c] ?? ''),
      ...Object.values(p),
    ]),
  });
}

interface Summary {
  head: string[];
  effects: { columns: Column[]; rows: string[][]; title: string };
  lowest: { columns: Column[]; rows: string[][]; title: string };
  levers: { columns: Column[]; rows: string[][]; title: string }[];
}

const signed = (x: number, digits = 1) =>
  Math.abs(x) < 0.5 * 10 ** -digits ? '0' : `${x > 0 ? '+' : '-'}${Math.abs(x).toFixed(digits)}`;
const pp = (x: number) => (Math.abs(x) < 0.0005 ? '0' : `${signed(x * 100)} pp`);

function summary(result: SweepResult, top: number): Summary {
  const runs = result.runs;
  const base = runs.find((r) => r.active.length === 0);
  const scores = runs.map((r) => r.score);
  const ratios = runs.map((r) => r.supply.ratio);
  const levels = result.factors.reduce((a, f) => a + f.levels.length, 0);
  const head = [
    `Sweep of ${result.model.name}${result.model.year ? ` (${result.model.year})` : ''}: ${plural(runs.length, 'run')} over ${plural(result.factors.length, 'factor')} (${plural(levels, 'level')})${result.maxActive === null ? '' : `, at most ${result.maxActive} on at once`}`,
    base
      ? `Baseline (nothing on): score ${base.score.toFixed(1)}, delivered ${pct(base.supply.ratio)} of demand`
      : '',
    `Across runs: score ${Math.min(...scores).toFixed(1)} to ${Math.max(...scores).toFixed(1)}, delivered ${pct(Math.min(...ratios))} to ${pct(Math.max(...ratios))}`,
  ].filter(Boolean);
  const effects = result.effects.slice(0, top);
  const lowest = [...runs].sort((a, b) => a.score - b.score || a.run - b.run).slice(0, Math.min(top, 5));
  const levers = (result.levers ?? []).map((k) => ({
    title: `Levers under ${k.shock.length ? k.shock.join(' + ') : 'no shock'} (run ${k.baseline.run}: score ${k.baseline.score.toFixed(1)}, served ${pct(k.baseline.ratio)}) — ranked by score points per unit of money, cost = capex + 10 × yearly cost${k.rows.length > top ? `, top ${top} of ${k.rows.length}` : ''}`,
    columns: LEVER_COLUMNS,
    rows: leverRows(k.rows.slice(0, top)),
  }));
  return {
    head,
    levers,
    effects: {
      title: `What moves the score most${result.effects.length > top ? ` (top ${top} of ${result.effects.length})` : ''} — mean with it on minus mean with its factor off; "alone" is it alone against the baseline`,
      columns: [
        { header: '#', align: 'right' },
        { header: 'factor' },
        { header: 'score', align: 'right' },
        { header: 'alone', align: 'right' },
        { header: 'delivered', align: 'right' },
        { header: 'alone', align: 'right' },
        { header: 'what' },
      ],
      rows: effects.map((e, i) => [
        String(i + 1),
        e.name,
        signed(e.score),
        e.alone ? signed(e.alone.score) : '—',
        pp(e.ratio),
        e.alone ? pp(e.alone.ratio) : '—',
        e.label,
      ]),
    },
    lowest: {
      title: 'Lowest scores',
      columns: [
        { header: 'run', align: 'right' },
        { header: 'score', align: 'right' },
        { header: 'delivered', align: 'right' },
        { header: 'on' },
      ],
      rows: lowest.map((r) => [
        String(r.run),
        r.score.toFixed(1),
        pct(r.supply.ratio),
        r.active.join(' + ') || '(baseline)',
      ]),
    },
  };
}

export function sweepText(result: SweepResult, options: { top?: number } = {}): string {
  const s = summary(result, options.top ?? 10);
  return `${[
    ...s.head,
    '',
    s.effects.title,
    renderTable(s.effects.columns, s.effects.rows),
    '',
    s.lowest.title,
    renderTable(s.lowest.columns, s.lowest.rows),
    '',
    ...s.levers.flatMap((t) => [t.title, renderTable(t.columns, t.rows), '']),
    provenanceLine(result.provenance),
  ].join('\n')}\n`;
}

export function sweepMarkdown(result: SweepResult, options: { top?: number } = {}): string {
  const s = summary(result, options.top ?? 10);
  const md = (t: Summary['effects']) =>
    markdownTable(
      t.columns.map((c) => c.header),
      t.rows,
      t.columns.map((c) => (c.align === 'right' ? 'r' : 'l')),
    );
  return `${[
    `## ${s.head[0]}`,
    '',
    ...s.head.slice(1).map((l) => `${l}.  `),
    '',
    `### ${s.effects.title}`,
    '',
    md(s.effects),
    '',
    `### ${s.lowest.title}`,
    '',
    md(s.lowest),
    '',
    ...s.levers.flatMap((t) => [`### ${t.title}`, '', md(t), '']),
    `_${provenanceLine(result.provenance)}._`,
  ].join('\n')}\n`;
}
