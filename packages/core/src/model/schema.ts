/**
 * The chokepoint/v1 model format
 * ==============================
 *
 * One zod source for three things: the TypeScript types, the runtime validator and the published
 * JSON Schema (`schema/chokepoint-v1.schema.json`, written by `pnpm --filter @chokepoint/core schema`).
 *
 * Structural rules live here. Rules that relate one part of the file to another (a node's stage is one
 * of `stages`, an edge names existing nodes, ids are unique, a sink has no outgoing edges) cannot be
 * said in JSON Schema and live in `cross-checks.ts`.
 *
 * Optional fields for later work are declared now so that v1 files written today stay valid:
 * `cost`, `kind: "recycler"` (secondary supply). `stock`, `recoveryDays`, a scenario's `durationDays`
 * and the `stockpile` perturbation drive the time analysis (docs/time.md).
 * `commodity`, `recipe`, `alternatives`, `yield` and `commodities` drive the recipe analysis
 * (docs/recipes.md).
 */
import { z } from 'zod';
import { COUNTRY_CODES } from './countries.ts';

export const FORMAT = 'chokepoint/v1' as const;

const id = z.string().min(1, 'must be a non-empty string').max(200, 'must be at most 200 characters');

// An enum rather than a refinement so that the published JSON Schema checks codes too.
const countryCode = z.enum(COUNTRY_CODES, {
  error: (iss) =>
    `${JSON.stringify(iss.input)} is not an ISO 3166-1 alpha-2 country code (capitals, e.g. "CN"; ZZ for "rest of world")`,
});

const citation = z.string().min(1).describe('Where the figures on this record come from.');
const notes = z.string().describe('Free text.');

/**
 * The largest capacity, demand, stock or cost a model may state. Float sums stay exact to about 16
 * digits, so a flow over a million figures of up to 1e15 still adds up; 1e308 would overflow to
 * Infinity and turn served fractions into NaN. No real tonnage comes near it (pick a larger unit).
 */
export const MAX_QUANTITY = 1e15;
/** The largest factor a scenario may multiply a capacity or demand by (1e15 × 1e6 still sums). */
export const MAX_FACTOR = 1e6;

const atMost = (what: string, max: number) =>
  `${what} must be at most ${max.toExponential()}: larger figures cannot be summed exactly (use a larger unit)`;

const nonNegative = (what: string, max = MAX_QUANTITY) =>
  z
    .number({ error: `${what} must be a number` })
    .finite()
    .nonnegative(`${what} must be ≥ 0`)
    .max(max, atMost(what, max));

export const nodeKinds = ['source', 'process', 'recycler', 'sink'] as const;

/**
 * Attributes chokepoint/v1 does not define, kept as they came (a Gephi `bc` column, a Kumu custom
 * field) so that a file from another tool loses nothing on its way through. Flat: text, finite numbers
 * and true/false, which every interchange format can hold. No analysis reads them.
 */
export const AttributesSchema = z
  .record(z.string().min(1), z.union([z.string(), z.number().finite(), z.boolean()]))
  .describe(
    'Attributes chokepoint/v1 does not define (from Gephi, Kumu, NetworkX, a spreadsheet), kept as they came; ' +
      'no analysis reads them. Names must not be those of fields.',
  );

export const RecipeInputSchema = z
  .object({
    commodity: id.describe('Commodity consumed (matches the commodity of incoming edges).'),
    ratio: z
      .number({ error: 'ratio must be a number' })
      .finite()
      .positive('must be > 0')
      .describe('Units of this input per unit of output.'),
  })
  .strict();

const recipe = z.array(RecipeInputSchema).min(1, 'a recipe needs at least one input');

