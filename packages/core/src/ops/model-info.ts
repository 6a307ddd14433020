/**
 * Model-level fields
 * ==================
 *
 * Name, unit, description, reference year and notes: the fields of the document itself, and the
 * `commodities` list (each commodity with its unit, docs/recipes.md), set as a whole list: it is short,
 * and the editor builds the new list (one added, a unit changed, one removed). The lists of stages,
 * nodes and edges have their own operations; groups, scenarios and references are edited as whole
 * records by the issues that own them.
 */
import type { Model } from '../model/schema.ts';
import { ModelSchema } from '../model/schema.ts';
import { EditError } from './edit-error.ts';
import { applyChanges, merged } from './lookup.ts';
import { checkChanges } from './node-ops.ts';

const EDITABLE = ['name', 'unit', 'description', 'year', 'notes', '$schema', 'commodities'] as const;
type Editable = (typeof EDITABLE)[number];

export type ModelInfoChanges = { [K in Editable]?: Model[K] | null };

export interface UpdateModelInfoArgs {
  changes: ModelInfoChanges;
}

export function updateModelInfo(draft: Model, args: UpdateModelInfoArgs): void {
  const op = 'updateModelInfo';
  const changes = checkChanges<ModelInfoChanges>(op, args.changes, {});
  for (const key of Object.keys(changes)) {
    if (!(EDITABLE as readonly string[]).includes(key)) {
      throw new EditError(
        op,
        `"${key}" is not a model field this operation edits (it edits: ${EDITABLE.join(', ')})`,
      );
    }
  }
  const shape = ModelSchema.shape;
  const candidate = merged(draft, changes);
  for (const key of Object.keys(changes) as Editable[]) {
    const r = shape[key].safeParse(candidate[key]);
    if (!r.success) {
      const why = candidate[key] === undefined ? `${key} is required` : r.error.issues[0]!.message;
      throw new EditError(op, `model ${key}: ${why}`);
    }
  }
  // Two entries for one commodity would give it two units; which one a figure is in would be a guess.
  const seen = new Set<string>();
  for (const c of changes.commodities ?? []) {
    if (seen.has(c.id)) throw new EditError(op, `model commodities: "${c.id}" is listed twice`);
    seen.add(c.id);
  }
  applyChanges(draft, changes);
}
