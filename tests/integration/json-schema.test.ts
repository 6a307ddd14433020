/**
 * The published JSON Schema and the runtime validator must agree on every file the schema can judge:
 * good files pass both; structurally bad files fail both. Cross-reference problems (dangling edges,
 * unknown stages, duplicate ids, sinks with outgoing edges) are beyond JSON Schema; those files pass the
 * schema and fail the runtime validator, as the schema's description says.
 */
import { readFileSync } from 'node:fs';
import { modelJsonSchema, validateModel } from '@chokepoint/core';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';

const published = JSON.parse(
  readFileSync(new URL('../../packages/core/schema/chokepoint-v1.schema.json', import.meta.url), 'utf8'),
);
const ajv = new Ajv2020({ allErrors: true, strict: false });
const schemaValidate = ajv.compile(published);
const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8'));

// biome-ignore lint/suspicious/noExplicitAny: tests spoil arbitrary fields of a parsed file.
type Loose = Record<string, any>;
const good = () => fixture('small-magnet-chain.json') as Loose;

const structurallyBad: [string, (m: Loose) => void][] = [
  ['wrong format', (m) => (m.format = 'chokepoint/v0')],
  ['missing unit', (m) => delete m.unit],
  ['negative node capacity', (m) => (m.nodes[0].capacity = -1)],
  ['string capacity', (m) => (m.edges[0].capacity = '10')],
  ['zero demand', (m) => (m.nodes[6].demand = 0)],
  ['unknown country code', (m) => (m.nodes[0].country = 'QL')],
  ['lower-case country code', (m) => (m.nodes[0].country = 'cn')],
  ['unknown field', (m) => (m.nodes[0].capcity = 3)],
  ['unknown perturbation type', (m) => (m.scenarios[0].perturbations[0] = { type: 'meteor' })],
  [
    'negative factor',
    (m) => (m.scenarios[0].perturbations[0] = { type: 'capacity', node: 'cn-mine', factor: -2 }),
  ],
  ['empty stages', (m) => (m.stages = [])],
  ['node without id', (m) => delete m.nodes[0].id],
];

const crossReferenceBad: [string, (m: Loose) => void][] = [
  ['edge to a missing node', (m) => (m.edges[0].target = 'ghost')],
  ['unknown stage', (m) => (m.nodes[0].stage = 'smelting')],
  ['duplicate node id', (m) => (m.nodes[1].id = 'cn-mine')],
  ['sink with an outgoing edge', (m) => m.edges.push({ source: 'ev', target: 'wind' })],
];

describe('published JSON Schema', () => {
  it('is the one generated from the zod source (run `pnpm --filter @chokepoint/core schema`)', () => {
    expect(published).toEqual(JSON.parse(JSON.stringify(modelJsonSchema())));
  });

  it('accepts the good fixture, as the runtime validator does', () => {
    expect(schemaValidate(good())).toBe(true);
    expect(validateModel(good()).ok).toBe(true);
  });

  it.each(structurallyBad)('rejects %s, as the runtime validator does', (_name, spoil) => {
    const m = good();
    spoil(m);
    expect(schemaValidate(m)).toBe(false);
    expect(validateModel(m).ok).toBe(false);
  });

  it.each(crossReferenceBad)('leaves %s to the runtime validator', (_name, spoil) => {
    const m = good();
    spoil(m);
    expect(schemaValidate(m)).toBe(true);
    expect(validateModel(m).ok).toBe(false);
  });
});