export const AlternativeSchema = z
  .object({
    id: id.describe('Unique among the alternatives of this node, e.g. "gbd" (grain-boundary diffusion).'),
    label: z.string().optional(),
    recipe: recipe.describe('Inputs per unit of output when this alternative is used.'),
    maxShare: z
      .number({ error: 'maxShare must be a number' })
      .finite()
      .min(0, 'must be between 0 and 1')
      .max(1, 'must be between 0 and 1')
      .optional()
      .describe("Most of the node's output that may use this alternative (0–1); absent = no limit."),
    source: citation.optional(),
  })
  .strict();

export const CommoditySchema = z
  .object({
    id: id.describe('Commodity id, as named by `commodity` and recipes.'),
    label: z.string().optional(),
    unit: z.string().min(1, 'unit must be a non-empty string').describe('Unit of figures in this commodity.'),
    price: nonNegative('price')
      .optional()
      .describe('Market value per unit of this commodity (for value added and price floors; cite it).'),
    source: citation.optional(),
  })
  .strict();

export const NodeSchema = z
  .object({
    id: id.describe('Unique node id.'),
    label: z.string().optional().describe('Display name.'),
    stage: id.describe('One of the model `stages`.'),
    country: countryCode.optional().describe('ISO 3166-1 alpha-2 code; user-assigned codes for aggregates.'),
    capacity: nonNegative('capacity')
      .optional()
      .describe('Most the node can pass on per year, in the model unit; absent = unlimited.'),
    demand: z
      .number({ error: 'demand must be a number' })
      .finite()
      .positive('demand must be > 0')
      .max(MAX_QUANTITY, atMost('demand', MAX_QUANTITY))
      .optional()
      .describe('Makes the node a consumer (sink): what it needs per year, in the model unit.'),
    source: citation.optional(),
    notes: notes.optional(),
    kind: z
      .enum(nodeKinds)
      .optional()
      .describe('Informative role; "recycler" marks secondary supply. Sources and sinks follow from edges.'),
    commodity: id.optional().describe('What the node produces, e.g. "NdPr oxide".'),
    stock: nonNegative('stock')
      .optional()
      .describe(
        'Units of its output commodity on hand (at a consumer: its own inventory); see docs/time.md.',
      ),
    recoveryDays: nonNegative('recoveryDays')
      .optional()
      .describe('Days to restore it after a disruption (its time-to-recover); see docs/time.md.'),
    cost: nonNegative('cost').optional().describe('Cost per unit passed on.'),
    yield: z
      .number({ error: 'yield must be a number' })
      .finite()
      .positive('must be > 0')
      .optional()
      .describe('Units of output per unit of input, for nodes without a recipe; absent = 1.'),
    recipe: recipe
      .optional()
      .describe(
        'Inputs needed per unit of output, by commodity (multi-input processing; see docs/recipes.md).',
      ),
    alternatives: z
      .array(AlternativeSchema)
      .optional()
      .describe('Substitute recipes on the same node (e.g. a grade with less dysprosium).'),
    tags: z.array(z.string()).optional(),
    x: z.number().finite().optional().describe('Layout position saved by the editor.'),
    y: z.number().finite().optional(),
    attributes: AttributesSchema.optional(),
  })
  .strict();

export const EdgeSchema = z
  .object({
    id: id.optional().describe('Unique edge id; absent = derived from source and target.'),
    source: id.describe('Id of the node the edge leaves.'),
    target: id.describe('Id of the node the edge enters.'),
    capacity: nonNegative('capacity')
      .optional()
      .describe('Most the edge can carry per year; absent = unlimited.'),
    commodity: id.optional().describe('What moves on this edge, when a model has several.'),
    citation: citation
      .optional()
      .describe('Where the figures come from (edges use `citation` because `source` is the endpoint).'),
    notes: notes.optional(),
    cost: nonNegative('cost').optional().describe('Cost per unit carried.'),
    leadTimeDays: nonNegative('leadTimeDays').optional().describe('Transit time, for time simulations.'),
    attributes: AttributesSchema.optional(),
  })
  .strict();

