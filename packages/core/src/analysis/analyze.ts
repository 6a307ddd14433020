/**
 * analyze
 * =======
 *
 * The one call that answers "where does this chain choke?": it applies a scenario (optional), indexes
 * the model once, runs every kernel on that index and assembles the `Report` that the CLI prints, the
 * editor draws and the workshop view shares. Pure: the same model and options give the same report.
 *
 * The worst-case N-k search is the only part whose cost grows fast with model size; the editor's live
 * path can turn it off (`worstCase: []`) and ask for it separately.
 */
import { countryName } from '../model/countries.ts';
import { edgeId } from '../model/edge-id.ts';
import type { Model, Scenario } from '../model/schema.ts';
import type { Assessment } from './assess.ts';
import { canonicalModel, inOrderOf } from './canonical-order.ts';
import { contingencyTable } from './flow/contingency.ts';
import { countryDependence } from './flow/country-dependence.ts';
import { countrySupply } from './flow/country-supply.ts';
import { redundancy } from './flow/redundancy.ts';
import { RELATIVE_TOLERANCE } from './flow/residual-network.ts';
import { type StageCountryLoss, stageCountryLoss } from './flow/stage-country-loss.ts';
import { computeSupply, nodeThroughput, type SolvedSupply, solveSupply } from './flow/supply.ts';
import { type WorstCaseOptions, worstCase } from './flow/worst-case.ts';
import { type IndexedGraph, indexModel } from './indexed-graph.ts';
import { economics, valueAddedOf } from './levers/economics.ts';
import { hasRecipes } from './recipes/node-recipes.ts';
import { type RecipeFigureOptions, type RecipeFigures, recipeFigures } from './recipes/recipe-figures.ts';
import { lpLabel } from './recipes/recipe-lp.ts';
import { recipeSinglePoints } from './recipes/supplied.ts';
import {
  type EdgeReport,
  modelHeader,
  type NodeReport,
  provenance,
  REPORT_FORMAT,
  type Report,
  type ResilienceReport,
} from './report.ts';
import {
  applyScenario,
  applyScenarioWithEffects,
  resolveScenario,
  type ScenarioEffects,
} from './scenario/apply-scenario.ts';
import { type ResilienceInputs, resilienceScore } from './score/resilience.ts';
import { betweenness } from './structure/betweenness.ts';
import {
  groupConcentration,
  stageCommodityConcentration,
  stageConcentration,
} from './structure/concentration.ts';
import { flowBetweenness } from './structure/flow-betweenness.ts';
import { singlePointsOfFailure } from './structure/single-points.ts';
import { hasTimeData } from './time/stocks.ts';
import { type BufferLoss, type TimeFigures, timeFigures } from './time/survive.ts';
import { riskSharingReport } from './uncertainty/risk-sharing.ts';
import { unusedFields } from './unused-fields.ts';

/** Above this many nodes `analyze` skips the N-k search unless asked (it grows ~n² and n³). */
export const AUTO_WORST_CASE_NODES = 300;

export interface AnalyzeOptions {
  /** A scenario object, or the id of one of the model's scenarios. */
  scenario?: Scenario | string | null;
  /**
   * Sizes of the worst-case N-k search; [] skips it. Default: [2, 3] for models of up to
   * AUTO_WORST_CASE_NODES nodes, [] above, where the exhaustive search outgrows an interactive budget.
   */
  worstCase?: readonly number[];
  worstCaseOptions?: WorstCaseOptions;
  /**
   * SHA-256 (hex) of the bytes the model was read from, for the report's provenance; absent = the hash
   * of the model's canonical JSON.
   */
  inputSha256?: string;
  /**
   * Called once with the supply and the resilience score as soon as they are known, before the rest
   * of the report (betweenness, single points of failure, concentration, economics) is computed. The
   * editor's worker posts it at once, so the score reaches the screen before the panels. The figures
   * are those of the report (and of `assess`).
   */
  onAssessment?: (assessment: Assessment) => void;
}

