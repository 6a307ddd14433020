import { z } from 'zod';
import { FORMAT, ModelSchema } from './schema.ts';

/**
 * The JSON Schema (draft 2020-12) of chokepoint/v1, generated from the same zod source as the
 * runtime validator, for researchers validating files in Python or R. It cannot express the
 * cross-reference rules (see `cross-checks.ts`); its description says so.
 */
export function modelJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ModelSchema, { target: 'draft-2020-12', io: 'input' }) as Record<
    string,
    unknown
  >;
  return {
    ...schema,
    $id: 'https://chokepoint.dev/schema/chokepoint-v1.schema.json',
    title: FORMAT,
    description:
      'A critical-mineral supply chain as a graph (chokepoint/v1). Structural rules only: node and edge ids ' +
      'being unique, edges naming existing nodes, node stages being listed in `stages`, and sinks having ' +
      'no outgoing edges are checked by `chokepoint validate`, not by this schema.',
  };
}
