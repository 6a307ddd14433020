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
  /** A sensible starting value for this model. */
  create(model: Model): P;
  /** "China stops exports of separation to all but JP" */
  describe(value: P, model: Model): string;
  Fields: ComponentType<FieldsProps<P>>;
}

/** Label of a node for sentences: its label, or its id. */
export function nodeName(model: Model, id: string): string {
  return model.nodes.find((n) => n.id === id)?.label ?? id;
}

/** The node that a node-targeted perturbation should start on: the biggest-capacity node. */
export function defaultNode(model: Model): string {
  let best = model.nodes[0];
  for (const n of model.nodes) if ((n.capacity ?? 0) > (best?.capacity ?? 0)) best = n;
  return best?.id ?? '';
}