/** The full analysis report of a validated model, under an optional scenario. */
export function analyze(model: Model, options: AnalyzeOptions = {}): Report {
  const scenario =
    typeof options.scenario === 'string' ? resolveScenario(model, options.scenario) : options.scenario;
  // Every figure is computed on the model in id order and handed back in the file's order, so the
  // order of a file changes nothing (canonical-order.ts).
  const canonical = canonicalModel(model);
  const effects = scenario ? applyScenarioWithEffects(canonical, scenario) : null;
  const effective = effects?.model ?? canonical;

  const g = indexModel(effective);
  const ks = options.worstCase ?? (model.nodes.length <= AUTO_WORST_CASE_NODES ? [2, 3] : []);
  const candidates = Uint8Array.from(g.isSink, (sink) => 1 - sink);
  const timed = hasTimeData(model, scenario);
  const scenarioHeader = scenario ? { id: scenario.id, label: scenario.label ?? scenario.id } : null;
  // The score of a recipe model without time data needs the fair split's flows only to break ties:
  // without one, it is told before that split, the last and often dearest step (onAssessment).
  let early: ResilienceReport | null = null;
  const beforeFairSplit =
    options.onAssessment && !timed
      ? ({
          plain,
          n1,
          dependence,
          stageLoss,
        }: Parameters<NonNullable<RecipeFigureOptions['beforeFairSplit']>>[0]) => {
          const flow = { delivered: plain.delivered, throughput: null, stageLoss };
          const inputs = untiedResilienceInputs(effective, g, flow, plain.demand, n1.lost, dependence, null);
          if (inputs === null) return;
          early = resilienceScore(inputs);
          const supply = { demand: plain.demand, delivered: plain.delivered, ratio: plain.ratio };
          options.onAssessment!({ scenario: scenarioHeader, supply, resilience: early });
        }
      : undefined;
  // A model with recipes or yields: every flow figure from the recipe LP (docs/recipes.md).
  const lp: RecipeFigures | null = hasRecipes(effective)
    ? recipeFigures(effective, g, lpLabel(model, scenario), {
        worstCase: ks,
        worstCaseOptions: { candidates },
        ...(beforeFairSplit ? { beforeFairSplit } : {}),
      })
    : null;
  // One baseline max-flow serves supply, the N-1 table and country dependence (each leaves it as it was).
  const solved = lp ? null : solveSupply(g);
  const supply = lp?.supply ?? computeSupply(g, undefined, solved!);
  const n1 = lp?.n1 ?? contingencyTable(g, undefined, solved!);
  const dependence = lp?.dependence ?? countryDependence(effective, g, {}, solved!);
  // Stock and recovery times: time-to-survive, impact and the score's buffer term (docs/time.md).
  const time: TimeFigures | null = timed
    ? timeFigures(effective, g, scenario, lpLabel(model, scenario), {
        unperturbed: canonical,
        yearly: { delivered: supply.delivered, lost: n1.lost },
      })
    : null;
  // Everything the score is built from is known: it goes out before the structure figures.
  const supplyHeader = { demand: supply.demand, delivered: supply.delivered, ratio: supply.ratio };
  // Typed again: `early` is set inside the callback, which TypeScript's narrowing does not follow.
  const told: ResilienceReport | null = early;
  const resilience =
    told ??
    resilienceScore(
      resilienceInputs(
        effective,
        g,
        solved ?? scoreFlow(lp!),
        supply.demand,
        n1.lost,
        dependence,
        time?.buffer ?? null,
      ),
    );
  if (told === null) options.onAssessment?.({ scenario: scenarioHeader, supply: supplyHeader, resilience });

  const bc = betweenness(g);
  const fbc = flowBetweenness(g);
  const spof = lp ? recipeSinglePoints(effective, g) : singlePointsOfFailure(g);
  const concentration = stageConcentration(effective);
  const byCommodity = stageCommodityConcentration(effective);

  // Relative tolerance: flows are sums of floats, so "loses nothing" means "loses under 1e-12 of it".
  const eps = RELATIVE_TOLERANCE * supply.delivered;
  const nodes: NodeReport[] = effective.nodes.map((node, v) => ({
    id: node.id,
    label: node.label ?? node.id,
    stage: node.stage,
    country: node.country ?? null,
    throughput: supply.nodeThroughput[v]!,
    betweenness: bc[v]!,
    flowBetweenness: fbc[v]!,
    shortfallIfRemoved: n1.lost[v]! > eps ? n1.shortfall[v]! : 0,
    singlePointOfFailure: spof.cutsOff[v]!.length > 0,
    cutsOff: spof.cutsOff[v]!,
    ...(lp?.supply.recipeOutput[v]
      ? { recipeOutput: lp.supply.recipeOutput[v]!, bindingInput: lp.supply.bindingInput[v]! }
      : {}),
    ...(time ? { stock: time.stock[v]!, ...(time.nodes[v] ?? {}) } : {}),
  }));

  const edges: EdgeReport[] = effective.edges.map((edge, e) => ({
    id: g.edgeIds[e]!,
    source: edge.source,
    target: edge.target,
    flow: supply.edgeFlow[e]!,
    capacity: edge.capacity ?? null,
    blocked: effects ? effects.blocked[e] === 1 : false,
  }));

  // Consumers are left out of the ranking and of the score's N-1 term: a closing EV plant loses its own
  // demand, which says nothing about where supply chokes. Their row in `nodes` keeps the figure.
  const chokepoints = nodes
    .filter((n, v) => n.shortfallIfRemoved > 0 && !g.isSink[v])
    .sort(
      (a, b) =>
        b.shortfallIfRemoved - a.shortfallIfRemoved ||
        Number(b.singlePointOfFailure) - Number(a.singlePointOfFailure) ||
        (a.id < b.id ? -1 : 1),
    )
    .map((n) => n.id);

  return {
    format: REPORT_FORMAT,
    provenance: provenance(model, options.inputSha256),
    model: modelHeader(model),
    scenario: scenarioHeader,
    supply: supplyHeader,
    nodes: inOrderOf(
      model.nodes.map((n) => n.id),
      nodes,
    ),
    edges: inOrderOf(model.edges.map(edgeId), edges),
    chokepoints,
    concentration,
    ...(byCommodity.length > 0 ? { commodityConcentration: byCommodity } : {}),
    groupConcentration: groupConcentration(effective, concentration),
    countryDependence: dependence,
    countrySupply: countrySupply(effective, g, supply.nodeThroughput),
    worstCase:
      lp?.worstCase ??
      ks.map((k) => {
        const { upperBound: _bound, ...w } = worstCase(g, k, { candidates, ...options.worstCaseOptions });
        return w;
      }),
    redundancy: redundancy(g),
    resilience,
    ...(time ? { time: timeRanking(nodes, g) } : {}),
    ...economicsSection(
      effective,
      g,
      scenario ?? null,
      effects,
      supply,
      model.nodes.map((n) => n.id),
    ),
    ...riskSharingSection(canonical, scenario ?? null, effects),
    unusedFields: unusedFields(model),
  };
}

