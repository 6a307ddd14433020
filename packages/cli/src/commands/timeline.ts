/**
 * `chokepoint timeline [model] --scenario X --days 180`
 * ====================================================
 *
 * The day-by-day (weekly beyond 400 days) series of a scenario (docs/time.md): delivered per day, per
 * consumer, and stock left per stocked node, with each consumer's time-to-survive under the scenario
 * and its unmet demand. Text by default; `--csv` one row per step; `--json` the Timeline as
 * `timeline()` returns it.
 */
import { ModelError, type Timeline, timeline } from '@chokepoint/core';
import { pct, renderTable } from '../format/table.ts';
import { loadMessages, loadModelArg } from '../io/load-model.ts';
import { UserError } from '../io/read-input.ts';
import { type LoadFlags, loadOptions } from '../options/common.ts';
import { deliver } from '../output/deliver.ts';
import { scenarioOf } from './analyze.ts';
import type { CommandResult } from './result.ts';

export interface TimelineFlags extends LoadFlags {
  scenario?: string;
  days?: number;
  json?: boolean;
  csv?: boolean;
  out?: string;
}

export function timelineCommand(modelArg: string | undefined, flags: TimelineFlags): CommandResult {
  const loaded = loadModelArg(modelArg, loadOptions(flags));
  const { model, label } = loaded;
  const scenario = flags.scenario === undefined ? null : scenarioOf(model, flags.scenario, label);
  let series: Timeline;
  try {
    series = timeline(model, scenario, flags.days === undefined ? {} : { days: flags.days });
  } catch (err) {
    if (err instanceof ModelError) throw new UserError(`${label}: ${err.issues[0]!.message}`);
    throw err;
  }
  const text = flags.json
    ? JSON.stringify(series, null, 2)
    : flags.csv
      ? timelineCsv(series)
      : timelineText(series);
  return deliver(
    [{ name: flags.json ? 'timeline.json' : 'timeline.csv', text }],
    flags.out,
    loadMessages(loaded),
  );
}

const num = (x: number) =>
  Math.abs(x) >= 100 ? Math.round(x).toLocaleString('en-US') : Number(x.toPrecision(3)).toString();
const csvCell = (x: string) => (/[",\n]/.test(x) ? `"${x.replace(/"/g, '""')}"` : x);
/** Figures in CSV at full precision, less the float noise of the solver (12 significant digits). */
const csvNum = (x: number) => String(Number(x.toPrecision(12)));

export function timelineCsv(t: Timeline): string {
  const head = [
    'day',
    'delivered_per_day',
    'demand_per_day',
    ...t.sinks.map((s) => `delivered_per_day:${s.id}`),
    ...t.stocks.map((s) => `stock_left:${s.id}`),
  ];
  const rows = t.day.map((d, i) => [
    csvNum(d),
    csvNum(t.delivered[i]!),
    csvNum(t.demand[i]!),
    ...t.sinks.map((s) => csvNum(s.delivered[i]!)),
    ...t.stocks.map((s) => csvNum(s.left[i]!)),
  ]);
  return [head.map(csvCell).join(','), ...rows.map((r) => r.join(','))].join('\n');
}

export function timelineText(t: Timeline): string {
  const out: string[] = [];
  out.push(
    `${t.model} — ${t.scenario ? `scenario ${t.scenario.label} (${t.scenario.id})` : 'no disruption'}`,
  );
  out.push(
    `${t.days} days, ${t.stepDays === 1 ? 'daily' : 'weekly (average per day)'}; perturbations last ${t.durationDays === null ? 'the whole horizon' : `${t.durationDays} days`}; ${t.unit}`,
  );
  out.push('');
  out.push(
    'Consumers — time to survive under the scenario (served total falls below its baseline) and unmet demand',
  );
  out.push(
    renderTable(
      [
        { header: 'id' },
        { header: 'baseline/day', align: 'right' },
        { header: 'TTS days', align: 'right' },
        { header: 'unmet', align: 'right' },
      ],
      [...t.sinks]
        .sort(
          (a, b) =>
            (a.timeToSurviveDays ?? Number.POSITIVE_INFINITY) -
              (b.timeToSurviveDays ?? Number.POSITIVE_INFINITY) || (a.id < b.id ? -1 : 1),
        )
        .map((s) => [
          s.id,
          num(s.baselinePerDay),
          s.timeToSurviveDays === null ? `> ${t.days}` : s.timeToSurviveDays.toFixed(1),
          num(s.unmetDemand),
        ]),
    ),
  );
  if (t.events.length) {
    out.push('');
    out.push('Events');
    for (const e of t.events) out.push(`  day ${Number(e.day.toFixed(2))}: ${e.text}`);
  }
  out.push('');
  // The series: delivered and the stocks that move (at most five columns of them; --csv has all).
  const moving = t.stocks.filter((s) => s.left.some((x) => x !== s.initial)).slice(0, 5);
  out.push(
    `Series — delivered per day${moving.length ? ', stock left' : ''}${t.stocks.length > moving.length ? ' (stocks that move; --csv for all)' : ''}`,
  );
  out.push(
    renderTable(
      [
        { header: 'day', align: 'right' },
        { header: 'delivered', align: 'right' },
        { header: 'of demand', align: 'right' },
        ...moving.map((s) => ({ header: s.id, align: 'right' as const })),
      ],
      t.day.map((d, i) => [
        String(Number(d.toFixed(2))),
        num(t.delivered[i]!),
        t.demand[i]! > 0 ? pct(t.delivered[i]! / t.demand[i]!) : '—',
        ...moving.map((s) => num(s.left[i]!)),
      ]),
    ),
  );
  return out.join('\n');
}
