/**
 * @chokepoint/core
 * ================
 *
 * The model format, its validation and interchange, editing operations and the analysis engine.
 * No DOM, no React, no Node-only APIs: this runs in Node, in browsers and in workers alike.
 */

// Analysis: the assembled report and the resilience score
export { type AnalyzeOptions, AUTO_WORST_CASE_NODES, analyze } from './analysis/analyze.ts';
export { canonicalModel } from './analysis/canonical-order.ts';
// Analysis: flow
export * from './analysis/flow/index.ts';
// Analysis
export { type IndexedGraph, indexModel } from './analysis/indexed-graph.ts';
// Analysis: recipes, yields and commodities (the LP path)
export * from './analysis/levers/index.ts';
export * from './analysis/recipes/index.ts';
export * from './analysis/report.ts';
export {
  explainScoreChange,
  RESILIENCE_WEIGHTS,
  type ResilienceInputs,
  resilienceScore,
} from './analysis/score/resilience.ts';
// Analysis: structure (betweenness, dominators, single points of failure, concentration)
export * from './analysis/structure/index.ts';
// Analysis: time (stockpiles, time-to-survive, timelines)
export * from './analysis/time/index.ts';
export * from './analysis/uncertainty/index.ts';
export { FIELDS_NOT_USED_YET, unusedFields, unusedFieldsNotice } from './analysis/unused-fields.ts';
// Generators
export { generateLayeredChain, type LayeredChainOptions, mulberry32 } from './generate/layered-chain.ts';
export { generateRecipeChain } from './generate/recipe-chain.ts';
export { COMPARISON_CSV_TABLES, type ComparisonCsvTable, comparisonCsv } from './io/comparison-csv.ts';
export {
  type CsvPair,
  type CsvPairOut,
  type CsvReadOptions,
  csvPairLeavesOut,
  EDGE_COLUMNS,
  NODE_COLUMNS,
  readCsvPair,
  writeCsvPair,
} from './io/csv.ts';
export { readGexf, writeGexf } from './io/gexf.ts';
export { readGraphml, writeGraphml } from './io/graphml.ts';
// IO: the graphology bridge and interchange formats
export {
  DEFAULT_UNIT,
  type EdgeAttributes,
  type FromGraphOptions,
  fromGraph,
  type GraphAttributes,
  type ModelGraph,
  modelFromGraph,
  type NodeAttributes,
  toGraph,
} from './io/graphology.ts';
export { modelFromSerializedGraph, readGraphologyJson, writeGraphologyJson } from './io/graphology-json.ts';
export {
  FORMAT_NAMES,
  formatFromExtension,
  MODEL_FORMATS,
  type ModelFormat,
  type ReadModelOptions,
  type ReadModelResult,
  readModel,
  writeModel,
} from './io/read-model.ts';
export { provenanceColumns, REPORT_CSV_TABLES, type ReportCsvTable, reportCsv } from './io/report-csv.ts';
export type { DOMParserConstructor, DOMParserLike, XmlOptions } from './io/xml.ts';
export { closest, editDistance } from './model/closest.ts';
export * from './model/countries.ts';
export { edgeId } from './model/edge-id.ts';
export * from './model/issues.ts';
export { modelJsonSchema } from './model/json-schema.ts';
export { perturbationNodeIds, renamePerturbationNode } from './model/perturbation-refs.ts';
export * from './model/schema.ts';
export * from './model/validate.ts';
// Embedded models
export {
  DEFAULT_MODEL_ID,
  listModels,
  loadModel,
  type ModelSummary,
  modelIds,
  UnknownModelError,
} from './models/index.ts';
// Ops: editing operations (pure draft mutators shared by the editor, CLI and workshop)
export * from './ops/edge-ops.ts';
export * from './ops/edit-error.ts';
export * from './ops/edit-op.ts';
export * from './ops/model-info.ts';
export {
  type AddNodeArgs,
  addNode,
  type MoveNodeArgs,
  moveNode,
  type NodeChanges,
  type RemoveNodeArgs,
  removeNode,
  type UpdateNodeArgs,
  updateNode,
} from './ops/node-ops.ts';
export { type NodeReferences, nodeReferences, type RenameNodeArgs, renameNode } from './ops/rename-node.ts';
export * from './ops/scenario-ops.ts';
export * from './ops/stage-ops.ts';
// Researchers' interface: compare, assess, ad-hoc scenario checks, sweeps, published JSON Schemas
export * from './research.ts';
// Provenance: tool and score-method versions, model hashes
export {
  canonicalJson,
  canonicalModelJson,
  modelSha256,
  SCORE_METHOD_VERSION,
  sha256Hex,
  TOOL_VERSION,
} from './version.ts';
