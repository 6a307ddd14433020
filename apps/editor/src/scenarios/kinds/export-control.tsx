/**
 * Export control: a country stops exporting, optionally only from some stages and sparing some
 * partners (countries or whole groups). Domestic flow continues (the analysis defines it so).
 */
import { countryName, type Perturbation } from '@chokepoint/core';
import { listed, modelCommodities, modelCountries, type PerturbationKind } from '../perturbation-kind.ts';
import { Chips, CountryPicker } from './fields.tsx';

type ExportControl = Extract<Perturbation, { type: 'export-control' }>;

/** Drops an optional list when it becomes empty, so the perturbation stays minimal and valid. */
function withList<K extends 'stages' | 'allow' | 'allowGroups' | 'commodities'>(
  p: ExportControl,
  key: K,
  list: string[],
): ExportControl {
  const next = { ...p };
  if (list.length > 0) next[key] = list;
  else delete next[key];
  return next;
}

export const exportControl: PerturbationKind<ExportControl> = {
  type: 'export-control',
  label: 'Export control',
  hint: 'A country stops exports, from chosen stages, except to chosen partners.',
  create: (model) => ({ type: 'export-control', country: modelCountries(model)[0] ?? 'CN' }),
  describe(p, model) {
    // Every limit the control has, said in full: what (commodities), from where (stages), to whom.
    // Without limits it is every export: "Brazil stops all exports".
    const what = p.commodities?.length ? ` of ${listed(p.commodities)}` : '';
    const from = p.stages?.length
      ? ` from the ${listed(p.stages)} stage${p.stages.length > 1 ? 's' : ''}`
      : '';
    const groups = (p.allowGroups ?? []).map((g) => model.groups?.find((x) => x.id === g)?.label ?? g);
    const spared = [...(p.allow ?? []).map(countryName), ...groups];
    const to = spared.length ? `, except to ${listed(spared)}` : '';
    const all = what === '' && from === '' ? ' all' : '';
    return `${countryName(p.country)} stops${all} exports${what}${from}${to}`;
  },
  Fields({ value, model, onChange }) {
    const partners = modelCountries(model).filter((c) => c !== value.country);
    const commodities = modelCommodities(model);
    return (
      <>
        <CountryPicker
          label="Country"
          model={model}
          value={value.country}
          onChange={(country) =>
            onChange({ ...value, country, allow: value.allow?.filter((c) => c !== country) })
          }
        />
        <Chips
          label="Stages (none = all)"
          options={model.stages.map((s) => ({ value: s, label: s }))}
          selected={value.stages ?? []}
          onChange={(list) => onChange(withList(value, 'stages', list))}
          empty="no stages"
        />
        {commodities.length > 0 ? (
          <Chips
            label="Commodities (none = all)"
            options={commodities.map((c) => ({ value: c, label: c }))}
            selected={value.commodities ?? []}
            onChange={(list) => onChange(withList(value, 'commodities', list))}
            empty=""
          />
        ) : null}
        <Chips
          label="Still served"
          options={partners.map((c) => ({ value: c, label: c }))}
          selected={value.allow ?? []}
          onChange={(list) => onChange(withList(value, 'allow', list))}
          empty="no other countries in the model"
        />
        {(model.groups ?? []).length > 0 ? (
          <Chips
            label="Still served groups"
            options={(model.groups ?? []).map((g) => ({ value: g.id, label: g.label ?? g.id }))}
            selected={value.allowGroups ?? []}
            onChange={(list) => onChange(withList(value, 'allowGroups', list))}
            empty=""
          />
        ) : null}
      </>
    );
  },
};
