/**
 * Finding nodes by name: case- and accent-insensitive, label or id; names that start with the query
 * first, then shorter names.
 */
import type { Model, ModelNode } from '@chokepoint/core';

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

export function searchNodes(model: Model, query: string, limit = 8): ModelNode[] {
  const q = fold(query.trim());
  if (q === '') return [];
  const hits: { node: ModelNode; rank: number; length: number }[] = [];
  for (const node of model.nodes) {
    const rank = Math.min(rankIn(fold(node.label ?? ''), q), rankIn(fold(node.id), q));
    if (rank < 3) hits.push({ node, rank, length: (node.label ?? node.id).length });
  }
  hits.sort((a, b) => a.rank - b.rank || a.length - b.length);
  return hits.slice(0, limit).map((h) => h.node);
}

/** 0: the text starts with the query; 1: a word in it does; 2: it contains it; 3: it does not. */
function rankIn(text: string, q: string): number {
  const at = text.indexOf(q);
  if (at < 0) return 3;
  if (at === 0) return 0;
  // Word starts count nearly like a start: "mag" finds "China — magnets" near the top.
  return /[\s\-—(_.]/.test(text[at - 1]!) || text.split(/[\s\-—(_.]+/).some((w) => w.startsWith(q)) ? 1 : 2;
}
