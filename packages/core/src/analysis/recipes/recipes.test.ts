/**
 * Hand-worked recipe chains (docs/recipes.md works the same numbers).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Model } from '../../model/schema.ts';
import { validateModel } from '../../model/validate.ts';
import { analyze } from '../analyze.ts';
import { assess } from '../assess.ts';
import { indexModel } from '../indexed-graph.ts';
import { immediateDominators } from '../structure/dominators.ts';
import { singlePointsOfFailure } from '../structure/single-points.ts';
import { loadSolver } from './solver.ts';
import { recipeSinglePoints } from './supplied.ts';

beforeAll(async () => {
  await loadSolver();
});

/**
 * docs/recipes.md's magnet chain (examples/magnet-chain.json): NdPr (AU, 100 t) and Dy (CN) feed a
 * Japanese magnet plant. The plain recipe needs 0.3 t NdPr and 0.03 t Dy per t of magnet;
 * grain-boundary diffusion (gbd) needs 0.01 t Dy and may make at most half. `dy`: the Dy capacity.
 */
const magnetExample = JSON.parse(
  readFileSync(new URL('../../../../../examples/magnet-chain.json', import.meta.url), 'utf8'),
) as Model;
function magnetChain(dy: number, extra: Partial<Model> = {}): Model {
  const model = {
    ...magnetExample,
    nodes: magnetExample.nodes.map((n) => (n.id === 'dy' ? { ...n, capacity: dy } : n)),
    ...extra,
  };
  const r = validateModel(model);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.model;
}

const node = (r: ReturnType<typeof analyze>, id: string) => r.nodes.find((n) => n.id === id)!;

describe('recipe LP: hand-worked chains', () => {
  it('a magnet plant that gets NdPr but no Dy delivers nothing, and says Dy binds', () => {
    const r = analyze(magnetChain(0));
    expect(r.supply.delivered).toBe(0);
    expect(r.edges.find((e) => e.source === 'ndpr')!.flow).toBe(0);
    expect(node(r, 'plant').bindingInput).toBe('Dy');
  });

  it('the maxShare 0.5 alternative makes exactly half when Dy is short', () => {
    // X = total, gbd = X/2 (it saves Dy, so it is used to its cap): 0.03·X/2 + 0.01·X/2 = 0.5 t Dy → X = 25.
    const r = analyze(magnetChain(0.5));
    expect(r.supply.delivered).toBeCloseTo(25, 9);
    const plant = node(r, 'plant');
    expect(plant.recipeOutput).toEqual([
      { recipe: 'recipe', output: expect.closeTo(12.5, 9) },
      { recipe: 'gbd', output: expect.closeTo(12.5, 9) },
    ]);
    expect(plant.bindingInput).toBe('Dy');
    // NdPr: 0.3 t per t of magnet, 7.5 t of the 100 available.
    expect(r.edges.find((e) => e.source === 'ndpr')!.flow).toBeCloseTo(7.5, 9);
    expect(node(r, 'ndpr').throughput).toBeCloseTo(7.5, 9);
  });

  it('with Dy to spare NdPr binds: 100 t NdPr / 0.3 = 333 t of magnet, capped by 200 t demand', () => {
    const r = analyze(magnetChain(50));
    expect(r.supply.delivered).toBeCloseTo(200, 9);
    expect(node(r, 'plant').bindingInput).toBeNull(); // demand, not an input, limits it
    const short = analyze(magnetChain(50, {}), { scenario: capacity('ndpr', 0.3) });
    expect(short.supply.delivered).toBeCloseTo(100, 9); // 30 t NdPr / 0.3
    expect(node(short, 'plant').bindingInput).toBe('NdPr');
  });

  it('N-1: losing the little Dy source loses all 25 t; both inputs are single points of failure', () => {
    const r = analyze(magnetChain(0.5));
    expect(node(r, 'dy').shortfallIfRemoved).toBeCloseTo(25 / 200, 9);
    expect(node(r, 'ndpr').shortfallIfRemoved).toBeCloseTo(25 / 200, 9);
    expect(node(r, 'dy').cutsOff).toEqual(['ev']);
    expect(node(r, 'ndpr').cutsOff).toEqual(['ev']);
    expect(r.chokepoints).toEqual(['dy', 'ndpr', 'plant']);
    expect(r.worstCase[0]).toMatchObject({ k: 2, shortfall: expect.closeTo(0.125, 9), method: 'exact' });
  });

  it('a yield scales what passes: 100 t in at 0.8 is 80 t out', () => {
    const model = validateModel({
      format: 'chokepoint/v1',
      name: 'Yield',
      unit: 't',
      stages: ['a', 'b', 'c'],
      nodes: [
        { id: 'mine', stage: 'a', capacity: 100 },
        { id: 'refinery', stage: 'b', yield: 0.8, capacity: 70 },
        { id: 'use', stage: 'c', demand: 200 },
      ],
      edges: [
        { source: 'mine', target: 'refinery' },
        { source: 'refinery', target: 'use' },
      ],
    });
    if (!model.ok) throw new Error('invalid');
    // The refinery's capacity bounds its output: 70 t out needs 87.5 t in.
    const r = analyze(model.model);
    expect(r.supply.delivered).toBeCloseTo(70, 9);
    expect(r.edges[0]!.flow).toBeCloseTo(87.5, 9);
  });
});

