/**
 * Rare earths: scenario presets from history
 * ==========================================
 */
import type { Perturbation, Scenario } from '../../../src/model/schema.ts';

/** China's April 2025 controls as modelled (see the first preset). */
const APRIL_2025_CONTROLS: Perturbation[] = [
  { type: 'export-control', country: 'CN', commodities: ['DyTb'] },
  { type: 'export-control', country: 'CN', stages: ['magnet'] },
];

/** The end uses made of magnets: what a strategic stockpile of magnet supply covers. */
const MAGNET_END_USES = ['ev-motors', 'wind-turbines', 'electronics', 'other-magnet-uses'];

/** The April 2025 controls with `days` of each magnet end use's consumption stockpiled and released. */
function withStockpile(days: number, id: string, label: string, why: string, source: string): Scenario {
  return {
    id,
    label,
    date: '2025-04-04',
    description: `China's April 2025 controls (as in cn-2025-04-heavy-re-magnets) with ${days} days of each magnet end use's baseline consumption held in stock and released from day 0 (stockpile perturbations, docs/time.md): ${why} Read it as a timeline (chokepoint timeline --scenario ${id}): how long each end use is served its baseline, and the demand left unmet over the year.`,
    source,
    perturbations: [
      ...APRIL_2025_CONTROLS,
      ...MAGNET_END_USES.map((node): Perturbation => ({ type: 'stockpile', node, days })),
    ],
  };
}

export const RARE_EARTH_SCENARIOS: Scenario[] = [
  {
    id: 'cn-2025-04-heavy-re-magnets',
    label: 'China controls 7 medium/heavy rare earths and magnets (Apr 2025)',
    date: '2025-04-04',
    description:
      'MOFCOM/GAC No. 18 [2025]: licences for Sm, Gd, Tb, Dy, Lu, Sc and Y and their alloys, including Dy/Tb-bearing magnet alloys. Modelled as a stop of Dy/Tb leaving China and of magnets leaving China (exports fell ~75% within two months). NdPr is not controlled and still flows. In force.',
    source: '[MOFCOM-18]; [MAGFALL25]',
    perturbations: APRIL_2025_CONTROLS,
  },
  withStockpile(
    60,
    'cn-2025-04-stockpile-60d',
    'April 2025 controls, 60-day stockpile released',
    "60 days is the cover Japan's JOGMEC generally holds and the US Project Vault aims at.",
    '[MOFCOM-18]; [IEA-JPSTOCK]; [VAULT26]',
  ),
  withStockpile(
    180,
    'cn-2025-04-stockpile-180d',
    'April 2025 controls, 180-day stockpile',
    'JOGMEC holds up to 180 days for high-risk metals.',
    '[MOFCOM-18]; [IEA-JPSTOCK]',
  ),
  {
    id: 'cn-2025-10-package',
    label: 'China’s October 2025 package (suspended Nov 2025)',
    date: '2025-10-09',
    description:
      'MOFCOM/GAC Nos. 55–58, 61 and 62 [2025]: five more rare earths (Ho, Er, Tm, Eu, Yb), an extraterritorial rule on foreign goods with ≥0.1% Chinese rare earths, and technology bans — in effect every rare-earth export from China. Suspended on 7 Nov 2025 by No. 70 [2025] until 10 Nov 2026; kept as a what-if.',
    source: '[MOFCOM-OCT25]',
    perturbations: [{ type: 'export-control', country: 'CN' }],
  },
  {
    id: 'myanmar-supply-cut',
    label: 'Myanmar supply cut',
    date: '2024-10',
    description:
      "Myanmar's mines stop, as when an armed group took the Kachin mining hub in October 2024 and China's imports from Myanmar fell by almost a third. Myanmar supplies about half of China's heavy rare-earth feedstock.",
    source: '[REUTERS25]; [REUTERS21]',
    perturbations: [{ type: 'outage', node: 'mm-mine' }],
  },
];
