/**
 * Rare earths: lever presets (issue 15)
 * =====================================
 *
 * The levers the op-ed names, each with the cited figure it needs (docs/levers.md defines them; docs/
 * data.md lists what each uses and the levers left out for want of a figure). Money is US$, the
 * currency of the NdPr price; a lever whose money is only known in another currency (India's scheme,
 * in rupees) carries no capex, since no exchange rate is in the sources read.
 */
import type { Commodity, ModelEdge, ModelNode, Scenario } from '../../../src/model/schema.ts';
import { fmt } from '../lib/builder.ts';
import { REO_PER_T_MAGNET } from './magnets.ts';

/** NdPr oxide, US$ per t: ~US$88/kg in Aug 2025 [NM-NDPR25]. */
export const NDPR_PRICE = 88_000;
/** The DoD–MP floor, US$ per t: US$110/kg [MP-DOD25]. */
const NDPR_FLOOR = 110_000;
/** MP's US magnet capacity with 10X, and Independence's before it, t of magnet a year. */
const MP_WITH_10X_T = 10_000;
const MP_INDEPENDENCE_T = 1_000;
/** India's scheme, t of sintered magnet a year [IN-REPM25]. */
const IN_SCHEME_T = 6_000;
/** The EU's 2030 recycling benchmark, share of its consumption [EU-CRMA24]. */
const EU_RECYCLING = 0.25;

/** NdPr with its market price: what the price floor pays the gap to. */
export function withNdprPrice(commodities: Commodity[]): Commodity[] {
  return commodities.map((c) =>
    c.id === 'NdPr'
      ? {
          ...c,
          price: NDPR_PRICE,
          source: `[NM-NDPR25] NdPr oxide ~US$88/kg in Aug 2025 = US$${fmt(NDPR_PRICE)} per t, in US$ per t of NdPr oxide-equivalent. Chosen over Fastmarkets' ~US$53–55/kg FOB China of Apr 2024 because it is the quote nearest the model year (2025) and the start of the DoD–MP floor (Q4 2025); metal and alloy carry the oxide price (no metal quote in the sources read), so value added at the metal stage reads 0.`,
        }
      : c,
  );
}

const suppliersOf = (edges: readonly ModelEdge[], id: string) =>
  edges.filter((e) => e.target === id).map((e) => e.source);

export function rareEarthLevers(nodes: readonly ModelNode[], edges: readonly ModelEdge[]): Scenario[] {
  const usSep = nodes.find((n) => n.id === 'us-sep')!;
  const floorCost = (NDPR_FLOOR - NDPR_PRICE) * usSep.capacity!;
  const tenX = (MP_WITH_10X_T - MP_INDEPENDENCE_T) * REO_PER_T_MAGNET;
  const india = IN_SCHEME_T * REO_PER_T_MAGNET;
  return [
    {
      id: 'us-mp-ndpr-floor',
      label: 'US DoD–MP Materials NdPr price floor (US$110/kg, 10 years from Q4 2025)',
      date: '2025-07-09',
      description: `Price Protection Agreement of 9 Jul 2025: the US Department of Defense pays MP Materials the gap between US$110/kg and the market benchmark on all NdPr it sells or stockpiles, for 10 years from Q4 2025. Modelled as a price floor of US$${fmt(NDPR_FLOOR)} per t on the US separation node (MP Materials, ${fmt(usSep.capacity!)} t): it stays in dispatch and survives price pressure. At the Aug 2025 market price (US$${fmt(NDPR_PRICE)} per t) and full output the floor costs (${fmt(NDPR_FLOOR)} − ${fmt(NDPR_PRICE)}) × ${fmt(usSep.capacity!)} = US$${fmt(floorCost)} a year. The 30% upside share above US$110/kg is not modelled (the price is below the floor).`,
      source: '[MP-DOD25]; [NM-NDPR25]; [IEA-CMD25]',
      perturbations: [{ type: 'price-floor', nodes: [usSep.id], price: NDPR_FLOOR }],
    },
    {
      id: 'us-mp-10x-offtake',
      label: 'MP Materials “10X” magnet plant with the DoD offtake of all its output (planned, 2028)',
      date: '2028',
      description: `Planned capacity with an offtake: 10X takes MP's US magnet capacity to ~${fmt(MP_WITH_10X_T)} t/yr, so (derived) ${fmt(MP_WITH_10X_T)} − ${fmt(MP_INDEPENDENCE_T)} t of Independence = ${fmt(MP_WITH_10X_T - MP_INDEPENDENCE_T)} t of magnet × ${REO_PER_T_MAGNET} = ${fmt(tenX)} t of magnet rare-earth content, fed as the US magnet plant is and making magnets by the same recipe; the DoD buys 100% of its output for 10 years (an offtake of share 1). The price DoD pays is not in the sources read and the model has no production costs, so the offtake's yearly cost reads 0: a lower bound. What the chain cannot use goes into the strategic stock.`,
      source: '[MP-10X]; [MP-DOD25]; [MP-IND]',
      perturbations: [
        {
          type: 'new-capacity',
          id: 'us-10x-magnet',
          label: 'United States — MP Materials 10X magnet plant (planned)',
          country: 'US',
          stage: 'magnet',
          capacity: tenX,
          from: suppliersOf(edges, 'us-magnet'),
        },
        { type: 'offtake', nodes: ['us-10x-magnet'], share: 1 },
      ],
    },
    {
      id: 'in-repm-scheme',
      label: 'India’s sintered-magnet scheme as new capacity (6,000 t/yr, planned)',
      date: '2025-12',
      description: `The new-capacity lever: India's scheme for 6,000 t/yr of integrated sintered-magnet capacity across up to five plants, approved Dec 2025, as one new Indian magnet maker of ${fmt(IN_SCHEME_T)} t × ${REO_PER_T_MAGNET} = ${fmt(india)} t of magnet rare-earth content, fed as IREL's plant is (Chinese and rest-of-world metal) and making magnets by the same recipe. Unlike in-2025-12-magnet-scheme (a capacity shock on the existing node), it is a lever, so chokepoint levers ranks it. No capex: the scheme's Rs 7,280 crore is in rupees and no exchange rate is in the sources read.`,
      source: '[IN-REPM25]; [IREL-REPM]',
      perturbations: [
        {
          type: 'new-capacity',
          id: 'in-repm-magnet',
          label: 'India — sintered-magnet scheme plants (planned)',
          country: 'IN',
          stage: 'magnet',
          capacity: india,
          from: suppliersOf(edges, 'in-magnet'),
        },
      ],
    },
    {
      id: 'eu-crma-2030-recycling',
      label: 'EU 2030 recycling benchmark: 25% of EU magnet use recycled',
      date: '2030',
      description: `The recycling lever at the EU Critical Raw Materials Act's 2030 benchmark: ${EU_RECYCLING * 100}% of the EU's consumption recycled. The EU's magnet use in the model is its wind demand (wind-turbines-xe; EU EV demand sits in the rest of world), so a recycler in the EU returns ${EU_RECYCLING * 100}% of what EU wind is served as magnets (into the magnet stage). The benchmark is a recycled share of consumption, so the yield is taken as inside it (yield 1). Today's end-of-life recycling of Nd and Dy is below 1% [UNEP-RR11].`,
      source: '[EU-CRMA24]; [UNEP-RR11]',
      perturbations: [
        {
          type: 'recycling',
          sinks: ['wind-turbines-xe'],
          share: EU_RECYCLING,
          into: 'magnet',
          country: 'XE',
        },
      ],
    },
  ];
}
