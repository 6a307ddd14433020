/**
 * Fields the engine does not use yet
 * ==================================
 *
 * chokepoint/v1 declares fields for work still to come (costs, lead times),
 * so that files written today stay valid. Until an analysis reads one, a model
 * that fills it in gets one notice saying so, in the report and on the CLI's stderr, rather than the
 * impression that the figures account for it.
 *
 * This list is the one place that says which fields are not used: the issue that starts using a field
 * removes it from here (and the notice goes away with it). `yield` and `recipe` left it with issue 11
 * (docs/recipes.md), `stock` and `recoveryDays` with issue 14 (docs/time.md), `cost` with issue 15
 * (dispatch, docs/levers.md).
 */
import type { Model } from '../model/schema.ts';
import type { UnusedField } from './report.ts';

/** Node and edge fields that no analysis reads yet. */
export const FIELDS_NOT_USED_YET = ['leadTimeDays'] as const;

/** The fields of `FIELDS_NOT_USED_YET` that `model` fills in, with how many nodes and edges do. */
export function unusedFields(model: Model): UnusedField[] {
  const out: UnusedField[] = [];
  for (const field of FIELDS_NOT_USED_YET) {
    const nodes = model.nodes.filter((n) => (n as Record<string, unknown>)[field] !== undefined).length;
    const edges = model.edges.filter((e) => (e as Record<string, unknown>)[field] !== undefined).length;
    if (nodes + edges > 0) out.push({ field, nodes, edges });
  }
  return out;
}

/** The notice in words, or null when every field the model fills is used. */
export function unusedFieldsNotice(fields: readonly UnusedField[]): string | null {
  if (fields.length === 0) return null;
  const parts = fields.map((f) => {
    const where = [
      f.nodes > 0 ? `${f.nodes} node${f.nodes === 1 ? '' : 's'}` : '',
      f.edges > 0 ? `${f.edges} edge${f.edges === 1 ? '' : 's'}` : '',
    ].filter(Boolean);
    return `${f.field} (${where.join(', ')})`;
  });
  return `not used by this analysis: ${parts.join(', ')}; the figures do not depend on ${fields.length === 1 ? 'it' : 'them'}`;
}
