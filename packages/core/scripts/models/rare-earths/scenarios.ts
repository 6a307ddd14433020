/**
 * Rare earths: scenario presets from history
 * ==========================================
 */
import type { ModelNode, Perturbation, Scenario } from '../../../src/model/schema.ts';
import { REO_PER_T_MAGNET } from './magnets.ts';

/** The April 2025 controls: Dy/Tb and magnets stop leaving China. */
const APRIL_2025: Perturbation[] = [
  { type: 'export-control', country: 'CN', commodities: ['DyTb'] },
  { type: 'export-control', country: 'CN', stages: ['magnet'] },
];

/** The April 2025 controls with `days` of each magnet end use's consumption stockpiled and released. */
function withStockpile(
  endUses: readonly string[],
  days: number,
  id: string,
  label: string,
  why: string,
  source: string,
): Scenario {
  return {
    id,
    label,
    date: '2025-04-04',
    description: `China's April 2025 controls (as in cn-2025-04-heavy-re-magnets) with ${days} days of each magnet end use's baseline consumption held in stock and released from day 0 (stockpile perturbations, docs/time.md): ${why} Read it as a timeline (chokepoint timeline --scenario ${id}): how long each end use is served its baseline, and the demand left unmet over the year.`,
    source,
    perturbations: [
      ...APRIL_2025,
      ...endUses.map((node): Perturbation => ({ type: 'stockpile', node, days })),
    ],
  };
}

/** India's scheme: 6,000 t/yr of sintered magnets [IN-REPM25], in t of magnet rare-earth content. */
const IN_SCHEME_T = 6000;

