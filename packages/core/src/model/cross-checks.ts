/**
 * Cross-reference checks
 * ======================
 *
 * The rules of chokepoint/v1 that tie one part of a file to another and so cannot be written in JSON
 * Schema: unique ids, stages and nodes that exist, no self-loops, sinks without outgoing edges.
 *
 * NOTE: these run on the raw parsed JSON, not on the zod output, so that a file with a bad capacity
 * on one node still gets its dangling edges reported in the same pass. Every access is guarded.
 */
import { isReservedAttributeName } from './attribute-names.ts';
import { edgeId } from './edge-id.ts';
import type { ModelIssue } from './issues.ts';
import { recipeChecks } from './recipe-checks.ts';
import { riskChecks } from './risk-checks.ts';
import { SHARES_TOLERANCE } from './schema.ts';

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

export function crossCheck(raw: unknown): ModelIssue[] {
  if (!isRec(raw)) return [];
  const issues: ModelIssue[] = [];

  const stages = new Set<string>();
  list(raw.stages).forEach((s, i) => {
    if (typeof s !== 'string') return;
    if (stages.has(s)) issues.push({ path: ['stages', i], message: `stage "${s}" is listed twice` });
    stages.add(s);
  });

  // Nodes: unique ids, known stage.
  const nodes = new Map<string, Rec>();
  list(raw.nodes).forEach((n, i) => {
    if (!isRec(n)) return;
    const id = str(n.id);
    if (id === undefined) return;
    if (nodes.has(id)) {
      issues.push({ path: ['nodes', i, 'id'], nodeId: id, message: `duplicate node id "${id}"` });
    } else nodes.set(id, n);
    attributeNames(issues, 'node', n.attributes, ['nodes', i], { nodeId: id });
    const stage = str(n.stage);
    if (stage !== undefined && Array.isArray(raw.stages) && !stages.has(stage)) {
      issues.push({
        path: ['nodes', i, 'stage'],
        nodeId: id,
        message: `unknown stage "${stage}" (stages are: ${[...stages].join(', ')})`,
      });
    }
  });
  const isSink = (id: string) => {
    const d = nodes.get(id)?.demand;
    return typeof d === 'number' && d > 0;
  };

  // Edges: ends exist, no self-loop, no edge out of a sink, unique (possibly derived) ids.
  const edgeIds = new Map<string, number>();
  list(raw.edges).forEach((e, i) => {
    if (!isRec(e)) return;
    const source = str(e.source);
    const target = str(e.target);
    if (source === undefined || target === undefined) return;
    const eid = edgeId({ id: str(e.id), source, target, commodity: str(e.commodity) });
    const first = edgeIds.get(eid);
    if (first !== undefined) {
      const hint = e.id === undefined ? ' (give parallel edges an "id" or a "commodity")' : '';
      issues.push({
        path: ['edges', i, e.id === undefined ? 'target' : 'id'],
        edgeId: eid,
        message: `duplicate edge id "${eid}", first used at $.edges[${first}]${hint}`,
      });
    } else edgeIds.set(eid, i);
    attributeNames(issues, 'edge', e.attributes, ['edges', i], { edgeId: eid });
    for (const end of ['source', 'target'] as const) {
      const nid = end === 'source' ? source : target;
      if (!nodes.has(nid)) {
        issues.push({ path: ['edges', i, end], edgeId: eid, message: `${end} "${nid}" is not a node id` });
      }
    }
    if (source === target) {
      issues.push({ path: ['edges', i], edgeId: eid, message: `self-loop on "${source}" is not allowed` });
    }
    if (isSink(source)) {
      issues.push({
        path: ['edges', i, 'source'],
        edgeId: eid,
        message: `"${source}" has a demand, so it is a consumer (sink) and cannot have outgoing edges`,
      });
    }
  });

  // Groups: unique ids.
  const groups = new Set<string>();
  const groupMembers = new Map<string, string[]>();
  list(raw.groups).forEach((g, i) => {
    const gid = isRec(g) ? str(g.id) : undefined;
    if (gid === undefined) return;
    groupMembers.set(
      gid,
      list((g as Rec).countries).filter((c): c is string => typeof c === 'string'),
    );
    if (groups.has(gid)) issues.push({ path: ['groups', i, 'id'], message: `duplicate group id "${gid}"` });
    groups.add(gid);
  });

  // Scenarios: unique ids, perturbations name nodes, stages and groups that exist.
  const scenarios = new Set<string>();
  list(raw.scenarios).forEach((s, i) => {
    if (!isRec(s)) return;
    const sid = str(s.id);
    if (sid !== undefined) {
      if (scenarios.has(sid))
        issues.push({ path: ['scenarios', i, 'id'], message: `duplicate scenario id "${sid}"` });
      scenarios.add(sid);
    }
    // A node that a `new-capacity` lever adds can be named by the perturbations after it (an offtake
    // of the new plant): levers apply in order (docs/levers.md).
    const added = new Set<string>();
    const known = (id: string) => nodes.has(id) || added.has(id);
    list(s.perturbations).forEach((p, j) => {
      if (!isRec(p)) return;
      const at = ['scenarios', i, 'perturbations', j];
      const node = str(p.node);
      if (node !== undefined && !known(node)) {
        issues.push({ path: [...at, 'node'], nodeId: node, message: `"${node}" is not a node id` });
      }
      list(p.stages).forEach((st, k) => {
        if (typeof st === 'string' && !stages.has(st)) {
          issues.push({ path: [...at, 'stages', k], message: `unknown stage "${st}"` });
        }
      });
      list(p.allowGroups).forEach((g, k) => {
        if (typeof g === 'string' && !groups.has(g)) {
          issues.push({ path: [...at, 'allowGroups', k], message: `unknown group "${g}"` });
        }
      });
      // Levers (docs/levers.md): the nodes, stages and group they name exist.
      const named = `scenario "${sid ?? i}", perturbation ${j + 1}${typeof p.type === 'string' ? ` (${p.type})` : ''}`;
      for (const field of ['nodes', 'sinks', 'from', 'to'] as const) {
        list(p[field]).forEach((id, k) => {
          if (typeof id === 'string' && !known(id))
            issues.push({
              path: [...at, field, k],
              nodeId: id,
              message: `${named}: "${id}" is not a node id`,
            });
        });
      }
      for (const field of ['sink', 'to'] as const) {
        const id = str(p[field]);
        if (id !== undefined && !known(id))
          issues.push({ path: [...at, field], nodeId: id, message: `${named}: "${id}" is not a node id` });
      }
      for (const field of ['stage', 'into'] as const) {
        const st = str(p[field]);
        if (st !== undefined && !stages.has(st))
          issues.push({ path: [...at, field], message: `${named}: unknown stage "${st}"` });
      }
      // A shared project (risk-sharing) names its nodes and stage inside `project`.
      const project = p.type === 'risk-sharing' && isRec(p.project) ? p.project : undefined;
      if (project) {
        for (const field of ['from', 'to'] as const) {
          list(project[field]).forEach((id, k) => {
            if (typeof id === 'string' && !nodes.has(id))
              issues.push({
                path: [...at, 'project', field, k],
                nodeId: id,
                message: `${named}: "${id}" is not a node id`,
              });
          });
        }
        const st = str(project.stage);
        if (st !== undefined && !stages.has(st))
          issues.push({ path: [...at, 'project', 'stage'], message: `${named}: unknown stage "${st}"` });
      }
      const group = p.type === 'partners-only' || p.type === 'risk-sharing' ? str(p.group) : undefined;
      const members = group !== undefined ? groupMembers.get(group) : undefined;
      if (p.type === 'risk-sharing' && members && isRec(p.shares)) {
        let sum = 0;
        for (const [country, x] of Object.entries(p.shares)) {
          if (typeof x === 'number') sum += x;
          if (!members.includes(country))
            issues.push({
              path: [...at, 'shares', country],
              message: `${named}: ${country} is not a member of group "${group}" (its members are ${members.join(', ')})`,
            });
        }
        if (Math.abs(sum - 1) > SHARES_TOLERANCE)
          issues.push({
            path: [...at, 'shares'],
            message: `${named}: the shares add up to ${Math.round(sum * 1e6) / 1e6}; they must add up to 1`,
          });
      }
      if (group !== undefined && !groups.has(group))
        issues.push({ path: [...at, 'group'], message: `${named}: unknown group "${group}"` });
      const newId = p.type === 'new-capacity' ? str(p.id) : undefined;
      if (newId !== undefined) added.add(newId);
    });
  });

  issues.push(...recipeChecks(raw));
  issues.push(...riskChecks(raw));
  return issues;
}

/** Attribute names that clash with a field or a drawing attribute (see attribute-names.ts). */
function attributeNames(
  issues: ModelIssue[],
  kind: 'node' | 'edge',
  attributes: unknown,
  at: (string | number)[],
  subject: { nodeId?: string; edgeId?: string },
): void {
  if (!isRec(attributes)) return;
  for (const name of Object.keys(attributes)) {
    if (isReservedAttributeName(kind, name)) {
      issues.push({
        path: [...at, 'attributes', name],
        ...subject,
        message: `attribute "${name}" has the name of ${kind === 'edge' ? 'an' : 'a'} ${kind} field or drawing attribute: rename it`,
      });
    }
  }
}
