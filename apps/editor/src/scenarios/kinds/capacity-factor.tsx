/** Capacity factor: a node's capacity scaled (0.5 = half output; 2 = an expansion). */
import type { Perturbation } from '@chokepoint/core';
import { nodeName, type PerturbationKind } from '../perturbation-kind.ts';
import { FactorInput, NodePicker } from './fields.tsx';

type CapacityFactor = Extract<Perturbation, { type: 'capacity' }>;

export const capacityFactor: PerturbationKind<CapacityFactor> = {
  type: 'capacity',
  label: 'Capacity factor',
  hint: "Scale one node's capacity.",
  create: () => ({ type: 'capacity', node: '', factor: 0.5 }),
  describe: (p, model) =>
    p.node ? `${nodeName(model, p.node)}: capacity × ${p.factor}` : 'Choose the node whose capacity changes',
  Fields: ({ value, model, onChange }) => (
    <>
      <NodePicker
        label="Node"
        model={model}
        value={value.node}
        onChange={(node) => onChange({ ...value, node })}
      />
      <FactorInput
        label="Factor"
        value={value.factor}
        onChange={(factor) => onChange({ ...value, factor })}
      />
    </>
  ),
};