function capacity(node: string, factor: number) {
  return { id: 'cap', perturbations: [{ type: 'capacity' as const, node, factor }] };
}

describe('recipe LP: scenarios, country dependence and the score', () => {
  /** Two Dy sources: China (0.4 t) and Australia (0.1 t), so a Chinese Dy control leaves 0.1 t. */
  const twoDy = () =>
    magnetChain(0.4, {
      nodes: [
        ...magnetChain(0.4).nodes,
        { id: 'au-dy', stage: 'separation', country: 'AU', commodity: 'Dy', capacity: 0.1 },
      ],
      edges: [...magnetChain(0.4).edges, { source: 'au-dy', target: 'plant' }],
    });

  it('an export control on Dy only blocks the Dy edge; NdPr is not controlled, magnets fall to 5 t', () => {
    const model = twoDy();
    const ban = {
      id: 'dy-ban',
      perturbations: [{ type: 'export-control' as const, country: 'CN' as const, commodities: ['Dy'] }],
    };
    const r = analyze(model, { scenario: ban });
    expect(r.edges.filter((e) => e.blocked).map((e) => e.id)).toEqual(['dy->plant']);
    // 0.1 t Dy at 0.02 t per t (half plain, half gbd) = 5 t.
    expect(r.supply.delivered).toBeCloseTo(5, 9);
    const ndprBan = {
      id: 'ndpr-ban',
      perturbations: [{ type: 'export-control' as const, country: 'CN' as const, commodities: ['NdPr'] }],
    };
    expect(analyze(model, { scenario: ndprBan }).supply.delivered).toBeCloseTo(25, 9);
  });

  it('country dependence and the score follow the LP, and assess agrees with analyze', () => {
    const model = twoDy();
    const r = analyze(model, { worstCase: [] });
    const cn = r.countryDependence.find((d) => d.country === 'CN')!;
    expect(cn.deliveredUnderControl).toBeCloseTo(5, 9);
    expect(cn.lostShare).toBeCloseTo(20 / 25, 9);
    // Diversification: losing Australia's separation (all the NdPr) leaves nothing; China's Dy leaves 5 t.
    const div = r.resilience.components.find((c) => c.id === 'diversification')!;
    expect(div.value).toBe(0);
    expect(div.detail).toContain('Australia');
    const a = assess(model);
    expect(a.supply).toEqual(r.supply);
    expect(a.resilience).toEqual(r.resilience);
  });
});

