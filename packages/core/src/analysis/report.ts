/**
 * The analysis report
 * ===================
 *
 * What `analyze(model, { scenario })` returns and what `chokepoint analyze --json` prints. The editor's
 * panels, the CLI's tables and the workshop view all read this one shape. Fractions are 0–1;
 * quantities are in the model's `unit` per year.
 *
 * One zod source for the TypeScript types (inferred below) and the published JSON Schema
 * (`schema/report-v1.schema.json`, written by `pnpm --filter @chokepoint/core schema`), so that other
 * languages can validate a report and read what each field means.
 */
import { z } from 'zod';
import type { Model } from '../model/schema.ts';
import { modelSha256, SCORE_METHOD_VERSION, TOOL_VERSION } from '../version.ts';

export const REPORT_FORMAT = 'chokepoint-report/v1' as const;

// Ranges are stated in words, not as bounds: sums of floats may land an ulp outside [0, 1], and a
// schema that rejected such a report would be wrong about what the engine means.
const fraction = z.number().describe('A fraction, 0–1.');
const quantity = z.number().describe('A quantity in the model unit per year, ≥ 0.');

export const SupplyReportSchema = z
  .object({
    demand: quantity.describe('Total demand of all sinks (unchanged by removing nodes).'),
    delivered: quantity.describe('Maximum flow from all sources to all sinks under every capacity.'),
    ratio: fraction.describe('delivered / demand; 1 when there is no demand.'),
  })
  .strict();

export const NodeReportSchema = z
  .object({
    id: z.string(),
    label: z.string(),
    stage: z.string(),
    country: z.string().nullable(),
    throughput: quantity.describe(
      'Flow through the node in the maximum flow found (what it supplies, passes on or consumes).',
    ),
    betweenness: z
      .number()
      .describe('Directed, unweighted betweenness, normalized by (n−1)(n−2) as NetworkX does.'),
    flowBetweenness: z
      .number()
      .describe(
        'Share of all demand that would pass through this node if every consumer drew its demand from all ' +
          'the sources that reach it, in proportion to their capacity, along the shortest routes (split ' +
          'evenly where several are equally short). See flow-betweenness.ts.',
      ),
    shortfallIfRemoved: fraction.describe('(delivered − delivered without this node) / total demand.'),
    singlePointOfFailure: z
      .boolean()
      .describe('Some served-able sink becomes unreachable from every source without this node.'),
    cutsOff: z.array(z.string()).describe('The sinks it cuts off when it is a single point of failure.'),
    recipeOutput: z
      .array(z.object({ recipe: z.string(), output: quantity }).strict())
      .optional()
      .describe(
        'Nodes with recipes only: output by recipe ("recipe" = its own, else the alternative id), in the optimum found (docs/recipes.md).',
      ),
    bindingInput: z
      .string()
      .nullable()
      .optional()
      .describe(
        'Nodes with recipes only: the input commodity of which one more unit arriving here would raise delivered most (largest positive shadow price); null when none would.',
      ),
    stock: quantity
      .optional()
      .describe(
        'Models with stock or recovery times only: units on hand, its own `stock` plus what the scenario stockpiles (docs/time.md).',
      ),
    timeToSurviveDays: z
      .number()
      .nullable()
      .optional()
      .describe(
        'Non-consumers of models with stock or recovery times: the largest t (days) such that, with this node producing nothing from day 0, the chain still delivers B·t/365 over [0, t] (bounds scaled by t/365, stocks as extra output); null = unbounded (docs/time.md).',
      ),
    timeToRecoverDays: z
      .number()
      .nullable()
      .optional()
      .describe('Its `recoveryDays` (TTR); null when not given.'),
    performanceImpact: quantity
      .nullable()
      .optional()
      .describe(
        'Delivered over its recoveryDays without disruption minus delivered over them with this node down, stocks counted in both (units, not per year); null without recoveryDays.',
      ),
    riskExposureIndex: fraction
      .nullable()
      .optional()
      .describe(
        'performanceImpact / the largest performanceImpact of the model (0–1); null without recoveryDays.',
      ),
    actOn: z
      .boolean()
      .optional()
      .describe('Time-to-survive shorter than time-to-recover: the chain runs dry before this node is back.'),
  })
  .strict();

export const EdgeReportSchema = z
  .object({
    id: z.string(),
    source: z.string(),
    target: z.string(),
    flow: quantity,
    capacity: quantity.nullable().describe('null = unlimited.'),
    blocked: z
      .boolean()
      .describe("The scenario set this edge's capacity to zero (an export control, or an outage at an end)."),
  })
  .strict();

export const CountryShareSchema = z
  .object({ country: z.string(), capacity: quantity, share: fraction })
  .strict();

