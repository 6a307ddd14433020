/**
 * The analysis report
 * ===================
 *
 * What `analyze(model, { scenario })` returns and what `chokepoint analyze --json` prints. The editor's
 * panels, the CLI's tables and the workshop view all read this one shape. Fractions are 0–1;
 * quantities are in the model's `unit` per year.
 */

export const REPORT_FORMAT = 'chokepoint-report/v1' as const;

export interface SupplyReport {
  /** Total demand of all sinks (unchanged by removing nodes). */
  demand: number;
  /** Maximum flow from all sources to all sinks under every capacity. */
  delivered: number;
  /** delivered / demand; 1 when there is no demand. */
  ratio: number;
}

export interface NodeReport {
  id: string;
  label: string;
  stage: string;
  country: string | null;
  /** Flow through the node in the maximum flow found (what it supplies, passes on or consumes). */
  throughput: number;
  /** Directed, unweighted betweenness, normalized by (n−1)(n−2) as NetworkX does. */
  betweenness: number;
  /**
   * Share of all demand that would pass through this node if every consumer drew its demand from all
   * the sources that reach it, in proportion to their capacity, along the shortest routes (split evenly
   * where several are equally short). See flow-betweenness.ts.
   */
  flowBetweenness: number;
  /** (delivered − delivered without this node) / total demand. */
  shortfallIfRemoved: number;
  /** Some served-able sink becomes unreachable from every source without this node. */
  singlePointOfFailure: boolean;
  /** The sinks it cuts off when it is a single point of failure. */
  cutsOff: string[];
}

export interface EdgeReport {
  id: string;
  source: string;
  target: string;
  flow: number;
  /** null = unlimited. */
  capacity: number | null;
  /** The scenario set this edge's capacity to zero (an export control, or an outage at an end). */
  blocked: boolean;
}

export interface CountryShare {
  country: string;
  capacity: number;
  share: number;
}

export interface StageConcentration {
  stage: string;
  /** Sum of capacity of the stage's nodes that have a country and a capacity. */
  total: number;
  /** Σ (100·share)² over countries, 0–10,000; null when the stage has no such capacity. */
  hhi: number | null;
  topCountry: string | null;
  topShare: number;
  shares: CountryShare[];
  /** EU Critical Raw Materials Act benchmark: one country holds more than 65% of the stage. */
  exceedsCrmaThreshold: boolean;
}

export interface GroupConcentration {
  stage: string;
  group: string;
  /** Share of the stage's capacity held by the group's member countries together. */
  share: number;
}

export interface CountryDependence {
  country: string;
  /** Share of delivered flow lost when this country alone imposes a full export control. */
  lostShare: number;
  deliveredUnderControl: number;
}

export interface WorstCase {
  k: number;
  nodes: string[];
  /** (delivered − delivered without these nodes) / total demand. */
  shortfall: number;
  method: 'exact' | 'greedy';
  /** How the answer was found, in words (e.g. "exhaustive over 1,225 pairs"). */
  detail: string;
}

export interface RedundancyReport {
  /**
   * Minimum number of nodes whose removal cuts every source from the sink (sources may be taken out,
   * the sink itself not); null when no source reaches the sink through positive capacities.
   */
  sinks: { id: string; minVertexCut: number | null }[];
  /** The smallest over all sinks that are reachable now. */
  overall: number | null;
}

export interface ResilienceComponent {
  id: 'supply' | 'n-1' | 'export-control' | 'diversification' | 'buffers';
  label: string;
  /** The served fraction this component measures, 0–1. */
  value: number;
  /** Weight in the score; weights sum to 1. */
  weight: number;
  /** value × weight × 100. */
  points: number;
  /** One sentence a person can read: what is worst and why. */
  detail: string;
}

export interface ResilienceReport {
  /** 0–100, monotone in capacity, routes and sources (see README for the formula). */
  score: number;
  components: ResilienceComponent[];
}

export interface Report {
  format: typeof REPORT_FORMAT;
  model: { name: string; unit: string; year: number | null; nodes: number; edges: number };
  scenario: { id: string; label: string } | null;
  supply: SupplyReport;
  nodes: NodeReport[];
  edges: EdgeReport[];
  /**
   * Ids of the non-consumer nodes with shortfallIfRemoved > 0, worst first (ties: single points of
   * failure first, then id). Consumers are left out: losing one loses its own demand only.
   */
  chokepoints: string[];
  concentration: StageConcentration[];
  groupConcentration: GroupConcentration[];
  countryDependence: CountryDependence[];
  worstCase: WorstCase[];
  redundancy: RedundancyReport;
  resilience: ResilienceReport;
}
