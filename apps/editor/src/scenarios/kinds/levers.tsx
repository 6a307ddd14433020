/**
 * The levers of issue 15 (docs/levers.md) and market pressure, as scenario-builder kinds: every field
 * of the format is editable, and the summary is core's own sentence.
 */
import { describePerturbation, type Model, type Perturbation } from '@chokepoint/core';
import { modelCountries, type PerturbationKind } from '../perturbation-kind.ts';
import { Chips, CountryPicker, NodePicker } from './fields.tsx';
import { CoveredFields, MoneyFields, NumberInput, StagePicker } from './lever-fields.tsx';

type Of<T extends Perturbation['type']> = Extract<Perturbation, { type: T }>;

const say = (p: Perturbation) => describePerturbation(p);
/** A country to start a covering lever on: the second-biggest (the biggest is usually the one to hedge). */
const challenger = (model: Model) => {
  const c = modelCountries(model);
  return c[1] ?? c[0];
};
const sinksOf = (model: Model) => model.nodes.filter((n) => n.demand !== undefined);

export const attrition: PerturbationKind<Of<'attrition'>> = {
  type: 'attrition',
  label: 'Price pressure (attrition)',
  hint: 'Producers dispatched below a share of their capacity exit, unless a lever covers them.',
  create: () => ({ type: 'attrition', years: 3, minUtilisation: 0.5 }),
  describe: say,
  Fields: ({ value, onChange }) => (
    <>
      <NumberInput
        label="Years"
        min={0.1}
        value={value.years}
        onChange={(v) => onChange({ ...value, years: v ?? 1 })}
      />
      <NumberInput
        label="Min. utilisation (0–1)"
        max={1}
        step={0.05}
        value={value.minUtilisation}
        onChange={(v) => onChange({ ...value, minUtilisation: v ?? 0 })}
      />
    </>
  ),
};

export const offtake: PerturbationKind<Of<'offtake'>> = {
  type: 'offtake',
  label: 'Offtake guarantee',
  hint: "A buyer takes a share of the covered producers' capacity; they survive price pressure.",
  create: (model) => {
    const country = challenger(model);
    return { type: 'offtake', ...(country ? { country } : {}), share: 0.5 } as Of<'offtake'>;
  },
  describe: say,
  Fields: ({ value, model, onChange }) => (
    <>
      <CoveredFields value={value} model={model} onChange={onChange} />
      <NumberInput
        label="Share of capacity (0–1)"
        max={1}
        step={0.05}
        value={value.share}
        onChange={(v) => onChange({ ...value, share: v ?? 0 })}
        testId="offtake-share"
      />
      <NumberInput
        label="Price a unit"
        optional
        value={value.price}
        onChange={(price) => onChange({ ...value, price })}
      />
      <MoneyFields value={value} onChange={onChange} />
    </>
  ),
};

export const priceFloor: PerturbationKind<Of<'price-floor'>> = {
  type: 'price-floor',
  label: 'Price floor',
  hint: 'Covered producers are paid at least this a unit: they run first and survive price pressure.',
  create: (model) => {
    const country = challenger(model);
    const price = (model.commodities ?? []).find((c) => c.price !== undefined)?.price ?? 0;
    return { type: 'price-floor', ...(country ? { country } : {}), price: price * 1.25 } as Of<'price-floor'>;
  },
  describe: say,
  Fields: ({ value, model, onChange }) => (
    <>
      <CoveredFields value={value} model={model} onChange={onChange} />
      <NumberInput
        label="Floor price a unit"
        value={value.price}
        onChange={(v) => onChange({ ...value, price: v ?? 0 })}
      />
      <MoneyFields value={value} onChange={onChange} />
    </>
  ),
};

export const recycling: PerturbationKind<Of<'recycling'>> = {
  type: 'recycling',
  label: 'Recycling',
  hint: 'A share of what consumers use returns as secondary supply at a stage.',
  create: (model) => ({ type: 'recycling', share: 0.3, into: model.stages[1] ?? model.stages[0]! }),
  describe: say,
  Fields: ({ value, model, onChange }) => (
    <>
      <Chips
        label="From consumers (none chosen: all)"
        options={sinksOf(model).map((n) => ({ value: n.id, label: n.label ?? n.id }))}
        selected={value.sinks ?? []}
        empty="no consumers"
        onChange={(sinks) => onChange({ ...value, sinks: sinks.length ? sinks : undefined })}
      />
      <NumberInput
        label="Share collected (0–1)"
        max={1}
        step={0.05}
        value={value.share}
        onChange={(v) => onChange({ ...value, share: v ?? 0 })}
      />
      <NumberInput
        label="Yield (0–1)"
        optional
        max={1}
        step={0.05}
        value={value.yield}
        onChange={(v) => onChange({ ...value, yield: v === 0 ? undefined : v })}
      />
      <StagePicker
        label="Back into stage"
        model={model}
        value={value.into}
        onChange={(into) => onChange({ ...value, into: into ?? value.into })}
      />
      <CountryPicker
        label="Recycler in"
        model={model}
        value={value.country ?? ''}
        onChange={(country) => onChange({ ...value, country: country || undefined })}
      />
      <NumberInput
        label="Recycler capacity"
        optional
        value={value.capacity}
        onChange={(capacity) => onChange({ ...value, capacity })}
      />
      <MoneyFields value={value} onChange={onChange} />
    </>
  ),
};

