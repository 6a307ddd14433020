/**
 * Shared finance (issue 17, docs/uncertainty.md): a new-capacity project whose capex and expected
 * political loss a country group shares. The project's fields are the new-capacity kind's own; the
 * split is by demand unless the modeller states each member's share.
 */
import { countryName, describePerturbation, type Model, type Perturbation } from '@chokepoint/core';
import type { PerturbationKind } from '../perturbation-kind.ts';
import { NumberInput } from './lever-fields.tsx';
import { newCapacity } from './levers.tsx';

type RiskSharing = Extract<Perturbation, { type: 'risk-sharing' }>;
type NewCapacity = Extract<Perturbation, { type: 'new-capacity' }>;

const membersOf = (model: Model, group: string): string[] => [
  ...new Set<string>(model.groups?.find((g) => g.id === group)?.countries ?? []),
];

/** Σ of the stated shares, or null when the split is by demand. */
function statedTotal(p: RiskSharing): number | null {
  if (p.shares === undefined) return null;
  return Object.values(p.shares).reduce<number>((s, x) => s + (x ?? 0), 0);
}

const ProjectFields = newCapacity.Fields;

export const riskSharing: PerturbationKind<RiskSharing> = {
  type: 'risk-sharing',
  label: 'Shared project (risk-sharing)',
  hint: 'New capacity whose capex and expected political loss a country group shares; the report shows each member’s cost and gain.',
  create: (model) => {
    const { type: _t, ...project } = newCapacity.create(model);
    const demand = model.nodes.reduce((s, n) => s + (n.demand ?? 0), 0);
    return {
      type: 'risk-sharing',
      group: model.groups?.[0]?.id ?? '',
      project: { ...project, capex: Math.round(demand) || 1 },
    };
  },
  describe: (p) =>
    p.group === '' ? 'Choose the country group that shares the project' : describePerturbation(p),
  Fields: ({ value, model, onChange }) => {
    const members = membersOf(model, value.group);
    const total = statedTotal(value);
    return (
      <>
        <label className="field">
          <span>Group</span>
          <select
            value={value.group}
            data-testid="risk-sharing-group"
            onChange={(e) => {
              const { shares: _s, ...rest } = value;
              onChange({ ...rest, group: e.target.value });
            }}
          >
            {(model.groups ?? []).length === 0 ? <option value="">the model has no groups</option> : null}
            {(model.groups ?? []).map((g) => (
              <option key={g.id} value={g.id}>
                {g.label ?? g.id}
              </option>
            ))}
          </select>
        </label>
        <ProjectFields
          value={{ type: 'new-capacity', ...value.project } as NewCapacity}
          model={model}
          onChange={(next) => {
            const { type: _t, ...project } = next;
            onChange({ ...value, project: { ...project, capex: project.capex ?? 0 } });
          }}
        />
        <label className="field">
          <span>Split</span>
          <select
            value={value.shares === undefined ? 'demand' : 'stated'}
            data-testid="risk-sharing-split"
            onChange={(e) => {
              if (e.target.value === 'demand') {
                const { shares: _s, ...rest } = value;
                onChange(rest);
              } else {
                const even = members.length > 0 ? 1 / members.length : 0;
                onChange({ ...value, shares: Object.fromEntries(members.map((c) => [c, even])) });
              }
            }}
          >
            <option value="demand">by each member’s demand</option>
            <option value="stated">stated shares</option>
          </select>
        </label>
        {value.shares !== undefined
          ? members.map((c) => (
              <NumberInput
                key={c}
                label={`${countryName(c)} (${c}) share`}
                max={1}
                step={0.05}
                value={(value.shares as Record<string, number | undefined>)[c] ?? 0}
                onChange={(x) => onChange({ ...value, shares: { ...value.shares, [c]: x ?? 0 } })}
              />
            ))
          : null}
        {total !== null && Math.abs(total - 1) > 1e-6 ? (
          <p className="field-error" role="alert">
            The shares add up to {Math.round(total * 1000) / 1000}; they must add up to 1 before the project
            counts.
          </p>
        ) : null}
      </>
    );
  },
};