export const GroupSchema = z
  .object({
    id: id.describe('Unique group id.'),
    label: z.string().optional(),
    countries: z.array(countryCode).min(1, 'a group needs at least one country'),
    joined: z
      .record(z.string(), z.string())
      .optional()
      .describe('Date each member joined, as ISO dates keyed by country code.'),
    source: citation.optional(),
    notes: notes.optional(),
  })
  .strict();

const ExportControlSchema = z
  .object({
    type: z.literal('export-control'),
    country: countryCode.describe('The country imposing the control.'),
    stages: z.array(id).optional().describe('Only exports from nodes of these stages; absent = all.'),
    allow: z.array(countryCode).optional().describe('Countries still served.'),
    allowGroups: z.array(id).optional().describe('Groups whose member countries are still served.'),
    commodities: z.array(id).optional().describe('Only edges carrying these commodities; absent = all.'),
  })
  .strict();

const OutageSchema = z
  .object({ type: z.literal('outage'), node: id.describe('The node that stops operating.') })
  .strict();

const CapacityFactorSchema = z
  .object({
    type: z.literal('capacity'),
    node: id,
    factor: nonNegative('factor', MAX_FACTOR).describe('Multiplies the node capacity.'),
  })
  .strict();

const DemandFactorSchema = z
  .object({
    type: z.literal('demand'),
    node: id,
    factor: nonNegative('factor', MAX_FACTOR).describe('Multiplies the node demand.'),
  })
  .strict();

/**
 * Strategic stock added by a scenario (docs/time.md): on one node, or on every node of one country at
 * one stage; as units of the node's output commodity, or as days of its baseline output. Exactly one
 * of `node` / `country`+`stage`, and exactly one of `units` / `days`.
 */
const StockpileSchema = z
  .object({
    type: z.literal('stockpile'),
    node: id.optional().describe('The node that holds the stock.'),
    country: countryCode.optional().describe('With `stage`: every node of this country at that stage.'),
    stage: id.optional().describe('With `country`: the stage whose nodes in that country hold the stock.'),
    units: nonNegative('units').optional().describe('Units of the output commodity added (split by output).'),
    days: nonNegative('days', 36_500).optional().describe("Days of each node's baseline output added."),
  })
  .strict()
  .superRefine((p, ctx) => {
    const byNode = p.node !== undefined;
    const byPlace = p.country !== undefined || p.stage !== undefined;
    if (byNode === byPlace) {
      ctx.addIssue({
        code: 'custom',
        path: byNode ? ['country'] : ['node'],
        message: 'a stockpile names either a node, or a country and a stage',
      });
    } else if (byPlace && (p.country === undefined || p.stage === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [p.country === undefined ? 'country' : 'stage'],
        message: 'a stockpile by place needs both a country and a stage',
      });
    }
    if ((p.units === undefined) === (p.days === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: p.units === undefined ? ['units'] : ['days'],
        message: 'a stockpile gives either units or days of output, not both and not neither',
      });
    }
  });
// Levers (issue 15, docs/levers.md): answers to a chokepoint, each with what it costs.
const money = (what: string) => nonNegative(what);
const leverMoney = {
  capex: money('capex').optional().describe('One-off cost of the lever, in money (e.g. US$).'),
  opex: money('opex').optional().describe('Yearly cost of the lever besides what the analysis computes.'),
};
const share = (what: string) =>
  z
    .number({ error: `${what} must be a number` })
    .finite()
    .min(0, `${what} must be between 0 and 1`)
    .max(1, `${what} must be between 0 and 1`);
/** Which producers a lever covers: named nodes, or every non-consumer of a country and/or stage. */
const covered = {
  nodes: z.array(id).min(1, 'list at least one node').optional().describe('The covered nodes.'),
  country: countryCode.optional().describe('With or without `stage`: every non-consumer node in it.'),
  stage: id.optional().describe('With or without `country`: every non-consumer node of this stage.'),
};

