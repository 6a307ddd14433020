/**
 * Cross-checks of `countryRisk` and `candidates`
 * ==============================================
 *
 * What the schema cannot say: a risk entry needs a probability or a WGI estimate, names each country
 * once; a candidate's id is unique and the nodes it names exist (a new producer's id must not).
 * Runs on the raw parsed JSON like every cross-check, so every access is guarded.
 */
import type { ModelIssue } from './issues.ts';

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

export function riskChecks(raw: Rec): ModelIssue[] {
  const issues: ModelIssue[] = [];
  const seen = new Set<string>();
  list(raw.countryRisk).forEach((entry, i) => {
    if (!isRec(entry)) return;
    const country = typeof entry.country === 'string' ? entry.country : undefined;
    if (entry.probability === undefined && entry.wgi === undefined) {
      issues.push({
        path: ['countryRisk', i],
        message: `the risk of ${country ?? 'this country'} needs a "probability" (0–1) or a "wgi" estimate`,
      });
    }
    if (country !== undefined) {
      if (seen.has(country)) {
        issues.push({ path: ['countryRisk', i, 'country'], message: `country "${country}" is listed twice` });
      }
      seen.add(country);
    }
  });

  const nodeIds = new Set<string>();
  const sinkIds = new Set<string>();
  for (const n of list(raw.nodes)) {
    if (!isRec(n) || typeof n.id !== 'string') continue;
    nodeIds.add(n.id);
    if (typeof n.demand === 'number' && n.demand > 0) sinkIds.add(n.id);
  }
  const stages = new Set(list(raw.stages).filter((s): s is string => typeof s === 'string'));
  const candidateIds = new Set<string>();
  const newNodes = new Set<string>();
  list(raw.candidates).forEach((c, i) => {
    if (!isRec(c)) return;
    if (typeof c.id === 'string') {
      if (candidateIds.has(c.id)) {
        issues.push({ path: ['candidates', i, 'id'], message: `duplicate candidate id "${c.id}"` });
      }
      candidateIds.add(c.id);
    }
    const mustExist = (field: string, value: unknown, path: (string | number)[]) => {
      if (typeof value === 'string' && !nodeIds.has(value) && !newNodes.has(value)) {
        issues.push({
          path,
          nodeId: value,
          message: `candidate "${String(c.id)}" names ${field} "${value}", which is not a node id`,
        });
      }
    };
    if (c.kind === 'route') {
      mustExist('from', c.from, ['candidates', i, 'from']);
      mustExist('to', c.to, ['candidates', i, 'to']);
      if (typeof c.from === 'string' && c.from === c.to) {
        issues.push({ path: ['candidates', i], message: `candidate "${String(c.id)}" is a self-loop` });
      }
    } else if (c.kind === 'capacity' || c.kind === 'stockpile') {
      mustExist('node', c.node, ['candidates', i, 'node']);
    } else if (c.kind === 'offtake') {
      list(c.nodes).forEach((n, k) => {
        mustExist('producer', n, ['candidates', i, 'nodes', k]);
        if (typeof n === 'string' && sinkIds.has(n))
          issues.push({
            path: ['candidates', i, 'nodes', k],
            nodeId: n,
            message: `candidate "${String(c.id)}" names "${n}", a consumer: an offtake covers producers`,
          });
      });
    } else if (c.kind === 'producer' && isRec(c.node)) {
      const nid = c.node.id;
      if (typeof nid === 'string') {
        if (nodeIds.has(nid) || newNodes.has(nid)) {
          issues.push({
            path: ['candidates', i, 'node', 'id'],
            nodeId: nid,
            message: `candidate "${String(c.id)}" adds node "${nid}", but that id is taken`,
          });
        }
        newNodes.add(nid);
      }
      if (typeof c.node.stage === 'string' && !stages.has(c.node.stage)) {
        issues.push({ path: ['candidates', i, 'node', 'stage'], message: `unknown stage "${c.node.stage}"` });
      }
      list(c.from).forEach((f, k) => {
        mustExist('supplier', f, ['candidates', i, 'from', k]);
      });
      list(c.to).forEach((t, k) => {
        mustExist('customer', t, ['candidates', i, 'to', k]);
      });
    }
  });
  return issues;
}
