// Regenerates the published JSON Schemas from their zod sources (a test fails when one is stale).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { modelJsonSchema } from '../src/model/json-schema.ts';
import { comparisonJsonSchema, reportJsonSchema, sweepFileJsonSchema } from '../src/published-schemas.ts';

export const PUBLISHED_SCHEMAS = {
  'chokepoint-v1.schema.json': modelJsonSchema,
  'report-v1.schema.json': reportJsonSchema,
  'comparison-v1.schema.json': comparisonJsonSchema,
  'sweep-v1.schema.json': sweepFileJsonSchema,
} as const;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [name, make] of Object.entries(PUBLISHED_SCHEMAS)) {
    const out = fileURLToPath(new URL(`../schema/${name}`, import.meta.url));
    writeFileSync(out, `${JSON.stringify(make(), null, 2)}\n`);
    console.log(`wrote ${out}`);
  }
}
