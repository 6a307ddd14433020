/**
 * Test fixtures for the editor: the repository's hand-made small magnet chain, validated so that
 * tests start from a real `Model`.
 */
import { type Model, validateModel } from '@chokepoint/core';
import smallChain from '../../../tests/fixtures/small-magnet-chain.json' with { type: 'json' };

export function smallMagnetChain(): Model {
  const result = validateModel(structuredClone(smallChain));
  if (!result.ok) throw new Error(`fixture is invalid: ${result.issues.map((i) => i.message).join('; ')}`);
  return result.model;
}