const AttritionSchema = z
  .object({
    type: z.literal('attrition'),
    years: z
      .number({ error: 'years must be a number' })
      .finite()
      .positive('years must be > 0')
      .max(1000, 'years must be at most 1000')
      .describe('How long the price pressure lasts, in years.'),
    minUtilisation: share('minUtilisation').describe(
      'A producer dispatched below this share of its capacity exits (capacity 0) unless a lever covers it.',
    ),
  })
  .strict();

const OfftakeSchema = z
  .object({
    type: z.literal('offtake'),
    ...covered,
    share: share('share').describe("The buyer takes at least this share of the covered nodes' capacity."),
    price: money('price').optional().describe('Price the buyer pays per unit; absent = market terms.'),
    ...leverMoney,
  })
  .strict();

const PriceFloorSchema = z
  .object({
    type: z.literal('price-floor'),
    ...covered,
    price: money('price').describe('Covered producers are paid at least this per unit.'),
    ...leverMoney,
  })
  .strict();

const RecyclingSchema = z
  .object({
    type: z.literal('recycling'),
    sinks: z.array(id).min(1, 'list at least one sink').optional().describe('Consumers whose use returns.'),
    stage: id.optional().describe('Or: every consumer of this stage. Neither: every consumer.'),
    share: share('share').describe('Share of what the sinks consume that is collected.'),
    into: id.describe('Stage at which the recovered material re-enters as secondary supply.'),
    yield: z
      .number({ error: 'yield must be a number' })
      .finite()
      .positive('yield must be > 0')
      .max(1, 'yield must be at most 1')
      .optional()
      .describe('Recovered units per unit collected; absent = 1.'),
    country: countryCode.optional().describe('Where the recycler is; absent = no country.'),
    capacity: nonNegative('capacity').optional().describe('Most the recycler can process per year.'),
    ...leverMoney,
  })
  .strict();

const SubstitutionSchema = z
  .object({
    type: z.literal('substitution'),
    node: id.optional().describe('Recipe form: the node whose alternative is allowed more.'),
    alternative: id.optional().describe('Recipe form: the alternative id on that node.'),
    maxShare: share('maxShare').optional().describe("Recipe form: the alternative's new maxShare."),
    sink: id.optional().describe('Demand form: the consumer whose demand moves.'),
    share: share('share').optional().describe('Demand form: the share of its demand that moves.'),
    to: id.optional().describe('Demand form: the consumer that takes it; absent = leaves the model.'),
    ...leverMoney,
  })
  .strict();

const PartnersOnlySchema = z
  .object({
    type: z.literal('partners-only'),
    group: id.describe('Every node in a country outside this group stops; nodes without a country stay.'),
  })
  .strict();

const NewCapacitySchema = z
  .object({
    type: z.literal('new-capacity'),
    id: id.optional().describe('Id of the new node; absent = "new-<country>-<stage>".'),
    label: z.string().optional(),
    country: countryCode,
    stage: id,
    capacity: nonNegative('capacity').describe('Capacity of the new producer per year.'),
    commodity: id.optional(),
    cost: money('cost').optional().describe('Cost per unit it passes on.'),
    from: z.array(id).optional().describe('Its suppliers; absent = it is a source.'),
    to: z
      .array(id)
      .optional()
      .describe("Its customers; absent = the customers of the stage's existing nodes."),
    ...leverMoney,
  })
  .strict();

/**
 * Shared finance (issue 17, docs/uncertainty.md): a new-capacity project whose capex and expected
 * political loss (the host's yearly disruption probability × capex) are split among a group's members,
 * by `shares` or, absent, in proportion to each member's demand in the model.
 */
/** How far stated risk-sharing shares may add up from 1 (float round-off in hand-typed thirds). */
export const SHARES_TOLERANCE = 1e-6;

