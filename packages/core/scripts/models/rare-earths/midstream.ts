/**
 * Rare earths: metal and alloy, and the routes through it
 * =======================================================
 *
 * Metal and alloy makers have no capacities in the sources, so their nodes carry none. NdPr and Dy/Tb
 * travel side by side on edges of their own commodity: separation → metal and metal → magnets, through
 * one metal node per country and commodity (a node without recipe would pass on whatever reaches it,
 * turning NdPr into Dy/Tb). A plant that separates heavy rare earths sends its Dy/Tb through a node of
 * its own, fed by one edge capped at that plant's Dy/Tb output (its separation × the Dy+Tb share).
 */
import type { ModelEdge, ModelNode } from '../../../src/model/schema.ts';
import { countryName, fmt, round } from '../lib/builder.ts';
import { nid } from '../lib/sources.ts';
import type { RareEarthContext } from './context.ts';

const US_IMPORTS = '[MCS25-RE] US imports of rare-earth compounds and metals (2020–23)';
const TO_CHINA =
  '[RAWMAT-CN] China has been the largest importer of rare earths since 2018, separated NdPr included';

/** [from, to, why] for separation → metal; `true` when the sender separates Dy/Tb. */
const SEP_TO_METAL: [string, string, string, boolean][] = [
  ['CN', 'CN', '[IEA-CMD25] China separates 91% of magnet rare earths and makes its own metal', true],
  ['CN', 'JP', '[COURAGE23] Japan imports its rare-earth raw materials, 67% from China (2021)', true],
  ['CN', 'US', `${US_IMPORTS}: China 70%`, true],
  [
    'CN',
    'ZZ',
    '[IEA-CMD25] China separates 91% of magnet rare earths, so metal makers elsewhere buy from it',
    true,
  ],
  [
    'MY',
    'JP',
    '[COURAGE23] Japan buys the third of its raw materials not from China elsewhere, e.g. Lynas Malaysia',
    true,
  ],
  ['MY', 'US', `${US_IMPORTS}: Malaysia 13%`, true],
  ['MY', 'ZZ', '[LYNAS-HREE] Lynas Malaysia sells NdPr and, from 2025, Dy and Tb', true],
  ['MY', 'CN', TO_CHINA, false],
  ['US', 'US', '[MP-IND] MP Materials Independence (Fort Worth) makes metal, alloy and magnets', false],
  ['US', 'CN', `${TO_CHINA}; [REUTERS25] China's imports from the US`, false],
  ['IN', 'JP', '[TOYOTSU] Toyotsu Rare Earths India shipped more than 1,000 t to Japan in 2024', false],
  ['IN', 'ZZ', '[IREL-REPM] IREL feeds its own magnet plant in India', false],
  ['FR', 'ZZ', '[SOLVAY] Solvay aims to supply European magnet makers', false],
  ['ZZ', 'ZZ', 'model structure: rest-of-world separation supplies rest-of-world metal makers', false],
  ['ZZ', 'JP', '[COURAGE23] Japan imports its rare-earth raw materials', false],
  ['ZZ', 'US', `${US_IMPORTS}: Estonia 5%`, false],
  ['ZZ', 'CN', TO_CHINA, false],
];

const METAL_TO_MAGNET: [string, string, string][] = [
  ['CN', 'CN', '[IEA-OCT25] China makes 94% of permanent magnets'],
  ['CN', 'JP', '[COURAGE23] Japanese magnet makers buy most of their raw materials from China'],
  ['CN', 'DE', `model structure: Chinese metal and alloy are sold abroad; ${US_IMPORTS}: China 70%`],
  ['CN', 'US', `${US_IMPORTS}: China 70%`],
  ['CN', 'IN', `model structure: Chinese metal and alloy are sold abroad; ${US_IMPORTS}: China 70%`],
  ['CN', 'EE', `model structure: Chinese metal and alloy are sold abroad; ${US_IMPORTS}: China 70%`],
  ['JP', 'JP', '[COURAGE23] Japanese magnet makers (TDK, Shin-Etsu, Proterial) make their own alloy'],
  ['US', 'US', '[MP-IND] MP Materials Independence: metal, alloy and magnets on one site'],
  ['ZZ', 'JP', '[COURAGE23] Japan buys the third of its raw materials not from China elsewhere'],
  ['ZZ', 'DE', 'model structure: ex-China metal for European magnet makers'],
  ['ZZ', 'EE', 'model structure: ex-China metal for Neo’s Narva magnet plant'],
  ['ZZ', 'IN', '[IREL-REPM] IREL feeds its own magnet plant'],
];

