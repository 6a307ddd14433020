/**
 * The order of a file changes no figure (issue 10). A maximum flow is not unique, so before the fix
 * reversing the default model's node and edge arrays moved 8,359 t of baseline supply between end
 * uses. Now consumers are served max-min fairly (flow/fair-share.ts) and the analysis runs on the model
 * in id order (canonical-order.ts): every per-node and per-edge figure, every total and every CSV row
 * is identical, bit for bit, under any permutation.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateLayeredChain, mulberry32 } from '../generate/layered-chain.ts';
import { REPORT_CSV_TABLES, reportCsv } from '../io/report-csv.ts';
import type { Model } from '../model/schema.ts';
import { loadModel } from '../models/index.ts';
import { type AnalyzeOptions, analyze } from './analyze.ts';
import type { Report } from './report.ts';

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const rand = mulberry32(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The report with its rows keyed by id, so two file orders can be compared figure by figure. */
function byId(report: Report) {
  const { nodes, edges, dispatch, ...rest } = report;
  return {
    ...rest,
    // The dispatch lists its nodes in the file's order, as the report's nodes do: keyed by id too.
    ...(dispatch
      ? { dispatch: { ...dispatch, nodes: Object.fromEntries(dispatch.nodes.map((n) => [n.id, n])) } }
      : {}),
    nodes: Object.fromEntries(nodes.map((n) => [n.id, n])),
    edges: Object.fromEntries(edges.map((e) => [e.id, e])),
    csv: REPORT_CSV_TABLES.map((t) => reportCsv(report, t).split(/\r?\n/).sort()),
  };
}

const sameFigures = (a: Model, b: Model, options: AnalyzeOptions = {}) =>
  expect(byId(analyze(b, options))).toEqual(byId(analyze(a, options)));

describe('order independence', () => {
  const model = loadModel('rare-earth-magnets');
  const reversed: Model = { ...model, nodes: [...model.nodes].reverse(), edges: [...model.edges].reverse() };

  it.each([null, ...(model.scenarios ?? []).map((s) => s.id)])(
    'the default model reversed has the same figures (scenario %s)',
    (scenario) => sameFigures(model, reversed, { scenario }),
    // Two full analyses of the 47-node recipe model, N-k search included: over 5 s on a busy machine.
    60_000,
  );

  it('reports rows in the file’s own order', () => {
    expect(analyze(reversed).nodes.map((n) => n.id)).toEqual(reversed.nodes.map((n) => n.id));
  });

  it('any shuffle of any chain gives the same figures (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 4, max: 80 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        fc.double({ min: 0, max: 0.3, noNaN: true }),
        (nodes, seed, unlimitedProbability, recyclingFraction) => {
          const chain = generateLayeredChain({ nodes, seed, unlimitedProbability, recyclingFraction });
          const mixed = {
            ...chain,
            nodes: shuffled(chain.nodes, seed + 1),
            edges: shuffled(chain.edges, seed + 2),
          };
          sameFigures(chain, mixed, { worstCase: nodes <= 30 ? [2] : [] });
        },
      ),
      { numRuns: 60 },
    );
  });
});