export const StageConcentrationSchema = z
  .object({
    stage: z.string(),
    total: quantity.describe("Sum of capacity of the stage's nodes that have a country and a capacity."),
    hhi: z
      .number()
      .nullable()
      .describe('Σ (100·share)² over countries, 0–10,000; null when the stage has no such capacity.'),
    topCountry: z.string().nullable(),
    topShare: fraction,
    shares: z.array(CountryShareSchema),
    exceedsCrmaThreshold: z
      .boolean()
      .describe('EU Critical Raw Materials Act benchmark: one country holds more than 65% of the stage.'),
  })
  .strict();

export const StageCommodityConcentrationSchema = z
  .object({
    stage: z.string(),
    commodity: z
      .string()
      .nullable()
      .describe(
        "What the stage's nodes send: an edge's own commodity, else its source node's; null = none named.",
      ),
    unit: z.string().describe("The commodity's unit from the model's `commodities`, else the model's unit."),
    total: quantity.describe(
      "Sum over the stage's nodes that send this commodity and have a country of their capacity for it: the node's capacity, or the stated capacities of its out-edges carrying it when they add up to less (docs/recipes.md).",
    ),
    hhi: z
      .number()
      .nullable()
      .describe('Σ (100·share)² over countries, 0–10,000; null when no such capacity is finite.'),
    topCountry: z.string().nullable(),
    topShare: fraction,
    shares: z.array(CountryShareSchema),
    exceedsCrmaThreshold: z
      .boolean()
      .describe('One country holds more than 65% of this commodity at this stage (EU CRMA benchmark).'),
  })
  .strict();

export const GroupConcentrationSchema = z
  .object({
    stage: z.string(),
    group: z.string(),
    share: fraction.describe("Share of the stage's capacity held by the group's member countries together."),
  })
  .strict();

export const CountryDependenceSchema = z
  .object({
    country: z.string(),
    lostShare: fraction.describe(
      'Share of delivered flow lost when this country alone imposes a full export control.',
    ),
    deliveredUnderControl: quantity,
  })
  .strict();

export const CountrySupplySchema = z
  .object({
    country: z
      .string()
      .nullable()
      .describe('Country of the consuming nodes (sinks); null for the sinks without a country.'),
    sinks: z.number().int().min(1).describe('How many sinks this row sums.'),
    demand: quantity.describe("Total demand of the country's sinks."),
    served: quantity.describe("What the country's sinks are served in the report's flow."),
    ratio: fraction.describe('served / demand.'),
  })
  .strict();

export const WorstCaseSchema = z
  .object({
    k: z.number().int().min(1),
    nodes: z.array(z.string()),
    shortfall: fraction.describe('(delivered − delivered without these nodes) / total demand.'),
    method: z.enum(['exact', 'greedy']),
    detail: z.string().describe('How the answer was found, in words (e.g. "exhaustive over 1,225 pairs").'),
  })
  .strict();

export const RedundancyReportSchema = z
  .object({
    sinks: z
      .array(z.object({ id: z.string(), minVertexCut: z.number().int().min(0).nullable() }).strict())
      .describe(
        'Minimum number of nodes whose removal cuts every source from the sink (sources may be taken out, ' +
          'the sink itself not); null when no source reaches the sink through positive capacities.',
      ),
    overall: z
      .number()
      .int()
      .min(0)
      .nullable()
      .describe('The smallest over all sinks that are reachable now.'),
  })
  .strict();

export const RESILIENCE_COMPONENT_IDS = [
  'supply',
  'n-1',
  'export-control',
  'diversification',
  'buffers',
] as const;

export const ResilienceComponentSchema = z
  .object({
    id: z.enum(RESILIENCE_COMPONENT_IDS),
    label: z.string(),
    value: fraction.describe('The served fraction this component measures, 0–1.'),
    weight: fraction.describe('Weight in the score; weights sum to 1.'),
    points: z.number().describe('value × weight × 100.'),
    detail: z.string().describe('One sentence a person can read: what is worst and why.'),
  })
  .strict();

export const ResilienceReportSchema = z
  .object({
    score: z
      .number()
      .describe('0–100, monotone in capacity, routes and sources (see README for the formula).'),
    components: z.array(ResilienceComponentSchema),
  })
  .strict();

export const ModelHeaderSchema = z
  .object({
    name: z.string(),
    unit: z.string(),
    year: z.number().int().nullable(),
    nodes: z.number().int().min(0),
    edges: z.number().int().min(0),
  })
  .strict()
  .describe('Which model a report or sweep is about: its name, unit, year and size.');

export type ModelHeader = z.infer<typeof ModelHeaderSchema>;

/** The `model` block every report and sweep result starts with. */
export function modelHeader(model: Model): ModelHeader {
  return {
    name: model.name,
    unit: model.unit,
    year: model.year ?? null,
    nodes: model.nodes.length,
    edges: model.edges.length,
  };
}