export const METAL_COUNTRIES = ['CN', 'JP', 'US', 'ZZ'];
/** Separators that send Dy/Tb: those with a `true` in SEP_TO_METAL. */
export const HEAVY_SEPARATORS = [...new Set(SEP_TO_METAL.filter((r) => r[3]).map((r) => r[0]))];

const METAL_NOTES =
  'No capacity: the sources read give no metal or alloy tonnages by country. Reduction loses ~20% of the oxide [HVW23]; that loss is inside the magnet stage’s 0.45 t REO per t of magnet, so figures here stay in t REO-equivalent.';

/**
 * One metal-and-alloy node per country and commodity: NdPr metal (id `<cc>-metal`) and Dy/Tb metal or
 * Dy-Fe alloy (`<cc>-metal-dytb`). Each has a one-input recipe, so the recipe LP holds its output to
 * what arrives of that commodity: a metal maker cannot turn NdPr into Dy/Tb.
 */
export function metalStage(): ModelNode[] {
  return METAL_COUNTRIES.flatMap((code): ModelNode[] => [
    {
      id: nid(code, 'metal'),
      label: `${countryName(code)} — NdPr metal & alloy`,
      stage: 'metal',
      country: code,
      kind: 'process',
      commodity: 'NdPr',
      recipe: [{ commodity: 'NdPr', ratio: 1 }],
      source:
        'model structure: NdPr metal out per t of NdPr oxide in, both in t REO-equivalent (the ~20% reduction loss is counted in the magnet conversion [HVW23])',
      notes: METAL_NOTES,
    },
    {
      id: nid(code, 'metal-dytb'),
      label: `${countryName(code)} — Dy/Tb metal & alloy`,
      stage: 'metal',
      country: code,
      kind: 'process',
      commodity: 'DyTb',
      recipe: [{ commodity: 'DyTb', ratio: 1 }],
      source:
        'model structure: Dy/Tb metal or Dy-Fe alloy out per t of Dy/Tb oxide in, both in t REO-equivalent (the reduction loss is counted in the magnet conversion [HVW23])',
      notes: METAL_NOTES,
    },
  ]);
}

/**
 * The Dy/Tb a separator makes, as its own node: the separator's one DyTb edge into it is capped at its
 * separation × the Dy+Tb share, so that all its customers together get no more than that (a cap on
 * each route would let every route carry all of it).
 */
export function heavySeparationNodes({ dytbWhy }: RareEarthContext): ModelNode[] {
  return HEAVY_SEPARATORS.map((code) => ({
    id: nid(code, 'sep-dytb'),
    label: `${countryName(code)} — Dy/Tb oxide from separation`,
    stage: 'heavy-separation',
    country: code,
    kind: 'process',
    commodity: 'DyTb',
    notes: `The Dy/Tb share of ${nid(code, 'sep')}'s output (${dytbWhy}). No capacity of its own: the edge from ${nid(code, 'sep')} carries the limit. A stage of its own (heavy-separation) keeps every stage a column and the separation stage's concentration counting each plant once.`,
  }));
}

export function midstreamEdges({ ieaRefine, dytbShare, dytbWhy }: RareEarthContext): ModelEdge[] {
  const edges: ModelEdge[] = [];
  for (const code of HEAVY_SEPARATORS) {
    const separated = ieaRefine.get(code)!;
    const cap = round(separated * dytbShare);
    edges.push({
      source: nid(code, 'sep'),
      target: nid(code, 'sep-dytb'),
      commodity: 'DyTb',
      capacity: cap,
      citation: `derived: the sender's magnet rare-earth separation ${fmt(separated)} t [IEA-CMD25] × ${fmt(dytbShare)} = ${fmt(cap)} t of Dy/Tb (${dytbWhy})`,
    });
  }
  for (const [from, to, why, heavies] of SEP_TO_METAL) {
    edges.push({ source: nid(from, 'sep'), target: nid(to, 'metal'), commodity: 'NdPr', citation: why });
    if (heavies)
      edges.push({
        source: nid(from, 'sep-dytb'),
        target: nid(to, 'metal-dytb'),
        commodity: 'DyTb',
        citation: why,
      });
  }
  for (const [from, to, why] of METAL_TO_MAGNET) {
    const target = nid(to, 'magnet');
    edges.push(
      { source: nid(from, 'metal'), target, commodity: 'NdPr', citation: why },
      { source: nid(from, 'metal-dytb'), target, commodity: 'DyTb', citation: why },
    );
  }
  return edges;
}