/** The report's dispatch, value added, levers and attrition (docs/levers.md); absent when none apply. */
function economicsSection(
  effective: Model,
  g: IndexedGraph,
  scenario: Scenario | null,
  effects: ScenarioEffects | null,
  supply: { nodeThroughput: Float64Array; edgeFlow: Float64Array },
  order: readonly string[],
): Partial<Pick<Report, 'dispatch' | 'valueAdded' | 'levers' | 'exited'>> {
  const eco = economics(effective, g, scenario);
  const out: Partial<Pick<Report, 'dispatch' | 'valueAdded' | 'levers' | 'exited'>> = {};
  if (eco.dispatch) {
    const d = eco.dispatch;
    out.dispatch = {
      totalCost: d.totalCost,
      nodes: inOrderOf(
        order,
        effective.nodes.map((n, v) => {
          const cap = g.isSink[v] ? Math.min(g.nodeCapacity[v]!, g.demand[v]!) : g.nodeCapacity[v]!;
          return {
            id: n.id,
            output: d.output[v]!,
            idle: Number.isFinite(cap) ? d.idle[v]! : null,
            utilisation: Number.isFinite(cap) && cap > 0 ? d.output[v]! / cap : null,
            stock: d.stock[v]!,
          };
        }),
      ),
    };
  }
  const va =
    eco.valueAdded ??
    valueAddedOf(effective, g, { output: supply.nodeThroughput, edgeFlow: supply.edgeFlow });
  if (va) out.valueAdded = va;
  if (eco.levers.length > 0) out.levers = eco.levers;
  if (effects && effects.exited.length > 0) out.exited = effects.exited;
  return out;
}

/** Each member's cost and gain for the scenario's shared projects (docs/uncertainty.md); absent when none. */
function riskSharingSection(
  canonical: Model,
  scenario: Scenario | null,
  effects: ScenarioEffects | null,
): Partial<Pick<Report, 'riskSharing'>> {
  if (!scenario || !effects || !scenario.perturbations.some((p) => p.type === 'risk-sharing')) return {};
  return {
    riskSharing: riskSharingReport(
      canonical,
      scenario,
      effects.model,
      effects.added,
      effects.addedBy,
      applyScenario,
    ),
  };
}

/** What the score needs from the recipe LP in place of the solved max-flow (docs/recipes.md). */
export function scoreFlow(lp: RecipeFigures): RecipeScoreFlow {
  return { delivered: lp.supply.delivered, throughput: lp.supply.nodeThroughput, stageLoss: lp.stageLoss };
}

export interface RecipeScoreFlow {
  delivered: number;
  /**
   * Output of each node in the optimum (ties in the score name the node or country carrying most).
   * Null before the recipe LP's fair split, which decides it: then the inputs exist only without ties.
   */
  throughput: Float64Array | null;
  stageLoss: StageCountryLoss | null;
}