const RiskSharingSchema = z
  .object({
    type: z.literal('risk-sharing'),
    group: id.describe('The country group (groups[].id) whose members share the project.'),
    project: NewCapacitySchema.omit({ type: true })
      .extend({ capex: money('capex').describe('One-off cost of the project, shared by the members.') })
      .describe('The project: the fields of a new-capacity lever, with its capex required.'),
    shares: z
      .partialRecord(countryCode, share('share'))
      .optional()
      .describe(
        "Each member's share of the cost, keyed by country code, summing to 1; absent = in proportion to each member's demand.",
      ),
  })
  .strict();

export const PerturbationSchema = z.discriminatedUnion('type', [
  ExportControlSchema,
  OutageSchema,
  CapacityFactorSchema,
  DemandFactorSchema,
  StockpileSchema,
  AttritionSchema,
  OfftakeSchema,
  PriceFloorSchema,
  RecyclingSchema,
  SubstitutionSchema,
  PartnersOnlySchema,
  NewCapacitySchema,
  RiskSharingSchema,
]);

/** Perturbation types that are levers (answers to a shock), as opposed to shocks and market pressure. */
export const LEVER_TYPES = [
  'offtake',
  'price-floor',
  'recycling',
  'substitution',
  'partners-only',
  'new-capacity',
  'risk-sharing',
] as const;
export type LeverType = (typeof LEVER_TYPES)[number];

export const ScenarioSchema = z
  .object({
    id: id.describe('Unique scenario id.'),
    label: z.string().optional(),
    description: z.string().optional(),
    date: z.string().optional().describe('When it happened or was announced (ISO date).'),
    source: citation.optional(),
    durationDays: z
      .number({ error: 'durationDays must be a number' })
      .finite()
      .positive('durationDays must be > 0')
      .max(36_500, 'durationDays must be at most 36,500 (100 years)')
      .optional()
      .describe('How long its perturbations last, in days; absent = the whole horizon (docs/time.md).'),
    perturbations: z.array(PerturbationSchema),
  })
  .strict();

export const ReferenceSchema = z
  .object({
    id: id.describe('Key that citations may quote, e.g. "MCS26".'),
    title: z.string(),
    publisher: z.string().optional(),
    year: z.number().int().optional(),
    url: z.string().optional(),
    license: z.string().optional(),
  })
  .strict();

/**
 * Political risk (docs/uncertainty.md): a country's yearly probability of a disruption, given directly
 * or derived from the World Bank WGI political-stability estimate through the mapping stated there (no
 * published mapping exists, so the one used is an assumption the report names).
 */
export const CountryRiskSchema = z
  .object({
    country: countryCode,
    probability: z
      .number({ error: 'probability must be a number' })
      .finite()
      .min(0, 'probability must be between 0 and 1')
      .max(1, 'probability must be between 0 and 1')
      .optional()
      .describe('Yearly probability that the country disrupts (0–1).'),
    wgi: z
      .number({ error: 'wgi must be a number' })
      .finite()
      .min(-2.5, 'wgi must be between -2.5 and 2.5')
      .max(2.5, 'wgi must be between -2.5 and 2.5')
      .optional()
      .describe('WGI political-stability estimate (−2.5 to 2.5), used when `probability` is absent.'),
    disruption: z
      .enum(['export-stop', 'outage'])
      .optional()
      .describe('What a disruption does: its exports stop (default) or all its nodes stop.'),
    source: citation,
    notes: notes.optional(),
  })
  .strict();

const candidateBase = {
  id: id.describe('Unique candidate id.'),
  label: z.string().optional(),
  cost: nonNegative('cost').describe('What choosing it costs (one-off or yearly; one currency per model).'),
  source: citation.optional(),
  notes: notes.optional(),
};

/**
 * Candidate fixes for `suggest` (docs/uncertainty.md): each is an addition to the model with a cost,
 * and the cheapest set that meets a target under a shock is a MILP.
 */
