/**
 * Stockpile: N days of a node's baseline output added as strategic stock (docs/time.md). The lever a
 * policy person pulls ("what does a 60-day stockpile buy?"); the time panel shows how long it lasts.
 */
import type { Perturbation } from '@chokepoint/core';
import { nodeName, type PerturbationKind } from '../perturbation-kind.ts';
import { NodePicker } from './fields.tsx';

type Stockpile = Extract<Perturbation, { type: 'stockpile' }>;

export const stockpile: PerturbationKind<Stockpile> = {
  type: 'stockpile',
  label: 'Stockpile N days',
  hint: "Add strategic stock: N days of one node's baseline output.",
  create: () => ({ type: 'stockpile', node: '', days: 60 }),
  describe: (p, model) => {
    const what = p.days !== undefined ? `${p.days} days of output` : `${p.units} units`;
    if (p.node !== undefined)
      return p.node
        ? `${nodeName(model, p.node)}: stockpile of ${what}`
        : 'Choose the node that holds the stock';
    return `${p.country} ${p.stage} nodes: stockpile of ${what}`;
  },
  Fields: ({ value, model, onChange }) => (
    <>
      <NodePicker
        label="Held by"
        model={model}
        value={value.node ?? ''}
        onChange={(node) => onChange({ type: 'stockpile', node, days: value.days ?? 60 })}
        testId="stockpile-node"
      />
      <label className="field">
        <span>Days of output</span>
        <input
          type="number"
          min={0}
          max={36500}
          step={10}
          value={value.days ?? 0}
          data-testid="stockpile-days"
          onChange={(e) => {
            const v = e.target.valueAsNumber;
            if (Number.isFinite(v) && v >= 0 && v <= 36_500)
              onChange({ ...value, days: v, units: undefined });
          }}
        />
      </label>
    </>
  ),
};