const HISTORY: Scenario[] = [
  {
    id: 'cn-2025-04-heavy-re-magnets',
    label: 'China controls 7 medium/heavy rare earths and magnets (Apr 2025)',
    date: '2025-04-04',
    description:
      'MOFCOM/GAC No. 18 [2025]: licences for Sm, Gd, Tb, Dy, Lu, Sc and Y and their alloys, including Dy/Tb-bearing magnet alloys. Modelled as a stop of Dy/Tb leaving China and of magnets leaving China (exports fell ~75% within two months). NdPr is not controlled and still flows. In force.',
    source: '[MOFCOM-18]; [MAGFALL25]',
    perturbations: APRIL_2025,
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

/**
 * Events since the October 2025 package (issue 12), each dated and cited. Event presets show what the
 * measure does on its own, as the older ones do; the "after 10 Nov 2026" pair shows both readings of a
 * date whose outcome the sources do not know.
 */
export function rareEarthScenarios(nodes: readonly ModelNode[]): Scenario[] {
  const countries = [...new Set(nodes.map((n) => n.country).filter((c): c is string => !!c))].sort();
  const allBut = (c: string) => countries.filter((x) => x !== c);
  const inMagnet = nodes.find((n) => n.id === 'in-magnet')!;
  const planned = IN_SCHEME_T * REO_PER_T_MAGNET;
  const factor = planned / inMagnet.capacity!;
  // The end uses made of magnets (every region's): what a strategic stockpile of magnet supply covers.
  const magnetEndUses = nodes
    .filter((n) => n.demand !== undefined && n.id !== 'non-magnet-uses')
    .map((n) => n.id);
  return [
    HISTORY[0]!,
    withStockpile(
      magnetEndUses,
      60,
      'cn-2025-04-stockpile-60d',
      'April 2025 controls, 60-day stockpile released',
      "60 days is the cover Japan's JOGMEC generally holds and the US Project Vault aims at.",
      '[MOFCOM-18]; [IEA-JPSTOCK]; [VAULT26]',
    ),
    withStockpile(
      magnetEndUses,
      180,
      'cn-2025-04-stockpile-180d',
      'April 2025 controls, 180-day stockpile',
      'JOGMEC holds up to 180 days for high-risk metals.',
      '[MOFCOM-18]; [IEA-JPSTOCK]',
    ),
    ...HISTORY.slice(1),
    {
      id: 'cn-2025-11-suspension',
      label: 'China suspends the October 2025 package (Nov 2025 – 10 Nov 2026)',
      date: '2025-11-07',
      description:
        'MOFCOM No. 70 [2025] suspends the 9 Oct 2025 package until 10 Nov 2026; the April 2025 licensing of seven medium/heavy rare earths and magnets stays in force. So the controls in force are April’s: Dy/Tb and magnets stop leaving China (a licence requirement modelled as a full stop, an upper bound).',
      source: '[MOFCOM-70]; [MOFCOM-18]',
      perturbations: APRIL_2025,
    },
    {
      id: 'cn-2026-11-still-suspended',
      label: 'What-if after 10 Nov 2026: the October 2025 package stays suspended',
      date: '2026-11-10',
      description:
        'The suspension by MOFCOM No. 70 [2025] runs to 10 Nov 2026; what follows is not in the sources read. In this reading the suspension is extended and only the April 2025 controls remain: Dy/Tb and magnets stop leaving China. A what-if, not an event.',
      source: '[MOFCOM-70]; [MOFCOM-18]',
      perturbations: APRIL_2025,
    },
    {
      id: 'cn-2026-11-reinstated',
      label: 'What-if after 10 Nov 2026: the October 2025 package is reinstated',
      date: '2026-11-10',
      description:
        'In this reading the October 2025 package (Nos. 55–58, 61, 62 [2025]) comes back into force on 10 Nov 2026 on top of the April 2025 controls: with five more rare earths and the extraterritorial rule, in effect every rare-earth export from China stops. A what-if, not an event.',
      source: '[MOFCOM-70]; [MOFCOM-OCT25]; [MOFCOM-18]',
      perturbations: [...APRIL_2025, { type: 'export-control', country: 'CN' }],
    },
    {
      id: 'cn-2026-01-japan-dual-use',
      label: 'China bans dual-use exports to Japanese military end users (Jan 2026)',
      date: '2026-01-06',
      description:
        'MOFCOM No. 1 [2026] bans exports of dual-use items to Japanese military end users. The model has no Japanese military consumer, so this is the upper bound: Dy/Tb (dual-use since April 2025) stops going from China to any Japanese metal or magnet maker; NdPr is not dual-use and still flows. Chinese Dy/Tb may still reach Japan through rest-of-world metal makers (the model does not track origin), as re-exports might. With the April 2025 controls in force it adds nothing the model can see (they already stop Dy/Tb leaving China).',
      source: '[MOFCOM-26-1]; [MOFCOM-18]',
      perturbations: [{ type: 'export-control', country: 'CN', commodities: ['DyTb'], allow: allBut('JP') }],
    },
    {
      id: 'cn-2026-06-us-entities',
      label: 'China lists MP Materials and USA Rare Earth (Jun 2026)',
      date: '2026-06-22',
      description:
        'China adds 10 US entities, including MP Materials and USA Rare Earth, to its export-control list. In the model those firms are the US separation, metal and magnet nodes, so nothing leaves China for a US plant (oxide, metal or alloy, NdPr or Dy/Tb). The event on its own; US consumers can still buy magnets made elsewhere.',
      source: '[BMI26]',
      perturbations: [
        {
          type: 'export-control',
          country: 'CN',
          stages: ['separation', 'heavy-separation', 'metal'],
          allow: allBut('US'),
        },
      ],
    },
    {
      id: 'in-2025-12-magnet-scheme',
      label: 'India’s sintered-magnet scheme at full capacity (planned)',
      date: '2025-12',
      description: `Planned capacity, not an event: India's scheme for 6,000 t/yr of integrated sintered-magnet capacity across up to five plants (≤1,200 t/yr each), approved Dec 2025. The India magnet node goes from IREL's 3 t/yr of magnet to 6,000 t/yr: ${IN_SCHEME_T} t × ${REO_PER_T_MAGNET} = ${planned} t of magnet rare-earth content, × ${factor} its capacity. Its plants still need NdPr and Dy/Tb from the existing routes (China and the rest of world).`,
      source: '[IN-REPM25]; [IREL-REPM]',
      perturbations: [{ type: 'capacity', node: 'in-magnet', factor }],
    },
  ];
}
