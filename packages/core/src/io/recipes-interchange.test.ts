/**
 * Recipes through every interchange format (issue 11): GEXF, GraphML, graphology JSON and a CSV
 * directory keep recipes, alternatives (with maxShare), yields, edge and node commodities and the
 * model's commodity list; a model read back analyses to the same report. A CSV pair without its
 * model-info.json keeps every node and edge field but not the model-level ones, and says which.
 */
import { describe, expect, it } from 'vitest';
import { fullModel } from '../../test/full-model.ts';
import { analyze } from '../analysis/analyze.ts';
import type { Model } from '../model/schema.ts';
import { loadModel } from '../models/index.ts';
import { csvPairLeavesOut, readCsvPair, writeCsvPair } from './csv.ts';
import { readModel, writeModel } from './read-model.ts';

/** The default (rare-earth) model, which has magnet recipes and edge commodities, with more added. */
function withEveryRecipeField(): Model {
  const model = loadModel('rare-earth-magnets');
  const magnet = model.nodes.find((n) => n.id === 'jp-magnet')!;
  magnet.alternatives = [
    {
      id: 'gbd',
      label: 'Grain-boundary diffusion',
      recipe: [
        { commodity: 'NdPr', ratio: 0.95 },
        { commodity: 'DyTb', ratio: 0.05 },
      ],
      maxShare: 0.5,
    },
  ];
  model.nodes.find((n) => n.id === 'in-sep')!.yield = 0.9;
  // Every commodity named, each with a unit (listing them makes the validator check every name).
  const units: Record<string, string> = { NdPr: 't NdPr', DyTb: 't Dy/Tb', 'NdFeB magnets': 't magnet' };
  const named = new Set<string>();
  for (const n of model.nodes) if (n.commodity) named.add(n.commodity);
  for (const e of model.edges) if (e.commodity) named.add(e.commodity);
  model.commodities = [...named].sort().map((id) => ({
    id,
    unit: units[id] ?? 't REO',
    ...(id === 'NdPr' ? { label: 'NdPr oxide and metal' } : {}),
  }));
  return model;
}

/** A report without its provenance (the hash is of the model's canonical JSON, equal anyway). */
const figures = (model: Model) => ({ ...analyze(model, { worstCase: [2] }), provenance: null });

describe('recipes through the interchange formats', () => {
  const model = withEveryRecipeField();
  const expected = figures(model);

  it.each(['gexf', 'graphml', 'graphology', 'chokepoint'] as const)(
    '%s keeps every recipe field and the figures',
    (format) => {
      const back = readModel(writeModel(model, format), { format });
      expect(back.ok ? [] : back.issues).toEqual([]);
      if (!back.ok) return;
      expect(back.model).toEqual(model);
      expect(figures(back.model)).toEqual(expected);
    },
  );

  it('a CSV directory (with model-info.json) keeps them too', () => {
    const back = readCsvPair(writeCsvPair(model));
    expect(back.ok ? [] : back.issues).toEqual([]);
    if (!back.ok) return;
    expect(back.model).toEqual(model);
    expect(figures(back.model)).toEqual(expected);
  });

  it('a CSV pair alone keeps recipes, alternatives, yields and edge commodities, and names what it drops', () => {
    const { nodes, edges } = writeCsvPair(model);
    const back = readCsvPair({ nodes, edges }, { name: model.name, unit: model.unit, stages: model.stages });
    expect(back.ok ? [] : back.issues).toEqual([]);
    if (!back.ok) return;
    const jp = back.model.nodes.find((n) => n.id === 'jp-magnet')!;
    expect([jp.recipe, jp.alternatives]).toEqual([
      model.nodes.find((n) => n.id === 'jp-magnet')!.recipe,
      model.nodes.find((n) => n.id === 'jp-magnet')!.alternatives,
    ]);
    expect(back.model.nodes.find((n) => n.id === 'in-sep')!.yield).toBe(0.9);
    expect(back.model.edges.map((e) => e.commodity)).toEqual(model.edges.map((e) => e.commodity));
    // The commodity list (units) and the scenarios live in model-info.json only.
    expect(back.model.commodities).toBeUndefined();
    expect(csvPairLeavesOut(model)).toEqual([
      'name',
      'unit',
      'stages',
      'description',
      'year',
      'commodities',
      'groups',
      'scenarios',
      'candidates',
      'references',
      'notes',
    ]);
    expect(csvPairLeavesOut(fullModel())).toContain('commodities');
  });
});