export const substitution: PerturbationKind<Of<'substitution'>> = {
  type: 'substitution',
  label: 'Substitution',
  hint: 'Demand moves to another chemistry or design, or a recipe alternative is allowed more.',
  create: () => ({ type: 'substitution', sink: '', share: 0.2 }),
  describe: (p) => (p.sink === '' ? 'Choose the consumer whose demand moves' : say(p as Perturbation)),
  Fields: ({ value, model, onChange }) => {
    const recipeForm = value.node !== undefined;
    const withAlternatives = model.nodes.filter((n) => (n.alternatives ?? []).length > 0);
    return (
      <>
        <label className="field">
          <span>Form</span>
          <select
            value={recipeForm ? 'recipe' : 'demand'}
            onChange={(e) =>
              onChange(
                e.target.value === 'recipe'
                  ? {
                      type: 'substitution',
                      node: withAlternatives[0]?.id ?? '',
                      alternative: withAlternatives[0]?.alternatives?.[0]?.id ?? '',
                      maxShare: 0.5,
                    }
                  : { type: 'substitution', sink: '', share: 0.2 },
              )
            }
          >
            <option value="demand">demand moves</option>
            <option value="recipe" disabled={withAlternatives.length === 0}>
              recipe alternative
            </option>
          </select>
        </label>
        {recipeForm ? (
          <>
            <NodePicker
              label="Node"
              model={model}
              value={value.node ?? ''}
              onChange={(node) => onChange({ ...value, node })}
            />
            <label className="field">
              <span>Alternative</span>
              <select
                value={value.alternative ?? ''}
                onChange={(e) => onChange({ ...value, alternative: e.target.value })}
              >
                {(model.nodes.find((n) => n.id === value.node)?.alternatives ?? []).map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.label ?? a.id}
                  </option>
                ))}
              </select>
            </label>
            <NumberInput
              label="Max share (0–1)"
              max={1}
              step={0.05}
              value={value.maxShare}
              onChange={(v) => onChange({ ...value, maxShare: v ?? 0 })}
            />
          </>
        ) : (
          <>
            <NodePicker
              label="Consumer"
              model={model}
              value={value.sink ?? ''}
              onChange={(sink) => onChange({ ...value, sink })}
            />
            <NumberInput
              label="Share that moves (0–1)"
              max={1}
              step={0.05}
              value={value.share}
              onChange={(v) => onChange({ ...value, share: v ?? 0 })}
            />
            <label className="field">
              <span>To</span>
              <select
                value={value.to ?? ''}
                onChange={(e) => onChange({ ...value, to: e.target.value || undefined })}
              >
                <option value="">out of the chain</option>
                {sinksOf(model)
                  .filter((n) => n.id !== value.sink)
                  .map((n) => (
                    <option key={n.id} value={n.id}>
                      {n.label ?? n.id}
                    </option>
                  ))}
              </select>
            </label>
          </>
        )}
        <MoneyFields value={value} onChange={onChange} />
      </>
    );
  },
};

export const partnersOnly: PerturbationKind<Of<'partners-only'>> = {
  type: 'partners-only',
  label: 'Partners only',
  hint: 'Every node in a country outside the group stops: can the group supply itself?',
  create: (model) => ({ type: 'partners-only', group: model.groups?.[0]?.id ?? '' }),
  describe: (p) => (p.group === '' ? 'Choose a country group' : say(p)),
  Fields: ({ value, model, onChange }) => (
    <label className="field">
      <span>Group</span>
      <select value={value.group} onChange={(e) => onChange({ ...value, group: e.target.value })}>
        {(model.groups ?? []).length === 0 ? <option value="">the model has no groups</option> : null}
        {(model.groups ?? []).map((g) => (
          <option key={g.id} value={g.id}>
            {g.label ?? g.id}
          </option>
        ))}
      </select>
    </label>
  ),
};

export const newCapacity: PerturbationKind<Of<'new-capacity'>> = {
  type: 'new-capacity',
  label: 'New capacity',
  hint: 'A new producer in a country at a stage, wired to suppliers and customers.',
  create: (model) => {
    const demand = model.nodes.reduce((s, n) => s + (n.demand ?? 0), 0);
    return {
      type: 'new-capacity',
      country: challenger(model) ?? 'US',
      stage: model.stages[0]!,
      capacity: Math.round(demand / 10) || 1,
    };
  },
  describe: say,
  Fields: ({ value, model, onChange }) => {
    const producers = model.nodes.filter((n) => n.demand === undefined);
    return (
      <>
        <CountryPicker
          label="Country"
          model={model}
          value={value.country}
          onChange={(country) => onChange({ ...value, country })}
        />
        <StagePicker
          label="Stage"
          model={model}
          value={value.stage}
          onChange={(stage) => onChange({ ...value, stage: stage ?? value.stage })}
        />
        <NumberInput
          label="Capacity"
          value={value.capacity}
          onChange={(v) => onChange({ ...value, capacity: v ?? 0 })}
        />
        <NumberInput
          label="Cost a unit"
          optional
          value={value.cost}
          onChange={(cost) => onChange({ ...value, cost })}
        />
        <Chips
          label="Suppliers (none: a source)"
          options={producers.map((n) => ({ value: n.id, label: n.label ?? n.id }))}
          selected={value.from ?? []}
          empty="no producers"
          onChange={(from) => onChange({ ...value, from: from.length ? from : undefined })}
        />
        <Chips
          label="Customers (none: those of the stage)"
          options={model.nodes.map((n) => ({ value: n.id, label: n.label ?? n.id }))}
          selected={value.to ?? []}
          empty="no nodes"
          onChange={(to) => onChange({ ...value, to: to.length ? to : undefined })}
        />
        <MoneyFields value={value} onChange={onChange} />
      </>
    );
  },
};