describe('single points of failure with recipes (AND/OR reachability)', () => {
  it('every input of the only recipe is one, where the dominator tree sees two routes', () => {
    const model = magnetChain(0.5);
    const g = indexModel(model);
    expect(recipeSinglePoints(model, g).list.map((s) => s.id)).toEqual(['ndpr', 'dy', 'plant']);
    // Without recipes either input reaches the consumer, so neither dominates it.
    expect(singlePointsOfFailure(g, {}, immediateDominators(g)).list.map((s) => s.id)).toEqual(['plant']);
  });

  it('an alternative that needs no Dy makes Dy no single point of failure', () => {
    const model = magnetChain(0.5);
    const plant = model.nodes[2]!;
    plant.alternatives = [{ id: 'ce-magnet', recipe: [{ commodity: 'NdPr', ratio: 0.4 }], maxShare: 0.1 }];
    const g = indexModel(model);
    expect(recipeSinglePoints(model, g).list.map((s) => s.id)).toEqual(['ndpr', 'plant']);
  });

  it('a node of capacity 0 supplies nothing, so the chain behind it is cut off already', () => {
    const model = magnetChain(0);
    expect(recipeSinglePoints(model, indexModel(model)).list).toEqual([]);
  });
});

describe('the April 2025 preset on the default model (docs/recipes.md works it by hand)', () => {
  it('NdPr keeps flowing out of China while magnet output falls to what Dy/Tb outside China allows', async () => {
    const { loadModel } = await import('../../models/index.ts');
    const model = loadModel();
    const base = analyze(model, { worstCase: [] });
    const r = analyze(model, { scenario: 'cn-2025-04-heavy-re-magnets', worstCase: [] });
    const made = (report: typeof r, pick: (country: string | null) => boolean) =>
      report.nodes
        .filter((n) => n.stage === 'magnet' && pick(n.country))
        .reduce((s, n) => s + n.throughput, 0);
    const nonMagnet = (report: typeof r) => report.nodes.find((n) => n.id === 'non-magnet-uses')!.throughput;

    // By hand (docs/recipes.md). Outside China the only Dy/Tb is Lynas Malaysia's: 3,625 t separated
    // × 0.1042 = 378 t. Each plant makes at most 30% standard grade (0.0284 t Dy/Tb per t) and 9.19%
    // grain-boundary-diffusion grade (0.0667), the rest bulk-alloyed (0.1333): 0.09571 t Dy/Tb per t.
    const dyPerT = 0.3 * 0.0284 + 0.0919 * 0.0667 + (1 - 0.3 - 0.0919) * 0.1333;
    const outsideChina = 378 / dyPerT; // 3,949.45 t, below the plants' 5,455.32 t of capacity
    // China's magnets reach only China's own consumers: its EV (5,409 t) and wind (7,161 t) demand.
    const china = 5409 + 7161;
    expect(made(base, () => true)).toBeCloseTo(74401, 3);
    expect(made(r, (c) => c !== 'CN')).toBeCloseTo(outsideChina, 3);
    expect(made(r, (c) => c === 'CN')).toBeCloseTo(china, 3);
    expect(nonMagnet(r)).toBeCloseTo(222602, 3);
    expect(r.supply.delivered).toBeCloseTo(222602 + china + outsideChina, 3);
    for (const n of r.nodes.filter((x) => x.stage === 'magnet' && x.country !== 'CN' && x.throughput > 0))
      expect(n.bindingInput).toBe('DyTb');

    // NdPr is not controlled: it still leaves China, unblocked, for the magnet plants abroad.
    const ndprOut = r.edges.filter((_e, i) => {
      const edge = model.edges[i]!;
      const from = model.nodes.find((n) => n.id === edge.source)!;
      const to = model.nodes.find((n) => n.id === edge.target)!;
      return edge.commodity === 'NdPr' && from.country === 'CN' && to.country !== 'CN';
    });
    expect(ndprOut.every((e) => !e.blocked)).toBe(true);
    expect(ndprOut.reduce((sum, e) => sum + e.flow, 0)).toBeGreaterThan(0);
    // Dy/Tb leaving China is blocked, and no metal maker turns NdPr into Dy/Tb.
    const dyOut = r.edges.filter((_e, i) => {
      const edge = model.edges[i]!;
      const from = model.nodes.find((n) => n.id === edge.source)!;
      const to = model.nodes.find((n) => n.id === edge.target)!;
      return edge.commodity === 'DyTb' && from.country === 'CN' && to.country !== 'CN';
    });
    expect(dyOut.length).toBeGreaterThan(0);
    expect(dyOut.every((e) => e.blocked && e.flow === 0)).toBe(true);
  });
});
