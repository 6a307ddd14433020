/**
 * countryRisk and candidates (issue 17) survive every interchange format that keeps model-level
 * fields: they travel as JSON text like scenarios (examples/fix-it.json has both).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Model } from '../model/schema.ts';
import { readCsvPair, writeCsvPair } from './csv.ts';
import { readModel, writeModel } from './read-model.ts';

const fixIt = JSON.parse(
  readFileSync(new URL('../../../../examples/fix-it.json', import.meta.url), 'utf8'),
) as Model;

describe('countryRisk and candidates through the interchange formats', () => {
  it.each(['gexf', 'graphml', 'graphology', 'chokepoint'] as const)('%s keeps them', (format) => {
    const back = readModel(writeModel(fixIt, format), { format });
    expect(back.ok ? [] : back.issues).toEqual([]);
    if (!back.ok) return;
    expect(back.model.countryRisk).toEqual(fixIt.countryRisk);
    expect(back.model.candidates).toEqual(fixIt.candidates);
  });

  it('a CSV directory (with model-info.json) keeps them', () => {
    const back = readCsvPair(writeCsvPair(fixIt));
    expect(back.ok ? [] : back.issues).toEqual([]);
    if (!back.ok) return;
    expect(back.model.countryRisk).toEqual(fixIt.countryRisk);
    expect(back.model.candidates).toEqual(fixIt.candidates);
  });
});
