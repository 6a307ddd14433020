/**
 * @chokepoint/core
 * ================
 *
 * The model format, its validation and interchange, editing operations and the analysis engine.
 * No DOM, no React, no Node-only APIs: this runs in Node, in browsers and in workers alike.
 */

// Analysis: flow
export * from './analysis/flow.ts';
// Analysis
export { type IndexedGraph, indexModel } from './analysis/indexed-graph.ts';
export * from './analysis/report.ts';
// Generators
export { generateLayeredChain, type LayeredChainOptions, mulberry32 } from './generate/layered-chain.ts';
export * from './model/countries.ts';
export { edgeId } from './model/edge-id.ts';
export * from './model/issues.ts';
export { modelJsonSchema } from './model/json-schema.ts';
export * from './model/schema.ts';
export * from './model/validate.ts';
