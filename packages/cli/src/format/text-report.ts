/**
 * The human-readable form of an analysis report: what `chokepoint analyze` prints without --json.
 * Sections follow the questions people ask in order: does it deliver, how resilient, where it chokes,
 * who dominates each stage, which country's ban hurts most, what each consuming country is served,
 * and, when costs or levers make one, the dispatch and what each lever costs.
 */
import { countryName, type Report, unusedFieldsNotice } from '@chokepoint/core';
import { plural } from './plural.ts';
import { provenanceLine } from './provenance.ts';
import {
  COMMODITY_CONCENTRATION_HEADERS,
  commodityConcentrationRows,
  RECIPE_HEADERS,
  recipeRows,
} from './recipe-rows.ts';
import { riskSharingLines } from './risk-sharing-lines.ts';
import { pct, qty, renderTable } from './table.ts';
import { EXPOSURE_HEADERS, exposureRows, TIME_HEADERS, timeRows } from './time-rows.ts';

export function textReport(report: Report, options: { top?: number } = {}): string {
  const top = options.top ?? 10;
  const out: string[] = [];
  const m = report.model;
  out.push(
    `${m.name}${m.year ? ` (${m.year})` : ''} — ${plural(m.nodes, 'node')}, ${plural(m.edges, 'edge')}, ${m.unit}`,
  );
  if (report.scenario) out.push(`Scenario: ${report.scenario.label} (${report.scenario.id})`);
  out.push('');

  const s = report.supply;
  out.push(`Supply      ${qty(s.delivered)} delivered of ${qty(s.demand)} demanded (${pct(s.ratio)})`);
  out.push(`Resilience  ${report.resilience.score.toFixed(1)} / 100`);
  out.push(
    renderTable(
      [
        { header: 'component' },
        { header: 'served', align: 'right' },
        { header: 'weight', align: 'right' },
        { header: 'points', align: 'right' },
        { header: 'why' },
      ],
      report.resilience.components.map((c) => [
        c.label,
        pct(c.value, 0),
        c.weight.toFixed(2),
        c.points.toFixed(1),
        c.detail,
      ]),
    ),
  );
  out.push('');

  const byId = new Map(report.nodes.map((n) => [n.id, n]));
  const chokes = report.chokepoints.slice(0, top).map((id, i) => {
    const n = byId.get(id)!;
    return [
      String(i + 1),
      n.id,
      clip(n.label, 40),
      n.stage,
      n.country ?? '',
      pct(n.shortfallIfRemoved),
      n.singlePointOfFailure ? `cuts off ${n.cutsOff.join(', ')}` : '',
    ];
  });
  out.push(
    `Chokepoints — demand lost if one node stops (N-1)${report.chokepoints.length > top ? `, top ${top} of ${report.chokepoints.length}` : ''}`,
  );
  out.push(
    chokes.length
      ? renderTable(
          [
            { header: '#', align: 'right' },
            { header: 'id' },
            { header: 'label' },
            { header: 'stage' },
            { header: 'country' },
            { header: 'shortfall', align: 'right' },
            { header: 'single point of failure' },
          ],
          chokes,
        )
      : '  none: no single node loss reduces delivered supply',
  );
  out.push('');

  if (report.time) {
    const { rows, total } = timeRows(report, top);
    out.push(
      `Time to survive (TTS: days the chain still delivers its baseline with the node down, stocks drawn) against time to recover (TTR)${total > rows.length ? `, ${rows.length} of ${total}` : ''}`,
    );
    out.push(
      rows.length
        ? renderTable(
            TIME_HEADERS.map((header, i) => ({
              header,
              ...(i >= 2 && i <= 4 ? { align: 'right' as const } : {}),
            })),
            rows,
          )
        : '  no node’s loss lowers delivered supply',
    );
    const exposure = exposureRows(report, top);
    out.push('');
    out.push(
      'Risk exposure — delivered lost over each node’s own recovery time, stocks drawn (REI = impact / largest)',
    );
    out.push(
      exposure.length
        ? renderTable(
            EXPOSURE_HEADERS.map((header, i) => ({
              header,
              ...(i === 0 || i >= 3 ? { align: 'right' as const } : {}),
            })),
            exposure,
          )
        : '  none: no node with a recoveryDays loses anything while it recovers',
    );
    out.push('');
  }

  for (const w of report.worstCase) {
    out.push(
      `Worst ${w.k} together: ${w.nodes.join(' + ')} — ${pct(w.shortfall)} of demand lost (${w.method}: ${w.detail})`,
    );
  }
  if (report.worstCase.length) out.push('');

  const recipes = recipeRows(report);
  if (recipes.length > 0) {
    out.push('Recipes — output by recipe, and the input whose next unit would deliver most (binding input)');
    out.push(
      renderTable(
        RECIPE_HEADERS.map((header, i) => ({ header, ...(i === 2 ? { align: 'right' as const } : {}) })),
        recipes,
      ),
    );
    out.push('');
  }

  out.push('Concentration by stage (capacity shares; HHI 0–10,000; EU CRMA benchmark: no country above 65%)');
  out.push(
    renderTable(
      [
        { header: 'stage' },
        { header: 'HHI', align: 'right' },
        { header: 'top country' },
        { header: 'share', align: 'right' },
        { header: '>65%' },
      ],
      report.concentration.map((c) => [
        c.stage,
        c.hhi === null ? '—' : Math.round(c.hhi).toLocaleString('en-US'),
        c.topCountry ? `${countryName(c.topCountry)} (${c.topCountry})` : '—',
        c.topCountry ? pct(c.topShare) : '—',
        c.exceedsCrmaThreshold ? 'yes' : '',
      ]),
    ),
  );
  // Say why a stage has no figure (the rare-earth metal stage: no capacity by country in the sources).
  const blank = report.concentration.filter((c) => c.hhi === null).map((c) => c.stage);
  if (blank.length)
    out.push(
      `  — ${blank.join(', ')}: no node of the stage has both a country and a capacity above 0, so no share is computed`,
    );
  out.push('');
  const byCommodity = commodityConcentrationRows(report);
  if (byCommodity.length > 0) {
    out.push(
      'Concentration by stage and commodity, where a stage sends several (capacity for that commodity)',
    );
    out.push(
      renderTable(
        COMMODITY_CONCENTRATION_HEADERS.map((header, i) => ({
          header,
          ...([2, 3, 5].includes(i) ? { align: 'right' as const } : {}),
        })),
        byCommodity,
      ),
    );
    out.push('');
  }

  const deps = [...report.countryDependence].sort((a, b) => b.lostShare - a.lostShare).slice(0, top);
  out.push('Country dependence — delivered supply lost if one country bans all exports');
  out.push(
    deps.length
      ? renderTable(
          [
            { header: 'country' },
            { header: 'lost', align: 'right' },
            { header: 'still delivered', align: 'right' },
          ],
          deps.map((d) => [
            `${countryName(d.country)} (${d.country})`,
            pct(d.lostShare),
            qty(d.deliveredUnderControl),
          ]),
        )
      : '  no node has a country',
  );
  out.push(...countrySupplyLines(report));
  out.push(...dispatchLines(report));
  out.push(...riskSharingLines(report));
  const r = report.redundancy;
  out.push('');
  out.push(
    `Redundancy  ${r.overall === null ? 'no sink is served' : `${plural(r.overall, 'node')} must fail to cut off the least-redundant sink`}`,
  );
  const unused = unusedFieldsNotice(report.unusedFields);
  out.push('');
  if (unused) out.push(`Note: ${unused}.`);
  out.push(provenanceLine(report.provenance));
  return `${out.join('\n')}\n`;
}