export const CandidateSchema = z.discriminatedUnion('kind', [
  z
    .object({
      ...candidateBase,
      kind: z.literal('route'),
      from: id.describe('Node the new route leaves.'),
      to: id.describe('Node the new route enters.'),
      capacity: nonNegative('capacity').describe('Most the route carries per year.'),
      commodity: id.optional(),
    })
    .strict(),
  z
    .object({
      ...candidateBase,
      kind: z.literal('capacity'),
      node: id.describe('Node whose capacity grows.'),
      add: nonNegative('add').describe('Capacity added per year.'),
    })
    .strict(),
  z
    .object({
      ...candidateBase,
      kind: z.literal('stockpile'),
      node: id.describe('Node that holds the stock: it may pass it on beyond its capacity.'),
      units: nonNegative('units').describe('Units released over the year of the shock.'),
    })
    .strict(),
  z
    .object({
      ...candidateBase,
      kind: z.literal('offtake'),
      nodes: z
        .array(id)
        .min(1, 'list at least one node')
        .describe(
          'The producers a buyer guarantees to take from: they survive the price pressure of the shock.',
        ),
      share: share('share').describe(
        "The buyer takes at least this share of the nodes' capacity (as the offtake lever).",
      ),
    })
    .strict(),
  z
    .object({
      ...candidateBase,
      kind: z.literal('producer'),
      node: z
        .object({
          id,
          label: z.string().optional(),
          stage: id,
          country: countryCode.optional(),
          capacity: nonNegative('capacity'),
          commodity: id.optional(),
        })
        .strict()
        .describe('The new node.'),
      from: z.array(id).optional().describe('Its suppliers (none: it is a new source).'),
      to: z.array(id).min(1, 'a producer needs at least one customer').describe('Its customers.'),
    })
    .strict(),
]);

export const ModelSchema = z
  .object({
    $schema: z.string().optional(),
    format: z.literal(FORMAT, { error: `format must be "${FORMAT}"` }),
    name: z.string().min(1, 'name must be a non-empty string'),
    description: z.string().optional(),
    year: z.number().int().optional().describe('Reference year of the figures.'),
    unit: z.string().min(1, 'unit must be a non-empty string').describe('Unit of every capacity and demand.'),
    stages: z.array(id).min(1, 'a model needs at least one stage').describe('Ordered, upstream first.'),
    commodities: z
      .array(CommoditySchema)
      .optional()
      .describe('The commodities a multi-commodity model names, each with its own unit.'),
    nodes: z.array(NodeSchema),
    edges: z.array(EdgeSchema),
    groups: z.array(GroupSchema).optional(),
    scenarios: z.array(ScenarioSchema).optional(),
    countryRisk: z
      .array(CountryRiskSchema)
      .optional()
      .describe('Yearly disruption probability per country, for `chokepoint risk`.'),
    candidates: z
      .array(CandidateSchema)
      .optional()
      .describe('Possible fixes with their costs, for `chokepoint suggest`.'),
    references: z.array(ReferenceSchema).optional().describe('Bibliography that citations refer to.'),
    notes: notes.optional(),
  })
  .strict();

export type Model = z.infer<typeof ModelSchema>;
export type ModelNode = z.infer<typeof NodeSchema>;
export type ModelEdge = z.infer<typeof EdgeSchema>;
export type Group = z.infer<typeof GroupSchema>;
export type Scenario = z.infer<typeof ScenarioSchema>;
export type Perturbation = z.infer<typeof PerturbationSchema>;
export type PerturbationType = Perturbation['type'];
export type Reference = z.infer<typeof ReferenceSchema>;
export type RecipeInput = z.infer<typeof RecipeInputSchema>;
export type Alternative = z.infer<typeof AlternativeSchema>;
export type Commodity = z.infer<typeof CommoditySchema>;
export type CountryRisk = z.infer<typeof CountryRiskSchema>;
export type Candidate = z.infer<typeof CandidateSchema>;
