/**
 * Export control: a country stops exporting, optionally only from some stages and sparing some
 * partners (countries or whole groups). Domestic flow continues (the analysis defines it so).
 */
import { countryName, type Perturbation } from '@chokepoint/core';
import { modelCountries, type PerturbationKind } from '../perturbation-kind.ts';
import { Chips, CountryPicker } from './fields.tsx';

type ExportControl = Extract<Perturbation, { type: 'export-control' }>;

/** Drops an optional list when it becomes empty, so the perturbation stays minimal and valid. */
function withList<K extends 'stages' | 'allow' | 'allowGroups'>(
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
  describe(p) {
    const stages = p.stages?.length ? ` of ${p.stages.join(', ')}` : '';
    const spared = [...(p.allow ?? []), ...(p.allowGroups ?? [])];
    const except = spared.length ? ` except to ${spared.join(', ')}` : '';
    return `${countryName(p.country)} stops exports${stages}${except}`;
  },
  Fields({ value, model, onChange }) {
    const partners = modelCountries(model).filter((c) => c !== value.country);
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