/**
 * Served supply per consuming country (issue 12); only when some consumer has a country, since a
 * model of world totals would print one row that repeats the supply line.
 */
function countrySupplyLines(report: Report): string[] {
  if (!report.countrySupply.some((c) => c.country !== null)) return [];
  return [
    '',
    'Served supply by consuming country',
    renderTable(
      [
        { header: 'consumer' },
        { header: 'served', align: 'right' },
        { header: 'demand', align: 'right' },
        { header: 'share served', align: 'right' },
      ],
      report.countrySupply.map((c) => [
        c.country === null ? 'no country (world totals)' : `${countryName(c.country)} (${c.country})`,
        qty(c.served),
        qty(c.demand),
        pct(c.ratio),
      ]),
    ),
  ];
}

/**
 * The dispatch (issue 15), when a cost or a lever floor makes one: its total cost, then per node with
 * a capacity its dispatched output and idle capacity (the subsidy story: cheap capacity runs, dearer
 * producers sit idle); then what the scenario's levers cost and which producers price pressure removed.
 */
function dispatchLines(report: Report): string[] {
  const out: string[] = [];
  const d = report.dispatch;
  if (d) {
    const byId = new Map(report.nodes.map((n) => [n.id, n]));
    const rows = d.nodes.filter((n) => n.idle !== null);
    const rest = d.nodes.length - rows.length;
    out.push(
      '',
      `Dispatch — the cheapest flow that delivers the maximum: total cost ${money(d.totalCost)} a year`,
      renderTable(
        [
          { header: 'node' },
          { header: 'stage' },
          { header: 'country' },
          { header: 'output', align: 'right' },
          { header: 'idle', align: 'right' },
          { header: 'used', align: 'right' },
          { header: 'stock', align: 'right' },
        ],
        rows.map((n) => [
          n.id,
          byId.get(n.id)?.stage ?? '',
          byId.get(n.id)?.country ?? '',
          qty(n.output),
          qty(n.idle ?? Number.POSITIVE_INFINITY),
          n.utilisation === null ? '—' : pct(n.utilisation),
          n.stock > 0 ? qty(n.stock) : '',
        ]),
      ),
    );
    if (rest > 0)
      out.push(`  (${plural(rest, 'node')} without a capacity — consumers, unlimited plants — not listed)`);
  }
  if (report.levers?.length) {
    out.push(
      '',
      'Levers — what each costs (yearly: the dispatch cost it adds or the floor it pays, plus opex)',
      renderTable(
        [
          { header: 'lever' },
          { header: 'yearly', align: 'right' },
          { header: 'capex', align: 'right' },
          { header: 'stock', align: 'right' },
        ],
        report.levers.map((l) => [
          clip(l.label, 70),
          money(l.yearlyCost),
          money(l.capex),
          l.stock > 0 ? qty(l.stock) : '',
        ]),
      ),
    );
  }
  if (report.exited?.length) out.push('', `Price pressure removed: ${report.exited.join(', ')}`);
  return out;
}

/** Money with thousands separators (the model's own currency). */
function money(x: number): string {
  return Math.round(x).toLocaleString('en-US');
}

/** Long labels cut to `max` characters with an ellipsis, so the table fits a terminal. */
function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
