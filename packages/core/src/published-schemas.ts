/**
 * Published JSON Schemas of what Chokepoint writes and reads besides models
 * =========================================================================
 *
 * Draft 2020-12 schemas generated from the zod sources, so that Python, R or any JSON Schema
 * validator can check a report, a comparison or a sweep file. Shipped in the package as
 * `schema/report-v1.schema.json`, `schema/comparison-v1.schema.json` and `schema/sweep-v1.schema.json`
 * (written by `pnpm --filter @chokepoint/core schema`; a test fails when one is stale). The model's
 * own schema is `modelJsonSchema` (model/json-schema.ts).
 */
import { z } from 'zod';
import { COMPARISON_FORMAT, ComparisonSchema } from './analysis/comparison.ts';
import { REPORT_FORMAT, ReportSchema } from './analysis/report.ts';
import { SWEEP_FORMAT, SweepFileSchema } from './sweep/sweep-file.ts';

function publish(
  schema: z.ZodType,
  io: 'input' | 'output',
  name: string,
  title: string,
  description: string,
) {
  return {
    ...(z.toJSONSchema(schema, { target: 'draft-2020-12', io }) as Record<string, unknown>),
    $id: `https://chokepoint.dev/schema/${name}`,
    title,
    description,
  };
}

/** The analysis report: `analyze()` and `chokepoint analyze --json`. */
export function reportJsonSchema(): Record<string, unknown> {
  return publish(
    ReportSchema,
    'output',
    'report-v1.schema.json',
    REPORT_FORMAT,
    'The analysis report of a chokepoint/v1 model (`chokepoint analyze --json`, `analyze()` in ' +
      '@chokepoint/core). Fractions are 0–1; quantities are in the model unit per year.',
  );
}

/** Two reports side by side: `compare()` and `chokepoint compare --json`. */
export function comparisonJsonSchema(): Record<string, unknown> {
  return publish(
    ComparisonSchema,
    'output',
    'comparison-v1.schema.json',
    COMPARISON_FORMAT,
    'Two analysis reports side by side with their changes, b − a (`chokepoint compare --json`, ' +
      '`compare()` in @chokepoint/core).',
  );
}

/** The input of `chokepoint sweep --perturbations <file>`. */
export function sweepFileJsonSchema(): Record<string, unknown> {
  return publish(
    SweepFileSchema,
    'input',
    'sweep-v1.schema.json',
    SWEEP_FORMAT,
    'Factors for `chokepoint sweep`: a list of perturbations, groups of perturbations or factors with ' +
      'levels, every combination of which is run. Node ids and countries are checked against the model ' +
      'by the command, not by this schema.',
  );
}
