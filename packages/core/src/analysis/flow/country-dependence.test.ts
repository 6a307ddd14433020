import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chain } from '../../../test/small-chains.ts';
import { parseModelText } from '../../model/validate.ts';
import { countryDependence } from './country-dependence.ts';

describe('countryDependence', () => {
  it('the small magnet chain depends on China alone', () => {
    const text = readFileSync(
      new URL('../../../../../tests/fixtures/small-magnet-chain.json', import.meta.url),
      'utf8',
    );
    const r = parseModelText(text);
    if (!r.ok) throw new Error('fixture invalid');
    // 180 delivered. CN control: only au-mine → my-sep (20) → jp-mag (15) → ev is left: 15, lost 165.
    // AU, JP, MY controls: China's own capacity still serves all 180 (cn-mag 200 ≥ 180).
    expect(countryDependence(r.model)).toEqual([
      { country: 'CN', lostShare: 165 / 180, deliveredUnderControl: 15 },
      { country: 'AU', lostShare: 0, deliveredUnderControl: 180 },
      { country: 'JP', lostShare: 0, deliveredUnderControl: 180 },
      { country: 'MY', lostShare: 0, deliveredUnderControl: 180 },
    ]);
  });

  it('domestic flow continues and country-less consumers count as abroad', () => {
    // AU mine 50 → AU refinery 30 → AU sink (20) and → foreign sink without country (40);
    // AU mine → US refinery 25 → US sink (40). Refineries could pass 30 + 25 = 55 but the mine
    // supplies 50: delivered 50. AU control: only mine → AU refinery → AU sink is domestic: 20 left,
    // lost 30 of 50. US control: US refinery → US sink is domestic; nothing changes.
    const model = chain(
      [
        ['mine', { country: 'AU', capacity: 50 }],
        ['au-ref', { country: 'AU', capacity: 30 }],
        ['us-ref', { country: 'US', capacity: 25 }],
        ['au-use', { country: 'AU', demand: 20 }],
        ['abroad', { demand: 40 }],
        ['us-use', { country: 'US', demand: 40 }],
      ],
      [
        ['mine', 'au-ref'],
        ['mine', 'us-ref'],
        ['au-ref', 'au-use'],
        ['au-ref', 'abroad'],
        ['us-ref', 'us-use'],
      ],
    );
    expect(countryDependence(model)).toEqual([
      { country: 'AU', lostShare: 30 / 50, deliveredUnderControl: 20 },
      { country: 'US', lostShare: 0, deliveredUnderControl: 50 },
    ]);
  });

  it('nothing delivered: nothing to lose', () => {
    const model = chain(
      [
        ['s', { country: 'CN', capacity: 0 }],
        ['d', { country: 'JP', demand: 5 }],
      ],
      [['s', 'd']],
    );
    expect(countryDependence(model)).toEqual([
      { country: 'CN', lostShare: 0, deliveredUnderControl: 0 },
      { country: 'JP', lostShare: 0, deliveredUnderControl: 0 },
    ]);
  });
});
