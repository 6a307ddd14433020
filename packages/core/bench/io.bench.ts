/**
 * Interchange and editing benchmarks on generated layered chains (10^4 and 10^5 nodes; GEXF and
 * GraphML at 10^4 only).
 *
 * Baseline for every format: the chokepoint/v1 JSON round trip (writeModel + readModel, i.e.
 * JSON.stringify, JSON.parse and full validation), measured in the same run. Each format row is a
 * write and a read back, checked equal to the input. Edits are timed through applyEdit (which
 * copies the model first) against a bare structuredClone of the same model.
 */
import { isDeepStrictEqual } from 'node:util';
import { DOMParser } from '@xmldom/xmldom';
import type { BenchKit } from '../../../scripts/bench-kit.ts';
import { generateLayeredChain } from '../src/generate/layered-chain.ts';
import { readCsvPair, writeCsvPair } from '../src/io/csv.ts';
import { fromGraph, toGraph } from '../src/io/graphology.ts';
import { type ModelFormat, readModel, writeModel } from '../src/io/read-model.ts';
import type { DOMParserConstructor } from '../src/io/xml.ts';
import type { Model } from '../src/model/schema.ts';
import { applyEdit } from '../src/ops/edit-op.ts';

class Quiet extends DOMParser {
  constructor() {
    super({ onError: () => {} });
  }
}
const xml = { DOMParser: Quiet as unknown as DOMParserConstructor };

export default async (kit: BenchKit) => {
  for (const nodes of [10_000, 100_000]) {
    const model = generateLayeredChain({ nodes, seed: 3 });
    const size = `${nodes} nodes / ${model.edges.length} edges`;
    const runs = nodes >= 100_000 ? { minRuns: 1, maxRuns: 3, budgetMs: 1 } : { maxRuns: 7 };
    const roundTrip = (format: ModelFormat) => () => {
      const r = readModel(writeModel(model, format), { ...xml, maxBytes: 1e9 });
      if (!r.ok) throw new Error(`${format}: ${r.issues[0]?.message}`);
      return r.model;
    };
    let last: unknown;
    const baseline = kit.measure('v1 JSON write+read', () => roundTrip('chokepoint')(), runs);
    // The XML readers (xmldom + graphology's parsers) take tens of seconds at 10^5 nodes: 10^4 only.
    const formats =
      nodes >= 100_000 ? (['graphology'] as const) : (['graphology', 'graphml', 'gexf'] as const);
    for (const format of formats) {
      const subject = kit.measure(
        `${format} write+read`,
        () => {
          last = roundTrip(format)();
        },
        runs,
      );
      kit.record({
        suite: 'io',
        size,
        baseline,
        subject,
        target: 'equal to input',
        met: isDeepStrictEqual(last, model),
      });
    }
    const csv = kit.measure(
      'CSV pair write+read',
      () => {
        const r = readCsvPair(writeCsvPair(model));
        last = r.ok ? r.model : undefined;
      },
      runs,
    );
    kit.record({
      suite: 'io',
      size,
      baseline,
      subject: csv,
      target: 'equal to input',
      met: isDeepStrictEqual(last, model),
    });
    const bridge = kit.measure(
      'toGraph+fromGraph',
      () => {
        last = fromGraph(toGraph(model));
      },
      runs,
    );
    kit.record({
      suite: 'io',
      size,
      baseline,
      subject: bridge,
      target: 'equal to input',
      met: isDeepStrictEqual(last, model),
    });

    const clone = kit.measure('structuredClone', () => structuredClone(model), runs);
    const hub = model.nodes[Math.floor(nodes / 2)]!.id;
    for (const [label, op] of [
      ['applyEdit renameNode', { op: 'renameNode', from: hub, to: `${hub}-renamed` }],
      ['applyEdit removeNode', { op: 'removeNode', id: hub }],
      ['applyEdit updateNode', { op: 'updateNode', id: hub, changes: { capacity: 1 } }],
    ] as const) {
      const subject = kit.measure(label, () => applyEdit(model as Model, op), runs);
      kit.record({ suite: 'ops', size, baseline: clone, subject });
    }
  }
};
