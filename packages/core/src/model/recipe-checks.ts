/**
 * Recipe checks
 * =============
 *
 * The cross-reference rules of recipes, yields and commodities (issue 11, docs/recipes.md), on the raw
 * parsed JSON like the other cross-checks, so that every problem is reported at once:
 *
 * - an edge into a recipe node must carry a commodity (its own `commodity`, else its source node's)
 *   that one of the node's recipes or alternatives consumes;
 * - `yield` applies only to nodes without a recipe, so `yield` with `recipe`/`alternatives` is an error;
 * - alternative ids are unique on their node, and a recipe lists each commodity once;
 * - when the model lists `commodities`, their ids are unique and every commodity named on a node, an
 *   edge or in a recipe is one of them (so that each figure has a unit).
 *
 * Ratios > 0 and maxShare in 0–1 are structural and live in schema.ts.
 */
import { edgeId } from './edge-id.ts';
import type { JsonPath, ModelIssue } from './issues.ts';

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** The commodities a recipe node consumes, over its recipe and all alternatives. */
function consumed(node: Rec): Set<string> {
  const out = new Set<string>();
  const add = (recipe: unknown) => {
    for (const input of list(recipe)) {
      const c = isRec(input) ? str(input.commodity) : undefined;
      if (c !== undefined) out.add(c);
    }
  };
  add(node.recipe);
  for (const alt of list(node.alternatives)) if (isRec(alt)) add(alt.recipe);
  return out;
}

const hasRecipe = (node: Rec): boolean => Array.isArray(node.recipe) || Array.isArray(node.alternatives);

export function recipeChecks(raw: Rec): ModelIssue[] {
  const issues: ModelIssue[] = [];
  const nodes = new Map<string, Rec>();
  for (const n of list(raw.nodes)) {
    const id = isRec(n) ? str(n.id) : undefined;
    if (id !== undefined && !nodes.has(id)) nodes.set(id, n as Rec);
  }

  const listed = Array.isArray(raw.commodities) ? new Set<string>() : null;
  list(raw.commodities).forEach((c, i) => {
    const cid = isRec(c) ? str(c.id) : undefined;
    if (cid === undefined || !listed) return;
    if (listed.has(cid))
      issues.push({ path: ['commodities', i, 'id'], message: `duplicate commodity id "${cid}"` });
    listed.add(cid);
  });
  const known = (commodity: string | undefined, path: JsonPath, subject: Partial<ModelIssue>) => {
    if (listed === null || commodity === undefined || listed.has(commodity)) return;
    issues.push({
      path,
      ...subject,
      message: `unknown commodity "${commodity}" (commodities are: ${[...listed].join(', ')})`,
    });
  };

  const checkRecipe = (recipe: unknown, at: JsonPath, nodeId: string) => {
    const seen = new Set<string>();
    list(recipe).forEach((input, k) => {
      const c = isRec(input) ? str(input.commodity) : undefined;
      if (c === undefined) return;
      if (seen.has(c)) {
        issues.push({
          path: [...at, k, 'commodity'],
          nodeId,
          message: `commodity "${c}" is listed twice in one recipe`,
        });
      }
      seen.add(c);
      known(c, [...at, k, 'commodity'], { nodeId });
    });
  };

  list(raw.nodes).forEach((n, i) => {
    if (!isRec(n)) return;
    const nodeId = str(n.id) ?? `#${i}`;
    known(str(n.commodity), ['nodes', i, 'commodity'], { nodeId });
    if (n.yield !== undefined && hasRecipe(n)) {
      issues.push({
        path: ['nodes', i, 'yield'],
        nodeId,
        message:
          'yield applies only to nodes without a recipe; a recipe already says how much input one unit of output needs',
      });
    }
    checkRecipe(n.recipe, ['nodes', i, 'recipe'], nodeId);
    const altIds = new Set<string>();
    list(n.alternatives).forEach((alt, j) => {
      if (!isRec(alt)) return;
      const aid = str(alt.id);
      if (aid !== undefined) {
        if (altIds.has(aid)) {
          issues.push({
            path: ['nodes', i, 'alternatives', j, 'id'],
            nodeId,
            message: `alternative id "${aid}" is used twice on node "${nodeId}"`,
          });
        }
        altIds.add(aid);
      }
      checkRecipe(alt.recipe, ['nodes', i, 'alternatives', j, 'recipe'], nodeId);
    });
  });

  list(raw.edges).forEach((e, i) => {
    if (!isRec(e)) return;
    const source = str(e.source);
    const target = str(e.target);
    if (source === undefined || target === undefined) return;
    const eid = edgeId({ id: str(e.id), source, target, commodity: str(e.commodity) });
    known(str(e.commodity), ['edges', i, 'commodity'], { edgeId: eid });
    const to = nodes.get(target);
    if (!to || !hasRecipe(to)) return;
    const from = nodes.get(source);
    const commodity = str(e.commodity) ?? (from ? str(from.commodity) : undefined);
    const inputs = consumed(to);
    const needs = [...inputs].map((c) => `"${c}"`).join(', ');
    if (commodity === undefined) {
      issues.push({
        path: ['edges', i],
        edgeId: eid,
        message: `edge into recipe node "${target}" carries no commodity (give the edge or node "${source}" a commodity; "${target}" consumes ${needs})`,
      });
    } else if (!inputs.has(commodity)) {
      issues.push({
        path: ['edges', i, e.commodity === undefined ? 'source' : 'commodity'],
        edgeId: eid,
        message: `edge carries "${commodity}" into recipe node "${target}", which consumes only ${needs}`,
      });
    }
  });
  return issues;
}
