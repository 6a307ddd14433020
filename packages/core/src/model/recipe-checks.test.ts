import { describe, expect, it } from 'vitest';
import { formatIssue } from './issues.ts';
import { validateModel } from './validate.ts';

/** NdPr and Dy feed a magnet plant with a recipe and a grain-boundary-diffusion alternative. */
const magnetChain = () => ({
  format: 'chokepoint/v1',
  name: 'magnets',
  unit: 't',
  stages: ['separation', 'magnets', 'end-use'],
  commodities: [
    { id: 'NdPr', unit: 't NdPr oxide' },
    { id: 'Dy', unit: 't Dy' },
    { id: 'magnet', unit: 't magnet' },
  ],
  nodes: [
    { id: 'ndpr', stage: 'separation', commodity: 'NdPr', capacity: 100 },
    { id: 'dy', stage: 'separation', commodity: 'Dy', capacity: 3 },
    {
      id: 'plant',
      stage: 'magnets',
      commodity: 'magnet',
      recipe: [
        { commodity: 'NdPr', ratio: 0.3 },
        { commodity: 'Dy', ratio: 0.03 },
      ] as Record<string, unknown>[],
      alternatives: [
        {
          id: 'gbd',
          recipe: [
            { commodity: 'NdPr', ratio: 0.3 },
            { commodity: 'Dy', ratio: 0.01 },
          ],
          maxShare: 0.5,
        },
      ] as Record<string, unknown>[],
    } as Record<string, unknown>,
    { id: 'ev', stage: 'end-use', demand: 200 },
  ],
  edges: [
    { source: 'ndpr', target: 'plant' },
    { source: 'dy', target: 'plant' },
    { source: 'plant', target: 'ev' },
  ] as Record<string, unknown>[],
});

const messages = (input: unknown) => {
  const r = validateModel(input);
  return r.ok ? [] : r.issues.map((i) => formatIssue(i));
};

describe('recipe validation', () => {
  it('accepts a magnet chain with a recipe, an alternative and listed commodities', () => {
    expect(messages(magnetChain())).toEqual([]);
  });

  it('reports every recipe problem at once, each with its JSON path and node or edge', () => {
    const m = magnetChain();
    const plant = m.nodes[2]!;
    plant.yield = 0.9;
    (plant.recipe as Record<string, unknown>[])[1]!.ratio = 0;
    const alts = plant.alternatives as Record<string, unknown>[];
    alts[0]!.maxShare = 1.5;
    alts.push({ id: 'gbd', recipe: [{ commodity: 'NdPr', ratio: 0.3 }] });
    m.nodes.push({ id: 'co', stage: 'separation', commodity: 'cobalt' } as never);
    m.edges.push({ source: 'co', target: 'plant' });
    expect(messages(m)).toEqual([
      '$.edges[3].source (edge "co->plant"): edge carries "cobalt" into recipe node "plant", which consumes only "NdPr", "Dy"',
      '$.nodes[2].alternatives[0].maxShare (node "plant"): maxShare must be between 0 and 1',
      '$.nodes[2].alternatives[1].id (node "plant"): alternative id "gbd" is used twice on node "plant"',
      '$.nodes[2].recipe[1].ratio (node "plant"): ratio must be > 0',
      '$.nodes[2].yield (node "plant"): yield applies only to nodes without a recipe; a recipe already says how much input one unit of output needs',
      '$.nodes[4].commodity (node "co"): unknown commodity "cobalt" (commodities are: NdPr, Dy, magnet)',
    ]);
  });

  it('names an edge into a recipe node that carries no commodity, and a negative ratio', () => {
    const m = magnetChain();
    delete (m.nodes[0] as Record<string, unknown>).commodity;
    (m.nodes[2]!.recipe as Record<string, unknown>[])[0]!.ratio = -1;
    expect(messages(m)).toEqual([
      '$.edges[0] (edge "ndpr->plant"): edge into recipe node "plant" carries no commodity (give the edge or node "ndpr" a commodity; "plant" consumes "NdPr", "Dy")',
      '$.nodes[2].recipe[0].ratio (node "plant"): ratio must be > 0',
    ]);
  });

  it("takes an edge's own commodity before its source node's", () => {
    const m = magnetChain();
    m.edges[0]!.commodity = 'magnet';
    expect(messages(m)).toEqual([
      '$.edges[0].commodity (edge "ndpr->plant:magnet"): edge carries "magnet" into recipe node "plant", which consumes only "NdPr", "Dy"',
    ]);
  });

  it('checks commodities only against a list the model gives', () => {
    const m = magnetChain() as Record<string, unknown>;
    delete m.commodities;
    expect(messages(m)).toEqual([]);
  });
});
