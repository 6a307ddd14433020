/**
 * Rare-earth magnets, mine to magnet (the default model)
 * ======================================================
 *
 * One unit throughout: tonnes of rare-earth oxide (REO) equivalent per year. Each mine's output splits
 * into two streams: the magnet rare earths (Nd, Pr, Dy, Tb), which go through separation, metal and
 * alloy making and sintered NdFeB magnets to the magnet end uses; and the rest of the oxide (mostly
 * La and Ce), which goes straight to the non-magnet uses. Mine totals are USGS's; the magnet stream's
 * figures are the IEA's (magnet rare earths mined, separated and demanded, 2024). Dy/Tb move on their
 * own edges (commodity "DyTb") next to NdPr, and magnets carry a recipe, so that a multi-input engine
 * can make magnets stop when Dy/Tb stop.
 */
import type { Commodity, Model } from '../../../src/model/schema.ts';
import { assemble } from '../lib/builder.ts';
import type { Sources } from '../lib/sources.ts';
import { rareEarthCandidates } from './candidates.ts';
import { rareEarthContext } from './context.ts';
import { endUses, magnetToEndUseEdges } from './end-uses.ts';
import { rareEarthLevers, withNdprPrice } from './levers.ts';
import { magnetStage, REO_PER_T_MAGNET } from './magnets.ts';
import { heavySeparationNodes, metalStage, midstreamEdges } from './midstream.ts';
import { miningStage } from './mining.ts';
import { rareEarthScenarios } from './scenarios.ts';
import { separationStage } from './separation.ts';

const REO_EQ = 't REO-equivalent per year';
export const RARE_EARTH_COMMODITIES: Commodity[] = [
  { id: 'REO', label: 'Rare-earth oxide in concentrate (all elements)', unit: REO_EQ },
  { id: 'magnet REO', label: 'Magnet rare earths (Nd, Pr, Dy, Tb) in concentrate', unit: REO_EQ },
  { id: 'other REO', label: 'Other rare earths (mostly La, Ce)', unit: REO_EQ },
  { id: 'NdPr', label: 'NdPr oxide, metal and alloy', unit: 't NdPr oxide-equivalent per year' },
  { id: 'DyTb', label: 'Dy and Tb oxide, metal and alloy', unit: 't Dy+Tb oxide-equivalent per year' },
  {
    id: 'NdFeB magnets',
    label: 'Sintered NdFeB magnets',
    unit: 't magnet rare-earth content (REO-equivalent) per year; ÷ 0.45 for t of magnet',
    source:
      '[HVW23] ~30 wt% rare-earth metal × ~1.2 oxide/metal ÷ 0.8 reduction yield = 0.45 t REO per t magnet',
  },
];

export function buildRareEarthMagnets(src: Sources): Model {
  const ctx = rareEarthContext(src);
  const mining = miningStage(ctx);
  const magnets = magnetStage(ctx);
  const sinks = endUses(ctx);
  const nodes = [
    ...mining.nodes,
    ...separationStage(ctx),
    ...heavySeparationNodes(ctx),
    ...metalStage(),
    ...magnets,
    ...sinks,
  ];
  const edges = [
    ...mining.edges.filter((e) => e.commodity === 'magnet REO'),
    ...midstreamEdges(ctx),
    ...magnetToEndUseEdges(magnets, sinks),
    ...mining.edges.filter((e) => e.commodity !== 'magnet REO'),
  ];
  return assemble({
    name: 'Rare-earth magnets, mine to magnet',
    description:
      'Rare-earth oxide from 13 mining countries to separation, metal and alloy, sintered NdFeB magnets and the magnet end uses, with the non-magnet rare earths split off at the mine. Mine output is USGS 2025e; separation, magnet-stream and demand figures are IEA 2024 (source: IEA, CC BY 4.0). Dy/Tb travel on their own "DyTb" edges next to "NdPr".',
    year: 2025,
    unit: 't REO-equivalent per year',
    stages: ['mining', 'separation', 'heavy-separation', 'metal', 'magnet', 'end-use'],
    commodities: withNdprPrice(RARE_EARTH_COMMODITIES),
    nodes,
    edges,
    notes: `Magnet-stage figures are magnet rare-earth content: ${REO_PER_T_MAGNET} t of oxide per t of sintered NdFeB (~30 wt% rare-earth metal × ~1.2 oxide/metal ÷ 0.8 reduction yield [HVW23]). IEA magnet rare-earth tonnages are read as t REO-equivalent. EV and wind demand is split by consuming region (China, US, India, EU for wind, rest of world); electronics, other magnet uses and non-magnet uses are world totals without a country, so an export control by China also cuts China's own use of those: read scenario losses there as upper bounds. Money is US$ (the NdPr price and the lever presets), except the suggest candidate, priced in Rs crore as its source gives it (no exchange rate is cited): compare it with candidates only.`,
    scenarios: [...rareEarthScenarios(nodes), ...rareEarthLevers(nodes, edges)],
    candidates: rareEarthCandidates(nodes),
  });
}
