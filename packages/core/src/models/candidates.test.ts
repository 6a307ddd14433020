/**
 * The default model's candidate fixes carry the cited figures (docs/data.md): India's sintered-magnet
 * scheme, 6,000 t/yr for Rs 7,280 crore [IN-REPM25], as the same capacity the scenario preset
 * `in-2025-12-magnet-scheme` gives the India magnet node. `suggest` on it says what the scheme buys.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../analysis/analyze.ts';
import { assess } from '../analysis/assess.ts';
import { loadSolver } from '../analysis/recipes/solver.ts';
import { suggest } from '../analysis/uncertainty/suggest.ts';
import { loadModel } from './index.ts';

beforeAll(async () => {
  await loadSolver();
});

describe('candidates of the default model', () => {
  const model = loadModel();
  const [scheme] = model.candidates ?? [];

  it("is India's scheme with the cited cost and capacity, in t of magnet rare-earth content", () => {
    expect(model.candidates).toHaveLength(1);
    expect(scheme).toMatchObject({ id: 'in-magnet-scheme', kind: 'capacity', node: 'in-magnet', cost: 7280 });
    const india = model.nodes.find((n) => n.id === 'in-magnet')!;
    // 6,000 t of magnet × 0.45 t REO per t = 2,700 t, less what the node has.
    expect(india.capacity! + (scheme as { add: number }).add).toBeCloseTo(6000 * 0.45, 9);
    expect(scheme!.source).toContain('[IN-REPM25]');
    expect(model.references!.some((r) => r.id === 'IN-REPM25')).toBe(true);
  });

  it('serves under a shock exactly what the scheme preset serves with it (the same capacity)', () => {
    const shock = model.scenarios!.find((s) => s.id === 'cn-2025-04-heavy-re-magnets')!;
    const preset = model.scenarios!.find((s) => s.id === 'in-2025-12-magnet-scheme')!;
    const s = suggest(model, { scenario: shock, target: 1 });
    const withPreset = assess(model, {
      scenario: { id: 'both', perturbations: [...preset.perturbations, ...shock.perturbations] },
    }).supply.ratio;
    expect(s.servedWithAll).toBeCloseTo(withPreset, 9);
    expect(s.servedWithout).toBeCloseTo(assess(model, { scenario: shock }).supply.ratio, 12);
    // Under the April 2025 controls the plants would lack Dy/Tb: the scheme alone buys nothing, and
    // suggest says the target is out of reach rather than proposing it.
    expect(s.servedWithAll).toBeCloseTo(s.servedWithout, 9);
    expect(s.status).toBe('unreachable');
    const both = analyze(model, {
      scenario: { id: 'both', perturbations: [...preset.perturbations, ...shock.perturbations] },
      worstCase: [],
    });
    expect(both.nodes.find((n) => n.id === 'in-magnet')!.bindingInput).toBe('DyTb');
  });
});