export const ProvenanceSchema = z
  .object({
    toolVersion: z.string().describe('Version of Chokepoint (@chokepoint/core) that computed the figures.'),
    scoreMethodVersion: z
      .number()
      .int()
      .min(1)
      .describe(
        'Version of the resilience score method (see README, "The resilience score"): equal versions and ' +
          'equal model hashes give equal scores.',
      ),
    modelSha256: z.string().describe('SHA-256 of the input model, 64 hex digits (see modelSha256Of).'),
    modelSha256Of: z
      .enum(['input-bytes', 'canonical-json'])
      .describe(
        'What was hashed: the bytes of the file the model was read from (the CLI; check it with ' +
          '`sha256sum`), or the canonical JSON of the model (keys sorted, nodes by id and edges by edge id, no ' +
          'whitespace) when the caller ' +
          'gave no bytes (the library, embedded models).',
      ),
  })
  .strict()
  .describe('Which tool, score method and model made these figures, so that a quoted figure can be traced.');

export type Provenance = z.infer<typeof ProvenanceSchema>;

/** The provenance block of a report about `model`; `inputSha256` is the hash of the bytes it was read from. */
export function provenance(model: Model, inputSha256?: string): Provenance {
  return {
    toolVersion: TOOL_VERSION,
    scoreMethodVersion: SCORE_METHOD_VERSION,
    modelSha256: inputSha256 ?? modelSha256(model),
    modelSha256Of: inputSha256 === undefined ? 'canonical-json' : 'input-bytes',
  };
}

export const UnusedFieldSchema = z
  .object({
    field: z.string(),
    nodes: z.number().int().min(0).describe('How many nodes fill it in.'),
    edges: z.number().int().min(0).describe('How many edges fill it in.'),
  })
  .strict();

export type UnusedField = z.infer<typeof UnusedFieldSchema>;

const money = z
  .number()
  .describe("Money per year (or one-off for capex), in the unit of the model's costs and prices.");

export const DispatchReportSchema = z
  .object({
    totalCost: money.describe('Σ node cost × output + Σ edge cost × flow of the dispatch.'),
    nodes: z.array(
      z
        .object({
          id: z.string(),
          output: quantity.describe(
            'Dispatched output (a consumer: what it is served), strategic stock included.',
          ),
          idle: quantity.nullable().describe('Capacity left unused; null when the capacity is unlimited.'),
          utilisation: fraction.nullable().describe('output / capacity; null when unlimited or 0.'),
          stock: quantity.describe('Units per year an offtake buyer puts into a strategic stock.'),
        })
        .strict(),
    ),
  })
  .strict()
  .describe(
    'Among the flows that deliver the maximum, the cheapest (min-cost max-flow; the LP with recipes), with the ' +
      "scenario's lever floors (docs/levers.md). Present when a cost is set or a lever sets floors.",
  );

export const ValueAddedReportSchema = z
  .object({
    rows: z.array(z.object({ country: z.string().nullable(), stage: z.string(), value: money }).strict()),
    byCountry: z.array(z.object({ country: z.string().nullable(), value: money }).strict()),
    unpriced: z.array(z.string()).describe('Commodities met without a price (their terms count 0).'),
  })
  .strict()
  .describe('Output × price − inputs × price, per (country, stage); present when a commodity has a price.');

export const LeverReportSchema = z
  .object({
    index: z.number().int().describe('Index of the perturbation in the scenario.'),
    id: z.string(),
    type: z.string(),
    label: z.string(),
    capex: money,
    yearlyCost: money.describe('opex + the yearly cost the analysis computes (offtake, price floor).'),
    stock: quantity.describe('Units per year put into a strategic stock (offtake).'),
    covered: z.array(z.string()).describe('Producers an offtake or price floor covers.'),
  })
  .strict();

export const RiskSharingReportSchema = z
  .object({
    index: z.number().int().describe('Index of the risk-sharing perturbation in the scenario.'),
    id: z.string(),
    label: z.string(),
    group: z.string(),
    node: z.string().describe('Id of the node the project adds.'),
    host: z.string().describe("The project's country."),
    hostProbability: fraction.describe(
      "The host's yearly disruption probability (countryRisk; 0 if absent).",
    ),
    probabilityBasis: z.enum(['stated', 'wgi-mapping', 'none']),
    capex: money,
    expectedLoss: money.describe('Expected political loss a year: hostProbability × capex.'),
    sharesBasis: z
      .enum(['stated', 'demand', 'equal'])
      .describe("How the shares were set: stated, by each member's demand, or equal (no member demand)."),
    totalGain: quantity.describe("Σ the members' gains in served supply."),
    members: z.array(
      z
        .object({
          country: z.string(),
          share: fraction,
          capex: money.describe('share × capex.'),
          expectedLoss: money.describe('share × expected political loss, a year.'),
          lossIfHostDisrupts: money.describe('share × capex: what the member loses if the host disrupts.'),
          servedWithout: quantity.describe(
            "The member's consumers served under the scenario without this lever.",
          ),
          servedWith: quantity.describe('The same with it.'),
          gain: z.number().describe('servedWith − servedWithout.'),
          alone: z
            .object({ capex: money, expectedLoss: money, lossIfHostDisrupts: money })
            .strict()
            .describe('The member financing the same project alone: it pays all of it, for the same gain.'),
        })
        .strict(),
    ),
  })
  .strict();

