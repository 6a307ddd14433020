/**
 * Rare earths: sintered NdFeB magnets (t of magnet rare-earth content)
 * ====================================================================
 *
 * A magnet plant's capacity is the magnet rare-earth oxide its magnets contain: 0.45 t per t of
 * sintered NdFeB. China makes 94% of the world's magnets, measured against the IEA's world demand for
 * magnet rare earths; the cited plants outside China are converted from tonnes of magnet, and Japan,
 * whose tonnage is undisclosed, gets the rest of the other 6%.
 */
import type { Alternative, ModelNode, RecipeInput } from '../../../src/model/schema.ts';
import { countryName, fmt, round } from '../lib/builder.ts';
import { nid } from '../lib/sources.ts';
import type { RareEarthContext } from './context.ts';

export const REO_PER_T_MAGNET = 0.45;
const CHINA_SHARE = 0.94;

export function magnetStage({ demand }: RareEarthContext): ModelNode[] {
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
  const { recipe, alternatives, recipeWhy } = magnetRecipes(demand);
  return rows.map((m) => ({
    id: nid(m.code, 'magnet'),
    label: `${countryName(m.code)} — sintered NdFeB magnets`,
    stage: 'magnet',
    country: m.code,
    kind: 'process',
    commodity: 'NdFeB magnets',
    capacity: m.value,
    source: `${m.source}. Recipe: ${recipeWhy}`,
    recipe,
    alternatives,
    ...(m.notes ? { notes: m.notes } : {}),
  }));
}

/** Rare-earth metal in sintered NdFeB, wt% [HVW23]. */
const RE_WT = 30;
/** Dy in a bulk-alloyed high-coercivity (wind) magnet, wt% [HVW23]. */
const DY_HIGH_WT = 4;
/** Consumer-grade composition [NDFEB-COMP]: Nd 29–32.5 wt%, Dy 0.6–1.2 wt%; midpoints. */
const ND_STD_WT = (29 + 32.5) / 2;
const DY_STD_WT = (0.6 + 1.2) / 2;
/** Grain-boundary diffusion reaches the same coercivity with 50–70% less Dy/Tb [MAINRICH-GBD]: 50%. */
const GBD_SAVING = 0.5;
/** Consumer electronics take almost 30% of NdFeB demand [HVW23]. */
const ELECTRONICS_SHARE = 0.3;

/**
 * The magnet stage's recipes, per t of magnet rare-earth content (the unit of its capacity): NdPr and
 * Dy/Tb in the proportion each grade's composition gives them. Oxide factors of Nd, Pr, Dy and Tb are
 * within 3% of each other (fact sheet §7.1), so metal weight shares are used as oxide shares.
 */
export function magnetRecipes(demand: RareEarthContext['demand']): {
  recipe: RecipeInput[];
  alternatives: Alternative[];
  recipeWhy: string;
} {
  const split = (dyWt: number, reWt: number): RecipeInput[] => [
    { commodity: 'NdPr', ratio: round(1 - dyWt / reWt, 4) },
    { commodity: 'DyTb', ratio: round(dyWt / reWt, 4) },
  ];
  const high = split(DY_HIGH_WT, RE_WT);
  const stdRe = ND_STD_WT + DY_STD_WT;
  const std = split(DY_STD_WT, stdRe);
  const gbdDy = DY_HIGH_WT * (1 - GBD_SAVING);
  const gbd = split(gbdDy, RE_WT);
  const evShare = round(demand.ev / demand.total, 4);
  const recipeWhy = `bulk-alloyed high-coercivity grade (wind and motor magnets): Dy ~${DY_HIGH_WT} wt% of ~${RE_WT} wt% rare-earth metal [HVW23], so ${fmt(high[1]!.ratio)} t Dy/Tb and ${fmt(high[0]!.ratio)} t NdPr per t of magnet rare-earth content`;
  const alternatives: Alternative[] = [
    {
      id: 'standard-grade',
      label: 'Standard grade (consumer electronics), little Dy',
      recipe: std,
      maxShare: ELECTRONICS_SHARE,
      source: `[NDFEB-COMP] Nd 29–32.5 wt%, Dy 0.6–1.2 wt%: midpoints Dy ${fmt(DY_STD_WT)} of ${fmt(stdRe)} wt% rare earths = ${fmt(std[1]!.ratio)} t Dy/Tb per t; maxShare ${ELECTRONICS_SHARE}: [HVW23] consumer electronics take almost 30% of NdFeB demand`,
    },
    {
      id: 'gbd',
      label: 'Grain-boundary diffusion (high coercivity with half the Dy/Tb)',
      recipe: gbd,
      maxShare: evShare,
      source: `derived: [MAINRICH-GBD] grain-boundary diffusion needs 50–70% less Dy/Tb for the same coercivity; at the cautious 50%, Dy ${fmt(gbdDy)} of ${RE_WT} wt% [HVW23] = ${fmt(gbd[1]!.ratio)} t Dy/Tb per t. maxShare ${fmt(evShare)}: GBD is the dominant route for thin traction-motor magnets while thick blocks still need bulk alloying [MAINRICH-GBD], so it is capped at EV motors' share of magnet rare-earth demand, ${fmt(demand.ev)} / ${fmt(demand.total)} t [IEA-CMD25]`,
    },
  ];
  return { recipe: high, alternatives, recipeWhy };
}
