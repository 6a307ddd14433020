// Regenerates schema/chokepoint-v1.schema.json from the zod source (a test fails when it is stale).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { modelJsonSchema } from '../src/model/json-schema.ts';

const out = fileURLToPath(new URL('../schema/chokepoint-v1.schema.json', import.meta.url));
writeFileSync(out, `${JSON.stringify(modelJsonSchema(), null, 2)}\n`);
console.log(`wrote ${out}`);