/** The served fractions the score is built from (see resilience.ts); `assess` shares it. */
export function resilienceInputs(...args: Parameters<typeof untiedResilienceInputs>): ResilienceInputs {
  const inputs = untiedResilienceInputs(...args);
  if (inputs === null)
    throw new Error('resilienceInputs: a tie in the score needs the flows, and none were given');
  return inputs;
}

/**
 * As `resilienceInputs`, but null when the flows are not given (`throughput: null`) and a tie needs
 * them: then `analyze` tells the score after the fair split instead of before it.
 */
function untiedResilienceInputs(
  model: Model,
  g: IndexedGraph,
  solved: SolvedSupply | RecipeScoreFlow,
  demand: number,
  lost: Float64Array,
  dependence: ReturnType<typeof countryDependence>,
  buffer: BufferLoss | null = null,
): ResilienceInputs | null {
  const { delivered } = solved;
  let through: Float64Array | null | undefined;
  const throughput = () => {
    through ??= 'network' in solved ? nodeThroughput(solved.network) : solved.throughput;
    return through;
  };
  // The greatest loss; equal losses (often none at all) name the node carrying most, never one
  // connected to nothing, and the first of those.
  let worst = -1;
  const tied: number[] = [];
  for (let v = 0; v < lost.length; v++) {
    if (g.isSink[v]) continue;
    if (worst === -1 || lost[v]! > lost[worst]!) {
      worst = v;
      tied.length = 0;
    } else if (lost[v] === lost[worst]) tied.push(v);
  }
  if (tied.length > 0) {
    const flows = throughput();
    if (flows === null) return null;
    for (const v of tied) if (flows[v]! > flows[worst]!) worst = v;
  }
  const worstNode = worst === -1 ? null : model.nodes[worst]!;
  const ban = worstBan(model, delivered, throughput, dependence);
  if (ban === null) return null;
  const stageLoss = 'network' in solved ? stageCountryLoss(model, g, solved) : solved.stageLoss;
  return {
    unit: model.unit,
    demand,
    delivered,
    worstNodeLoss: worstNode
      ? { node: worstNode.id, label: worstNode.label ?? worstNode.id, delivered: delivered - lost[worst]! }
      : null,
    worstExportControl: ban
      ? { country: ban.country, name: countryName(ban.country), delivered: ban.deliveredUnderControl }
      : null,
    worstStageLoss: stageLoss ? { ...stageLoss, name: countryName(stageLoss.country) } : null,
    worstBufferedLoss: buffer,
  };
}

/** The report's `time` block: the nodes to act on (smallest TTS − TTR first) and the REI ranking. */
function timeRanking(nodes: NodeReport[], g: IndexedGraph): NonNullable<Report['time']> {
  const supplying = nodes.filter((_, v) => !g.isSink[v]);
  const byId = (a: NodeReport, b: NodeReport) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const margin = (n: NodeReport) => n.timeToSurviveDays! - n.timeToRecoverDays!;
  return {
    actOn: supplying
      .filter((n) => n.actOn)
      .sort((a, b) => margin(a) - margin(b) || byId(a, b))
      .map((n) => n.id),
    riskExposure: supplying
      .filter((n) => n.riskExposureIndex !== null && n.riskExposureIndex !== undefined)
      .sort((a, b) => b.riskExposureIndex! - a.riskExposureIndex! || byId(a, b))
      .map((n) => n.id),
  };
}

/**
 * The ban the score's export-control term names: the least delivered; among bans within round-off of
 * it, the country carrying most flow, then the first code. (countryDependence lists ties by code, so its
 * head could name a country whose ban touches nothing, such as one with a plant connected to nothing.)
 * Undefined when no node has a country; null when a tie needs the flows and `through` has none.
 */
function worstBan(
  model: Model,
  delivered: number,
  through: () => Float64Array | null,
  dependence: ReturnType<typeof countryDependence>,
): ReturnType<typeof countryDependence>[number] | undefined | null {
  const least = dependence[0];
  if (!least) return undefined;
  const tol = 1e-9 * delivered;
  const tied = dependence.filter((d) => d.deliveredUnderControl <= least.deliveredUnderControl + tol);
  if (tied.length === 1) return least;
  const flows = through();
  if (flows === null) return null;
  const carried = new Map<string, number>();
  model.nodes.forEach((n, v) => {
    if (n.country) carried.set(n.country, (carried.get(n.country) ?? 0) + flows[v]!);
  });
  return tied.sort((a, b) => (carried.get(b.country) ?? 0) - (carried.get(a.country) ?? 0))[0];
}