export const ReportSchema = z
  .object({
    format: z.literal(REPORT_FORMAT),
    provenance: ProvenanceSchema,
    model: ModelHeaderSchema,
    scenario: z.object({ id: z.string(), label: z.string() }).strict().nullable(),
    supply: SupplyReportSchema,
    nodes: z.array(NodeReportSchema),
    edges: z.array(EdgeReportSchema),
    chokepoints: z
      .array(z.string())
      .describe(
        'Ids of the non-consumer nodes with shortfallIfRemoved > 0, worst first (ties: single points of failure first, then id). Consumers are left out: losing one loses its own demand only.',
      ),
    concentration: z.array(StageConcentrationSchema),
    commodityConcentration: z
      .array(StageCommodityConcentrationSchema)
      .optional()
      .describe(
        'Only when some stage sends several commodities (NdPr and Dy/Tb from separation): concentration per such stage and commodity, stages in model order, commodities by id.',
      ),
    groupConcentration: z.array(GroupConcentrationSchema),
    countryDependence: z.array(CountryDependenceSchema),
    countrySupply: z
      .array(CountrySupplySchema)
      .describe(
        'Served supply per consuming country: the sinks summed by their country (code order; sinks without a country last, as null). Rows add up to supply.delivered.',
      ),
    worstCase: z.array(WorstCaseSchema),
    redundancy: RedundancyReportSchema,
    resilience: ResilienceReportSchema,
    time: z
      .object({
        actOn: z
          .array(z.string())
          .describe(
            'Non-consumers whose time-to-survive is shorter than their time-to-recover, shortest margin first.',
          ),
        riskExposure: z
          .array(z.string())
          .describe('Non-consumers with a recoveryDays, by risk exposure index, highest first (ties by id).'),
      })
      .strict()
      .optional()
      .describe(
        'Present when the model (or scenario) has stock, recoveryDays or a stockpile (docs/time.md).',
      ),
    dispatch: DispatchReportSchema.optional(),
    valueAdded: ValueAddedReportSchema.optional(),
    levers: z.array(LeverReportSchema).optional().describe('The levers of the scenario and what each costs.'),
    riskSharing: z
      .array(RiskSharingReportSchema)
      .optional()
      .describe(
        "Shared projects of the scenario: each member's cost and gain, beside going alone (docs/uncertainty.md).",
      ),
    exited: z
      .array(z.string())
      .optional()
      .describe('Producers that attrition removed before the rest of the scenario applied.'),
    unusedFields: z
      .array(UnusedFieldSchema)
      .describe(
        'Fields the model fills in that no analysis uses yet (cost, leadTimeDays: ' +
          'FIELDS_NOT_USED_YET); the figures do not depend on them.',
      ),
  })
  .strict();

export type SupplyReport = z.infer<typeof SupplyReportSchema>;
export type DispatchReport = z.infer<typeof DispatchReportSchema>;
export type ValueAddedReport = z.infer<typeof ValueAddedReportSchema>;
export type LeverReport = z.infer<typeof LeverReportSchema>;
export type RiskSharingReport = z.infer<typeof RiskSharingReportSchema>;
export type NodeReport = z.infer<typeof NodeReportSchema>;
export type EdgeReport = z.infer<typeof EdgeReportSchema>;
export type CountryShare = z.infer<typeof CountryShareSchema>;
export type StageConcentration = z.infer<typeof StageConcentrationSchema>;
export type StageCommodityConcentration = z.infer<typeof StageCommodityConcentrationSchema>;
export type GroupConcentration = z.infer<typeof GroupConcentrationSchema>;
export type CountryDependence = z.infer<typeof CountryDependenceSchema>;
export type CountrySupply = z.infer<typeof CountrySupplySchema>;
export type WorstCase = z.infer<typeof WorstCaseSchema>;
export type RedundancyReport = z.infer<typeof RedundancyReportSchema>;
export type ResilienceComponent = z.infer<typeof ResilienceComponentSchema>;
export type ResilienceReport = z.infer<typeof ResilienceReportSchema>;
/** The whole report: what `analyze` returns and `chokepoint analyze --json` prints. */
export type Report = z.infer<typeof ReportSchema>;
