/**
 * Resilience score
 * ================
 *
 * One number, 0–100, built only from *served fractions* — shares of total demand that the chain still
 * delivers under a given stress — so that it is monotone: adding capacity, a parallel route or a source
 * in a new country never lowers it, and removing one never raises it (demand held fixed). HHI and
 * "worst loss" are deliberately left out of the score: adding capacity to the dominant country raises
 * both. They are reported beside it.
 *
 *   score = 100 × Σ weight_c × value_c
 *
 *   supply           delivered / demand
 *   n-1              min over nodes v that are not consumers of delivered(G − v) / demand
 *   export-control   min over countries c of delivered(G with c banning exports) / demand
 *   diversification  min over stages s and countries c of
 *                    delivered(G without c's non-consumer nodes at stage s) / demand
 *   buffers          min over nodes v that are not consumers of delivered over 60 days with v down
 *                    and every stock counted (analysis/time, docs/time.md) / demand over 60 days
 *
 * Each term is a maximum flow under more constraints, and adding capacity or routes only loosens
 * constraints; a minimum of non-decreasing terms is non-decreasing, and a new node or country only adds
 * terms that are ≥ the unstressed flow. Capacity that reaches no consumer changes no term.
 *
 * The buffer term is a maximum of an LP whose stock bounds only loosen as stock grows, so more stock
 * never lowers it; without any stock it equals the n-1 term (the 60-day LP is the yearly one scaled by
 * 60/365), and it took its weight from n-1, so a model without stock scores what it scored before.
 *
 * Method 3 (issue 14): the buffers term, weight 0.10 taken from n-1 (0.25 → 0.15).
 * Method 2 (issue 10): diversification used to be "capacity outside the stage's top country / demand",
 * which counted plants connected to nothing; it is now stated in served flow like the other terms.
 */
import type { ResilienceComponent, ResilienceReport } from '../report.ts';

export const RESILIENCE_WEIGHTS = {
  supply: 0.3,
  'n-1': 0.15,
  'export-control': 0.25,
  diversification: 0.2,
  buffers: 0.1,
} as const;

export interface ResilienceInputs {
  unit: string;
  demand: number;
  delivered: number;
  /** The node whose loss serves least, and what is then delivered; null when there are no nodes. */
  worstNodeLoss: { node: string; label: string; delivered: number } | null;
  /** The country whose export ban serves least, and what is then delivered; null without countries. */
  worstExportControl: { country: string; name: string; delivered: number } | null;
  /**
   * The stage and country whose loss there serves least, and what is then delivered
   * (flow/stage-country-loss.ts); null when no supplying node has a country (the term equals supply).
   */
  worstStageLoss: { stage: string; country: string; name: string; delivered: number } | null;
  /**
   * The node whose loss serves least over `days` with stocks counted, and that served fraction
   * (analysis/time); null when no node holds stock, and the term then equals n-1.
   */
  worstBufferedLoss?: { node: string | null; label: string | null; served: number; days: number } | null;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;
const clamp01 = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : x > 0 ? 1 : 0);

// One formatter for the module: toLocaleString builds a new one per call (a tenth of a millisecond
// each in Chromium, on the path of the score the editor paints first).
const THOUSANDS = new Intl.NumberFormat('en-US');

