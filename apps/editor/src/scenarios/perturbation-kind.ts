/**
 * What a kind of perturbation must provide to join the scenario panel
 * ===================================================================
 *
 * The panel knows nothing about export controls or outages: it lists the registered kinds, asks one
 * for a default (`create`), renders its `Fields` to edit it and its `describe` to summarise it. A new
 * kind (a stockpile release, a tariff) is one file implementing this and one line in the registry.
 */
import type { Model, Perturbation } from '@chokepoint/core';
import type { ComponentType } from 'react';
import { modelCountriesByCapacity } from '../state/model-facts.ts';

/** Countries present in the model, biggest total capacity first: the likeliest choices on top. */
export const modelCountries = modelCountriesByCapacity;

export interface FieldsProps<P extends Perturbation> {
  value: P;
  model: Model;
  onChange(next: P): void;
}

export interface PerturbationKind<P extends Perturbation = Perturbation> {
  type: P['type'];
  /** Name in the "add" menu: "Export control". */
  label: string;
  /** One line on what it does, shown under the menu. */
  hint: string;
  /**
   * The starting value. Kinds that act on one node start without one (`node: ""`): an ad-hoc
   * perturbation does nothing until the modeller has chosen what it acts on.
   */
  create(model: Model): P;
  /** Exactly what it does: "China stops exports of DyTb from the magnet stage, except to Japan" */
  describe(value: P, model: Model): string;
  Fields: ComponentType<FieldsProps<P>>;
}

/** Label of a node for sentences: its label, or its id. */
export function nodeName(model: Model, id: string): string {
  return model.nodes.find((n) => n.id === id)?.label ?? id;
}

/**
 * Commodities named in the model (on edges, nodes and recipes), sorted: what an export control may
 * be limited to.
 */
export function modelCommodities(model: Model): string[] {
  const found = new Set<string>();
  for (const e of model.edges) if (e.commodity) found.add(e.commodity);
  for (const n of model.nodes) {
    if (n.commodity) found.add(n.commodity);
    for (const r of n.recipe ?? []) found.add(r.commodity);
  }
  return [...found].sort((a, b) => a.localeCompare(b));
}

/** "a, b and c" */
export function listed(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
