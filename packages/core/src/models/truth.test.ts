/**
 * Truth checks: the shares the sources state, computed back from the shipped models.
 * Share = the country's capacity at the stage ÷ the stage's capacity (nodes with a country and a
 * capacity), read from the engine's `stageConcentration`.
 */
import { describe, expect, it } from 'vitest';
import { stageConcentration } from '../analysis/structure/concentration.ts';
import type { Model } from '../model/schema.ts';
import { loadModel } from './index.ts';

function stageShare(model: Model, stage: string, country: string): number {
  const s = stageConcentration(model).find((c) => c.stage === stage);
  if (!s || s.total === 0) throw new Error(`stage "${stage}" has no node with a country and a capacity`);
  return s.shares.find((c) => c.country === country)?.share ?? 0;
}

// [model, stage, country, stated share in %, who states it]
const CHECKS: [string, string, string, number, string][] = [
  ['rare-earth-magnets', 'mining', 'CN', 69, 'USGS MCS 2026: China 69% of rare-earth mining, 2025'],
  ['rare-earth-magnets', 'separation', 'CN', 91, 'IEA: China 91% of magnet rare-earth refining, 2024'],
  ['rare-earth-magnets', 'magnet', 'CN', 94, 'IEA (Oct 2025): China ~94% of permanent magnets'],
  ['lithium', 'refining', 'CN', 70, 'IEA: China 70% of lithium refining, 2024'],
  ['cobalt', 'refining', 'CN', 78, 'IEA: China 78% of cobalt refining, 2024'],
  ['graphite', 'refining', 'CN', 96, 'IEA: China 96% of battery-grade graphite, 2024'],
  ['copper', 'refining', 'CN', 44, 'USGS MCS 2025 and IEA: China 44% of refined copper, 2024'],
  // Not here: magnesium (95%) and vanadium (70%), whose stated shares divide by USGS's rounded world
  // total (1,000 kt; 100,000 t) rather than the sum of the country rows (1,045; 103,000): 90.9%, 68.0%.
  ['germanium', 'production', 'CN', 60, 'CRMA (2023): China about 60% of germanium'],
];

describe('truth checks against the cited shares', () => {
  it.each(CHECKS)('%s %s: %s within 1 point of %d%%', (id, stage, country, stated) => {
    const share = stageShare(loadModel(id), stage, country) * 100;
    expect(Math.abs(share - stated)).toBeLessThanOrEqual(1);
  });

  it('the engine shares follow the definition, worked by hand on magnesium', () => {
    const m = loadModel('magnesium');
    // 950 of 1,045 kt smelted by the named countries (USGS rows with a figure), by hand:
    expect(stageShare(m, 'smelting', 'CN')).toBeCloseTo(950 / (950 + 20 + 20 + 20 + 15 + 15 + 5), 12);
    expect(() => stageShare(m, 'end-use', 'CN')).toThrow(/no node with a country and a capacity/);
  });
});
