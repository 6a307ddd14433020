/**
 * The lever ranking as data
 * =========================
 *
 * The zod source of a lever ranking (rank.ts) where it is published: in the comparison
 * (`chokepoint compare --json`, schema/comparison-v1.schema.json). The TypeScript types stay in
 * rank.ts; a test checks that rankLevers' output parses.
 */
import { z } from 'zod';

const money = z.number().describe("Money, in the unit of the model's costs and prices.");

export const LeverRowSchema = z
  .object({
    levers: z.array(z.string()).describe('The levers of this row: one, or a combination.'),
    label: z.string(),
    score: z.number().describe('Resilience score with these levers, then the shock.'),
    scoreGained: z.number().describe('score − the score under the shock alone (points, 0.1).'),
    ratio: z.number().describe('Served fraction (delivered / demand) with these levers, then the shock.'),
    servedGained: z.number().describe('ratio − the served fraction under the shock alone.'),
    capex: money.describe('One-off cost of the levers.'),
    yearlyCost: money.describe('Yearly cost, measured without the shock (docs/levers.md).'),
    cost: money.describe('capex + years × yearlyCost.'),
    pointsPerMoney: z.number().nullable().describe('scoreGained / cost; null when the cost is 0.'),
    stock: z.number().describe('Units per year put into strategic stocks (offtakes).'),
    exited: z.array(z.string()).describe('Producers that price pressure removed under this row.'),
  })
  .strict();

export const LeverRankingSchema = z
  .object({
    shock: z.object({ id: z.string(), label: z.string() }).strict().nullable(),
    years: z.number().describe('Years over which yearly costs count against capex.'),
    baseline: z
      .object({ score: z.number(), ratio: z.number(), exited: z.array(z.string()) })
      .strict()
      .describe('The shock alone.'),
    rows: z
      .array(LeverRowSchema)
      .describe('Each lever and combination, ranked by score points gained per unit of money.'),
  })
  .strict();
