/**
 * The comparison of two reports
 * =============================
 *
 * What `compare(a, b)` returns and `chokepoint compare --json` prints: the figures of two analyses side
 * by side with their change, `b − a`. "a" is the baseline, "b" the variant: two versions of a model,
 * two different models, or one model without and with a scenario. Everything is matched by name (node
 * id, stage, country, component id); a figure that one side lacks is null and so is its change.
 *
 * One zod source for the TypeScript types and the published JSON Schema
 * (`schema/comparison-v1.schema.json`).
 */
import { z } from 'zod';
import { LeverRankingSchema } from './levers/ranking-schema.ts';
import { RESILIENCE_COMPONENT_IDS, ReportSchema } from './report.ts';

export const COMPARISON_FORMAT = 'chokepoint-comparison/v1' as const;

export const DeltaSchema = z
  .object({
    a: z.number().nullable(),
    b: z.number().nullable(),
    change: z.number().nullable().describe('b − a; null when either side is missing.'),
  })
  .strict()
  .describe('One figure on both sides and its change.');

const pair = <T extends z.ZodType>(t: T) =>
  z
    .object({ a: t.nullable(), b: t.nullable() })
    .strict()
    .describe('The value on each side; null where absent.');

const SideSchema = z
  .object({
    provenance: ReportSchema.shape.provenance,
    model: ReportSchema.shape.model,
    scenario: ReportSchema.shape.scenario,
  })
  .strict();

export const ChokepointChangeSchema = z
  .object({
    id: z.string(),
    label: z.string(),
    rank: pair(z.number().int()).describe('Place in the chokepoint list (1 = worst); null when not on it.'),
    shortfallIfRemoved: DeltaSchema,
    singlePointOfFailure: pair(z.boolean()),
  })
  .strict();

export const ComparisonSchema = z
  .object({
    format: z.literal(COMPARISON_FORMAT),
    a: SideSchema,
    b: SideSchema,
    warnings: z
      .array(z.string())
      .describe(
        'What could not be compared, in words: when the two models state different units, quantities ' +
          '(demand, delivered) are shown on both sides but their change is null.',
      ),
    supply: z
      .object({ demand: DeltaSchema, delivered: DeltaSchema, ratio: DeltaSchema })
      .strict()
      .describe('demand and delivered are quantities: their change is null when the units differ.'),
    resilience: z
      .object({
        score: DeltaSchema,
        components: z.array(
          z
            .object({
              id: z.enum(RESILIENCE_COMPONENT_IDS),
              label: z.string(),
              value: DeltaSchema.describe('The served fraction.'),
              points: DeltaSchema,
            })
            .strict(),
        ),
        explanation: z
          .array(z.string())
          .describe('Why the score moved, in words, biggest contribution first (explainScoreChange).'),
      })
      .strict(),
    chokepoints: z
      .object({
        added: z.array(z.string()).describe('Chokepoints of b that are not chokepoints of a, worst first.'),
        removed: z.array(z.string()).describe('Chokepoints of a that b no longer has.'),
        nodes: z
          .array(ChokepointChangeSchema)
          .describe('Every node that is a chokepoint on either side, by its worse rank.'),
      })
      .strict(),
    concentration: z.array(
      z
        .object({
          stage: z.string(),
          hhi: DeltaSchema,
          topCountry: pair(z.string()),
          topShare: DeltaSchema,
          exceedsCrmaThreshold: pair(z.boolean()),
        })
        .strict(),
    ),
    commodityConcentration: z
      .array(
        z
          .object({
            stage: z.string(),
            commodity: z.string().nullable(),
            unit: z.string(),
            hhi: DeltaSchema,
            topCountry: pair(z.string()),
            topShare: DeltaSchema,
            exceedsCrmaThreshold: pair(z.boolean()),
          })
          .strict(),
      )
      .optional()
      .describe(
        "Only when either side reports concentration per stage and commodity (a stage sending NdPr and Dy/Tb): each (stage, commodity) on either side, A's order first.",
      ),
    countryDependence: z
      .array(z.object({ country: z.string(), lostShare: DeltaSchema }).strict())
      .describe('Every country on either side, most lost (on either side) first.'),
    worstCase: z.array(
      z.object({ k: z.number().int(), shortfall: DeltaSchema, nodes: pair(z.array(z.string())) }).strict(),
    ),
    redundancy: z.object({ overall: DeltaSchema }).strict(),
    levers: LeverRankingSchema.optional().describe(
      "When B's scenario holds levers (docs/levers.md): each lever and combination of B's scenario, run as " +
        '"levers, then the rest of the scenario (the shock)", ranked by score points gained per unit of money, ' +
        'with the served fraction under the shock and the cost. Added by `chokepoint compare`.',
    ),
  })
  .strict();

export type Delta = z.infer<typeof DeltaSchema>;
export type ChokepointChange = z.infer<typeof ChokepointChangeSchema>;
/** Two reports side by side with their changes: what `compare(a, b)` returns. */
export type Comparison = z.infer<typeof ComparisonSchema>;
