/**
 * Rare earths: scenario presets from history
 * ==========================================
 */
import type { Scenario } from '../../../src/model/schema.ts';

export const RARE_EARTH_SCENARIOS: Scenario[] = [
  {
    id: 'cn-2025-04-heavy-re-magnets',
    label: 'China controls 7 medium/heavy rare earths and magnets (Apr 2025)',
    date: '2025-04-04',
    description:
      'MOFCOM/GAC No. 18 [2025]: licences for Sm, Gd, Tb, Dy, Lu, Sc and Y and their alloys, including Dy/Tb-bearing magnet alloys. Modelled as a stop of Dy/Tb leaving China and of magnets leaving China (exports fell ~75% within two months). NdPr is not controlled and still flows. In force.',
    source: '[MOFCOM-18]; [MAGFALL25]',
    perturbations: [
      { type: 'export-control', country: 'CN', commodities: ['DyTb'] },
      { type: 'export-control', country: 'CN', stages: ['magnet'] },
    ],
  },
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
