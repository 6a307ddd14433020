/**
 * Rare earths: sintered NdFeB magnets (t of magnet rare-earth content)
 * ====================================================================
 *
 * A magnet plant's capacity is the magnet rare-earth oxide its magnets contain: 0.45 t per t of
 * sintered NdFeB. China makes 94% of the world's magnets, measured against the IEA's world demand for
 * magnet rare earths; the cited plants outside China are converted from tonnes of magnet, and Japan,
 * whose tonnage is undisclosed, gets the rest of the other 6%.
 */
import type { ModelNode } from '../../../src/model/schema.ts';
import { countryName, fmt, round } from '../lib/builder.ts';
import { nid } from '../lib/sources.ts';
import type { RareEarthContext } from './context.ts';

export const REO_PER_T_MAGNET = 0.45;
const CHINA_SHARE = 0.94;

export function magnetStage({ demand, dytbShare, dytbWhy }: RareEarthContext): ModelNode[] {
  const world = demand.total;
  const toReo = (tMagnet: number) => round(tMagnet * REO_PER_T_MAGNET, 2);
  const conv = `× ${REO_PER_T_MAGNET} t REO per t magnet`;
  const cn = round(world * CHINA_SHARE);
  const nonChina = world * (1 - CHINA_SHARE);
  const us = toReo(1000 + 1200);
  const india = toReo(3);
  const ee = toReo(2000);
  const de = toReo(98200 * 0.013);
  const jp = round(nonChina - us - india - ee - de, 2);
  // Where 0.45 comes from, quoted once per converted figure.
  const why = `(${REO_PER_T_MAGNET} = ~30 wt% rare-earth metal × ~1.2 t oxide per t metal ÷ 0.8 oxide-to-metal yield [HVW23])`;
  const rows: { code: string; value: number; source: string; notes?: string }[] = [
    {
      code: 'CN',
      value: cn,
      source: `derived: [IEA-OCT25] China makes 94% of permanent magnets × [IEA-CMD25] world magnet rare-earth demand 2024 (${fmt(world)} t) = ${fmt(cn)} t`,
    },
    {
      code: 'JP',
      value: jp,
      source: `derived: the non-China 6% (${fmt(round(nonChina, 2))} t) less the cited US, India, Estonia and Germany figures = ${fmt(jp)} t; [COURAGE23] overseas capacity is mainly Japanese (TDK, Shin-Etsu, Proterial), tonnage undisclosed`,
      notes:
        "Includes Japanese firms' plants abroad (e.g. Shin-Etsu in Vietnam). Japan made 19.3% of the world's sintered NdFeB in 2010 [CNORG13].",
    },
    {
      code: 'DE',
      value: de,
      source: `derived: [CNORG13] Europe made 1.3% of 98,200 t of sintered NdFeB in 2010 (mainly VAC, Germany) = ${fmt(round(98200 * 0.013, 1))} t ${conv} = ${fmt(de)} t; no newer figure in the sources read ${why}`,
    },
    {
      code: 'US',
      value: us,
      source: `derived: [MP-IND] MP Materials Independence ~1,000 t/yr + [USAR] USA Rare Earth 1,200 t/yr = 2,200 t NdFeB ${conv} = ${fmt(us)} t ${why}`,
      notes: 'Nameplate capacity of plants ramping up in 2025–26, not 2024 output.',
    },
    {
      code: 'IN',
      value: india,
      source: `derived: [IREL-REPM] IREL magnet plant, 3,000 kg/yr ${conv} = ${fmt(india)} t ${why}`,
      notes: 'India imported 53,748 t of magnets in FY2024-25, mostly from China (Reuters).',
    },
    {
      code: 'EE',
      value: ee,
      source: `derived: [NEO-NARVA] Neo Performance Materials Narva phase 1, ~2,000 t/yr ${conv} = ${fmt(ee)} t ${why}`,
      notes: 'Inaugurated September 2025; phase 2 would take it to 5,000 t/yr.',
    },
  ];
  const recipe = [
    { commodity: 'NdPr', ratio: round(1 - dytbShare, 4) },
    { commodity: 'DyTb', ratio: dytbShare },
  ];
  return rows.map((m) => ({
    id: nid(m.code, 'magnet'),
    label: `${countryName(m.code)} — sintered NdFeB magnets`,
    stage: 'magnet',
    country: m.code,
    kind: 'process',
    commodity: 'sintered NdFeB magnets',
    capacity: m.value,
    source: `${m.source}. Recipe: ${dytbWhy}`,
    recipe,
    ...(m.notes ? { notes: m.notes } : {}),
  }));
}
