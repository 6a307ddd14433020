import { describe, expect, it } from 'vitest';
import { smallMagnetChain } from '../../test/fixtures.ts';
import { scenarioIdFor } from './scenarios.ts';

describe('scenarioIdFor', () => {
  const model = { ...smallMagnetChain(), scenarios: [{ id: 'cn-ban', perturbations: [] }] };

  it('turns a label into lower-case words joined by hyphens, accents dropped', () => {
    expect(scenarioIdFor(model, 'Côte d’Ivoire stops exports (2026)')).toBe(
      'cote-d-ivoire-stops-exports-2026',
    );
  });

  it('numbers an id that is taken, and names a label of no letters "scenario"', () => {
    expect(scenarioIdFor(model, 'CN ban')).toBe('cn-ban-2');
    expect(scenarioIdFor(model, '—')).toBe('scenario');
  });
});
