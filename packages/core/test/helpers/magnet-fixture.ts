/** The hand-worked fixture tests/fixtures/small-magnet-chain.json, validated, for tests. */
import { readFileSync } from 'node:fs';
import type { Model } from '../../src/model/schema.ts';
import { parseModelText } from '../../src/model/validate.ts';

const text = readFileSync(
  new URL('../../../../tests/fixtures/small-magnet-chain.json', import.meta.url),
  'utf8',
);

export function magnetFixture(): Model {
  const r = parseModelText(text);
  if (!r.ok) throw new Error('fixture invalid');
  return r.model;
}
