/**
 * The hand-worked chain of issue 14 (docs/time.md, "Worked by hand"): NdPr 40 t/day, two Dy
 * suppliers of 0.6 t/day (one holding 2 t), a magnet plant needing 0.3 t NdPr + 0.01 t Dy per t
 * (150 t/day, 200 t in stock), demand 100 t/day; every supplier and the plant recover in 15 days.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { magnetChain, perYear } from '../../../test/helpers/time-chain.ts';
import { indexModel } from '../indexed-graph.ts';
import { loadSolver } from '../recipes/solver.ts';
import { timeFigures } from './survive.ts';

beforeAll(async () => {
  await loadSolver();
});

describe('time-to-survive and performance impact, by hand', () => {
  it('TTS is 2 days for NdPr and the plant, (200 + 2/0.01)/(100 − 60) = 10 for each Dy supplier', () => {
    const model = magnetChain();
    const { nodes } = timeFigures(model, indexModel(model), null, 'test');
    const tts = Object.fromEntries(model.nodes.map((n, v) => [n.id, nodes[v]?.timeToSurviveDays]));
    expect(tts.ndpr).toBeCloseTo(2, 6);
    expect(tts.plant).toBeCloseTo(2, 6);
    expect(tts['dy-a']).toBeCloseTo(10, 6);
    expect(tts['dy-b']).toBeCloseTo(10, 6);
    expect(nodes[4]).toBeNull(); // the consumer has none
  });

  it('over a 15-day TTR the impacts are 1300, 1300, 200, 200 and all four must be acted on', () => {
    const model = magnetChain();
    const { nodes } = timeFigures(model, indexModel(model), null, 'test');
    const pi = (id: string) => nodes[model.nodes.findIndex((n) => n.id === id)]!;
    expect(pi('ndpr').performanceImpact).toBeCloseTo(1300, 6);
    expect(pi('plant').performanceImpact).toBeCloseTo(1300, 6);
    expect(pi('dy-a').performanceImpact).toBeCloseTo(200, 6);
    expect(pi('dy-b').performanceImpact).toBeCloseTo(200, 6);
    expect(pi('ndpr').riskExposureIndex).toBeCloseTo(1, 9);
    expect(pi('dy-a').riskExposureIndex).toBeCloseTo(200 / 1300, 9);
    expect(['ndpr', 'plant', 'dy-a', 'dy-b'].every((id) => pi(id).actOn)).toBe(true);
  });

  it('a Dy supplier that recovers in 8 days is not flagged (TTS 10 ≥ TTR 8)', () => {
    const model = magnetChain();
    model.nodes[1] = { ...model.nodes[1]!, recoveryDays: 8 };
    const { nodes } = timeFigures(model, indexModel(model), null, 'test');
    expect(nodes[1]!.actOn).toBe(false);
    // Over 8 days: 100·8 = 800 needed; with dy-a down 60·8 + 400 = 880 ≥ 800, so nothing is lost.
    expect(nodes[1]!.performanceImpact).toBe(0);
  });

  it('a node whose loss costs nothing has TTS null (unbounded)', () => {
    const model = magnetChain();
    model.nodes[0] = { ...model.nodes[0]!, capacity: perYear(100) };
    model.nodes.push({ id: 'ndpr-2', stage: 'oxide', capacity: perYear(40), commodity: 'NdPr' });
    model.edges.push({ source: 'ndpr-2', target: 'plant' });
    const { nodes } = timeFigures(model, indexModel(model), null, 'test');
    expect(nodes[5]!.timeToSurviveDays).toBeNull();
    expect(nodes[5]!.timeToRecoverDays).toBeNull();
    expect(nodes[5]!.performanceImpact).toBeNull();
  });

  it('without any stock a node whose loss costs something has TTS 0', () => {
    const model = magnetChain();
    model.nodes = model.nodes.map(({ stock: _s, ...n }) => n);
    const { nodes } = timeFigures(model, indexModel(model), null, 'test');
    expect(nodes[0]!.timeToSurviveDays).toBe(0);
    expect(nodes[1]!.timeToSurviveDays).toBe(0);
  });
});