export function resilienceScore(inputs: ResilienceInputs): ResilienceReport {
  const { demand } = inputs;
  const served = (delivered: number) => (demand > 0 ? clamp01(delivered / demand) : 1);
  const fmtNum = (x: number) => THOUSANDS.format(Math.round(x));
  const fmtQty = (x: number) => `${fmtNum(x)} ${inputs.unit}`;

  const supply = served(inputs.delivered);
  const components: Omit<ResilienceComponent, 'points'>[] = [
    {
      id: 'supply',
      label: 'Supply delivered',
      value: supply,
      weight: RESILIENCE_WEIGHTS.supply,
      detail:
        demand > 0
          ? `Delivers ${fmtNum(inputs.delivered)} of the ${fmtQty(demand)} demanded (${pct(supply)}).`
          : 'The model has no demand, so nothing can fall short.',
    },
  ];

  const n1 = inputs.worstNodeLoss;
  const n1Value = n1 ? served(n1.delivered) : supply;
  components.push({
    id: 'n-1',
    label: 'Worst single-node loss',
    value: n1Value,
    weight: RESILIENCE_WEIGHTS['n-1'],
    detail: n1
      ? `Losing ${n1.label} (${n1.node}) alone leaves ${pct(n1Value)} of demand served.`
      : 'No node to lose.',
  });

  const ec = inputs.worstExportControl;
  const ecValue = ec ? served(ec.delivered) : supply;
  components.push({
    id: 'export-control',
    label: 'Worst single-country export ban',
    value: ecValue,
    weight: RESILIENCE_WEIGHTS['export-control'],
    detail: ec
      ? `A full export ban by ${ec.name} (${ec.country}) leaves ${pct(ecValue)} of demand served.`
      : 'No node has a country, so no export ban can be tested.',
  });

  const worstStage = inputs.worstStageLoss;
  const diversity = worstStage ? served(worstStage.delivered) : supply;
  components.push({
    id: 'diversification',
    label: 'Worst single-country loss at one stage',
    value: diversity,
    weight: RESILIENCE_WEIGHTS.diversification,
    detail:
      worstStage === null
        ? 'No stage has a supplying node with a country, so no country can be lost.'
        : `Losing ${worstStage.name}’s (${worstStage.country}) ${worstStage.stage} capacity leaves ${pct(diversity)} of demand served.`,
  });

  const buffered = inputs.worstBufferedLoss ?? null;
  const bufferValue = buffered ? clamp01(buffered.served) : n1Value;
  components.push({
    id: 'buffers',
    label: 'Worst single-node loss with stocks, over 60 days',
    value: bufferValue,
    weight: RESILIENCE_WEIGHTS.buffers,
    detail:
      buffered === null
        ? 'No node holds stock, so over 60 days this is the worst single-node loss.'
        : buffered.node === null
          ? `Stocks included, ${pct(bufferValue)} of demand is served over ${buffered.days} days.`
          : `Losing ${buffered.label} (${buffered.node}) for ${buffered.days} days, stocks drawn, leaves ${pct(bufferValue)} of demand served.`,
  });

  const withPoints = components.map((c) => ({ ...c, points: round1(c.value * c.weight * 100) }));
  const score = round1(withPoints.reduce((acc, c) => acc + c.value * c.weight * 100, 0));
  return { score, components: withPoints };
}

/** One decimal: enough to show a change, and rounding is monotone so the score stays monotone. */
export function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

/**
 * Why the score moved, in words, biggest contribution first:
 * `+12.0: worst single-node loss — served fraction rose from 39% to 80%. Losing …`.
 */
export function explainScoreChange(before: ResilienceReport, after: ResilienceReport): string[] {
  const lines: string[] = [];
  const delta = round1(after.score - before.score);
  const sign = (x: number) => (x > 0 ? `+${x.toFixed(1)}` : x.toFixed(1));
  lines.push(
    delta === 0
      ? `Score unchanged at ${after.score.toFixed(1)}.`
      : `Score ${sign(delta)}: ${before.score.toFixed(1)} → ${after.score.toFixed(1)}.`,
  );
  const moves = after.components
    .map((a) => {
      const b = before.components.find((c) => c.id === a.id);
      return { a, b, d: b ? a.value * a.weight * 100 - b.value * b.weight * 100 : a.points };
    })
    .filter((m) => Math.abs(m.d) >= 0.05)
    .sort((x, y) => Math.abs(y.d) - Math.abs(x.d));
  for (const { a, b, d } of moves) {
    const dir = b && a.value > b.value ? 'rose' : 'fell';
    const from = b ? pct(b.value) : '—';
    lines.push(
      `${sign(round1(d))}: ${a.label.toLowerCase()} — served fraction ${dir} from ${from} to ${pct(a.value)}. ${a.detail}`,
    );
  }
  return lines;
}
