/** Demand factor: an end use needs more (or less): a demand surge, a substitution. */
import type { Perturbation } from '@chokepoint/core';
import { nodeName, type PerturbationKind } from '../perturbation-kind.ts';
import { FactorInput, NodePicker } from './fields.tsx';

type DemandFactor = Extract<Perturbation, { type: 'demand' }>;

export const demandFactor: PerturbationKind<DemandFactor> = {
  type: 'demand',
  label: 'Demand factor',
  hint: "Scale one end use's demand.",
  create: () => ({ type: 'demand', node: '', factor: 1.5 }),
  describe: (p, model) =>
    p.node ? `${nodeName(model, p.node)}: demand × ${p.factor}` : 'Choose the end use whose demand changes',
  Fields: ({ value, model, onChange }) => (
    <>
      <NodePicker
        label="End use"
        model={{ ...model, nodes: model.nodes.filter((n) => n.demand !== undefined) }}
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
