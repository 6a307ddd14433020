/**
 * Rare earths: the figures every stage of the model shares
 * ========================================================
 *
 * Mine output by country (t REO) and the IEA's magnet rare earths (Nd, Pr, Dy, Tb) mined, separated
 * and demanded (t), plus the Dy+Tb share of magnet rare earths used for the "DyTb" edges and recipes.
 */
import { countryName, fmt, round } from '../lib/builder.ts';
import { ieaCleantech, ieaDemand, ieaSupply } from '../lib/iea.ts';
import { type Sources, usgsRef, usgsYear } from '../lib/sources.ts';
import { usgsByCountry } from '../lib/usgs.ts';

/**
 * Mine output 2025e, t REO, from MCS 2026 (read from the data release; the shipped world-data CSV is
 * MCS 2025, which stops at 2024). Used until a USGS world-data file with a 2025 or later column is
 * given, which then replaces it.
 */
export const MCS26_MINE_2025: Readonly<Record<string, number>> = {
  CN: 270000,
  US: 51000,
  AU: 29000,
  MM: 22000,
  TH: 4800,
  IN: 2900,
  MG: 2700,
  RU: 2600,
  BR: 2000,
  NG: 1500,
  VN: 150,
  MY: 110,
  ZZ: 550,
};

export interface Figure {
  value: number;
  source: string;
}

export interface RareEarthContext {
  /** Mine output by ISO code, t REO, in listing order. */
  mine: Map<string, Figure>;
  /** IEA magnet rare earths mined and separated by ISO code (ZZ = rest of world), t, 2024. */
  ieaMine: Map<string, number>;
  ieaRefine: Map<string, number>;
  /** IEA magnet rare-earth demand, t, 2024. */
  demand: { ev: number; wind: number; otherUses: number; total: number };
  /** Dy+Tb as a share of magnet rare earths, and the sentence that says where it comes from. */
  dytbShare: number;
  dytbWhy: string;
}

const t = (kt: number) => round(kt * 1000);
const tTable = (m: Map<string, number>) => new Map([...m].map(([k, v]) => [k, t(v)]));

export function rareEarthContext({ usgs, iea }: Sources): RareEarthContext {
  const mine = new Map<string, Figure>();
  if (usgs.year >= 2025) {
    for (const [code, row] of usgsByCountry(usgs, 'Rare earths', 'Mine production')) {
      if (row.production === undefined) continue;
      mine.set(code, {
        value: row.production,
        source: `[${usgsRef(usgs)}] rare earths, mine production ${usgsYear(usgs)}, ${row.country}: ${fmt(row.production)} t REO`,
      });
    }
  } else {
    for (const [code, v] of Object.entries(MCS26_MINE_2025)) {
      const name = code === 'ZZ' ? 'other countries' : countryName(code);
      mine.set(code, {
        value: v,
        source: `[MCS26] rare earths, mine production 2025e, ${name}: ${fmt(v)} t REO`,
      });
    }
  }

  const d = ieaDemand(iea, 'Rare Earth Elements');
  const [nd, pr, dy, tb] = ['Neodymium', 'Praseodymium', 'Dysprosium', 'Terbium'].map((e) =>
    ieaCleantech(iea, e),
  );
  const all = nd! + pr! + dy! + tb!;
  const dytbShare = round((dy! + tb!) / all, 4);
  return {
    mine,
    ieaMine: tTable(ieaSupply(iea, 'Rare Earth Elements', 'mining')),
    ieaRefine: tTable(ieaSupply(iea, 'Rare Earth Elements', 'refining')),
    demand: {
      ev: t(d.sectors.get('Electric vehicles')!),
      wind: t(d.sectors.get('Wind')!),
      otherUses: t(d.otherUses),
      total: t(d.total),
    },
    dytbShare,
    dytbWhy: `Dy+Tb are ${fmt(dytbShare * 100)}% of magnet rare earths in [IEA-CMD25] 2024 clean-tech demand (Dy ${fmt(t(dy!))} t + Tb ${fmt(t(tb!))} t of ${fmt(t(all))} t)`,
  };
}
