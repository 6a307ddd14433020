/**
 * Rare earths: metal and alloy, and the routes through it
 * =======================================================
 *
 * Metal and alloy makers have no capacities in the sources, so their nodes carry none. NdPr and Dy/Tb
 * travel side by side on edges of their own commodity: separation → metal and metal → magnets. A DyTb
 * edge out of a plant that separates heavy rare earths is capped at that plant's Dy/Tb output (its
 * separation × the Dy+Tb share); a multi-input engine will need both to make a magnet.
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

export function metalStage(): ModelNode[] {
  return METAL_COUNTRIES.map((code) => ({
    id: nid(code, 'metal'),
    label: `${countryName(code)} — metal & alloy`,
    stage: 'metal',
    country: code,
    kind: 'process',
    commodity: 'NdPr/Dy/Tb metal and NdFeB alloy',
    notes:
      'No capacity: the sources read give no metal or alloy tonnages by country. Reduction loses ~20% of the oxide [HVW23], not modelled.',
  }));
}

export function midstreamEdges({ ieaRefine, dytbShare, dytbWhy }: RareEarthContext): ModelEdge[] {
  const edges: ModelEdge[] = [];
  for (const [from, to, why, heavies] of SEP_TO_METAL) {
    const ends = { source: nid(from, 'sep'), target: nid(to, 'metal') };
    edges.push({ ...ends, commodity: 'NdPr', citation: why });
    if (!heavies) continue;
    const separated = ieaRefine.get(from)!;
    const cap = round(separated * dytbShare);
    edges.push({
      ...ends,
      commodity: 'DyTb',
      capacity: cap,
      citation: `derived: ${why}; Dy/Tb capacity = the sender's magnet rare-earth separation ${fmt(separated)} t × ${fmt(dytbShare)} = ${fmt(cap)} t (${dytbWhy}); each route may carry all of it`,
    });
  }
  for (const [from, to, why] of METAL_TO_MAGNET) {
    const ends = { source: nid(from, 'metal'), target: nid(to, 'magnet') };
    edges.push({ ...ends, commodity: 'NdPr', citation: why }, { ...ends, commodity: 'DyTb', citation: why });
  }
  return edges;
}
