/**
 * Stage-column layout
 * ===================
 *
 * The way supply-chain people draw a chain: one column per stage, mines on the left, end uses on the
 * right. Within a column, nodes are ordered to reduce edge crossings with the layered-graph heuristic
 * of Sugiyama et al.: alternate downstream and upstream sweeps, each placing a node at the mean
 * position (barycenter) of its neighbours in the columns already fixed, and keep the best order seen
 * (crossings counted between adjacent columns). Positions are relative within each column (0–1) when
 * taking barycenters, so a 3-node column and a 300-node column weigh alike.
 *
 * Deterministic: the same model gives the same picture, so a reload shows what the user left.
 */
import type { Model } from '@chokepoint/core';
import { countCrossings } from './cross-count.ts';

export interface Point {
  x: number;
  y: number;
}

/** Width of the node area over its height, before labels. */
const TARGET_ASPECT = 1.25;

export interface ColumnLayoutOptions {
  /** Down+up sweep pairs; the best order seen is kept. */
  sweeps?: number;
}

export interface ColumnOrder {
  /** Node indices (into model.nodes) per column, top to bottom. */
  columns: number[][];
  crossings: number;
}

/** Columns and their order: the combinatorial half of the layout, exposed for tests. */
export function orderColumns(model: Model, options: ColumnLayoutOptions = {}): ColumnOrder {
  const sweeps = options.sweeps ?? 8;
  const stageIndex = new Map(model.stages.map((s, i) => [s, i]));
  const index = new Map(model.nodes.map((n, i) => [n.id, i]));
  const columnOf = model.nodes.map((n) => stageIndex.get(n.stage) ?? model.stages.length);
  const columnCount = Math.max(model.stages.length, ...columnOf.map((c) => c + 1));
  const columns: number[][] = Array.from({ length: columnCount }, () => []);
  columnOf.forEach((c, i) => {
    columns[c]!.push(i);
  });

  // Undirected neighbour lists: for ordering, an edge pulls both ends together whichever way it runs.
  const neighbours: number[][] = model.nodes.map(() => []);
  for (const e of model.edges) {
    const s = index.get(e.source);
    const t = index.get(e.target);
    if (s === undefined || t === undefined || s === t) continue;
    neighbours[s]!.push(t);
    neighbours[t]!.push(s);
  }

  const rank = new Float64Array(model.nodes.length);
  const setRanks = (col: number[]) =>
    col.forEach((v, i) => {
      rank[v] = col.length > 1 ? i / (col.length - 1) : 0.5;
    });
  columns.forEach(setRanks);

  const crossingsOf = () => totalCrossings(columns, columnOf, neighbours);
  let best = { columns: columns.map((c) => [...c]), crossings: crossingsOf() };

  const reorder = (c: number, fixed: (other: number) => boolean) => {
    const col = columns[c]!;
    const key = new Float64Array(model.nodes.length);
    for (const v of col) {
      let sum = 0;
      let count = 0;
      for (const u of neighbours[v]!) {
        if (fixed(columnOf[u]!)) {
          sum += rank[u]!;
          count++;
        }
      }
      // No neighbour on the fixed side: stay where it is.
      key[v] = count > 0 ? sum / count : rank[v]!;
    }
    col.sort((a, b) => key[a]! - key[b]! || rank[a]! - rank[b]!);
    setRanks(col);
  };

  for (let s = 0; s < sweeps && best.crossings > 0; s++) {
    for (let c = 1; c < columnCount; c++) reorder(c, (o) => o < c);
    for (let c = columnCount - 2; c >= 0; c--) reorder(c, (o) => o > c);
    const crossings = crossingsOf();
    if (crossings < best.crossings) best = { columns: columns.map((col) => [...col]), crossings };
  }
  return best;
}

/** Node positions: x by column, y by order (top first; sigma's y axis points up). */
export function stageColumnLayout(model: Model, options: ColumnLayoutOptions = {}): Map<string, Point> {
  const { columns } = orderColumns(model, options);
  const tallest = Math.max(1, ...columns.map((c) => c.length));
  // Columns spread so the whole chain is about as wide as it is tall (plus room for labels), which
  // fills a landscape canvas once the last column's labels are counted; never closer than 2.5 rows.
  const columnGap = Math.max(2.5, (TARGET_ASPECT * tallest) / Math.max(1, columns.length - 1));
  const positions = new Map<string, Point>();
  columns.forEach((col, c) => {
    col.forEach((v, i) => {
      positions.set(model.nodes[v]!.id, { x: c * columnGap, y: -(i - (col.length - 1) / 2) });
    });
  });
  return positions;
}

/** Crossings between each pair of adjacent columns (edges that skip a column are not counted). */
export function totalCrossings(
  columns: number[][],
  columnOf: readonly number[],
  neighbours: number[][],
): number {
  const pos = new Int32Array(columnOf.length);
  for (const col of columns) {
    col.forEach((v, i) => {
      pos[v] = i;
    });
  }
  let total = 0;
  for (let c = 0; c + 1 < columns.length; c++) {
    const pairs: [number, number][] = [];
    for (const v of columns[c]!) {
      for (const u of neighbours[v]!) if (columnOf[u] === c + 1) pairs.push([pos[v]!, pos[u]!]);
    }
    total += countCrossings(pairs, columns[c + 1]!.length);
  }
  return total;
}
