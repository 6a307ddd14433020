/** Outage: one node stops operating (a mine floods, a plant burns). */
import type { Perturbation } from '@chokepoint/core';
import { nodeName, type PerturbationKind } from '../perturbation-kind.ts';
import { NodePicker } from './fields.tsx';

type Outage = Extract<Perturbation, { type: 'outage' }>;

export const outage: PerturbationKind<Outage> = {
  type: 'outage',
  label: 'Outage',
  hint: 'One node stops operating.',
  create: () => ({ type: 'outage', node: '' }),
  describe: (p, model) => (p.node ? `${nodeName(model, p.node)} is out` : 'Choose the node that is out'),
  Fields: ({ value, model, onChange }) => (
    <NodePicker
      testId="outage-node"
      label="Node"
      model={model}
      value={value.node}
      onChange={(node) => onChange({ ...value, node })}
    />
  ),
};
