/**
 * IEA critical-minerals dataset
 * =============================
 *
 * Reader for the IEA Critical Minerals dataset as JSON (CC BY 4.0; credit the IEA wherever it is
 * used): mining and refining by country, demand by sector and by clean technology. Values are in kt;
 * lookups are keyed by ISO country code ("Rest of world" → ZZ). Pure: text in, tables out.
 */
import { countryCodeOf } from './country-names.ts';

type YearSeries = Record<string, number | null | Record<string, number>>;

export interface IeaDataset {
  source: string;
  supply: Record<string, Record<string, { countries: Record<string, YearSeries>; total: YearSeries }>>;
  totalDemand: Record<
    string,
    { sectors: Record<string, YearSeries>; otherUses: YearSeries; totalDemand: YearSeries }
  >;
  cleantechByMineral: Record<string, YearSeries>;
  byTechnology: Record<string, { minerals: Record<string, YearSeries> }>;
}

export function parseIeaDataset(text: string): IeaDataset {
  const json = JSON.parse(text) as Partial<IeaDataset>;
  if (!json.supply || !json.totalDemand || !json.cleantechByMineral || !json.byTechnology) {
    throw new Error(
      'IEA dataset: expected "supply", "totalDemand", "cleantechByMineral" and "byTechnology" keys',
    );
  }
  return json as IeaDataset;
}

function at(series: YearSeries | undefined, year: string, what: string): number {
  const v = series?.[year];
  if (typeof v !== 'number') throw new Error(`IEA dataset: no ${year} value for ${what}`);
  return v;
}

/** Mining or refining output by ISO code (`ZZ` = "Rest of world") for one year, in the dataset's kt. */
export function ieaSupply(
  iea: IeaDataset,
  mineral: string,
  stage: 'mining' | 'refining',
  year = '2024',
): Map<string, number> {
  const table = iea.supply[mineral]?.[stage];
  if (!table) throw new Error(`IEA dataset: no ${stage} supply for ${mineral}`);
  const out = new Map<string, number>();
  for (const [name, series] of Object.entries(table.countries)) {
    const v = series[year];
    if (typeof v !== 'number') continue; // the sheet's footnotes sit among the countries with nulls
    const code = countryCodeOf(name);
    if (code === undefined) throw new Error(`IEA dataset: unknown country "${name}" in ${mineral} ${stage}`);
    out.set(code, v);
  }
  return out;
}

export function ieaSupplyTotal(
  iea: IeaDataset,
  mineral: string,
  stage: 'mining' | 'refining',
  year = '2024',
) {
  return at(iea.supply[mineral]?.[stage]?.total, year, `${mineral} ${stage} total`);
}

/** Demand by sector plus "other uses" and the total, in the dataset's kt. */
export function ieaDemand(iea: IeaDataset, mineral: string, year = '2024') {
  const d = iea.totalDemand[mineral];
  if (!d) throw new Error(`IEA dataset: no demand for ${mineral}`);
  const sectors = new Map<string, number>();
  for (const [name, series] of Object.entries(d.sectors)) sectors.set(name, at(series, year, name));
  return {
    sectors,
    otherUses: at(d.otherUses, year, `${mineral} other uses`),
    total: at(d.totalDemand, year, `${mineral} total`),
  };
}

/** Clean-technology demand for one mineral or element (e.g. "Dysprosium"), in kt. */
export function ieaCleantech(iea: IeaDataset, mineral: string, year = '2024'): number {
  return at(iea.cleantechByMineral[mineral], year, `clean-tech demand for ${mineral}`);
}

/** IEA kt → t, rounded to whole tonnes. */
export function ktToT(kt: number): number {
  return Math.round(kt * 1000);
}

/** Every value of a table converted with `f`. */
export function mapValues(table: ReadonlyMap<string, number>, f: (v: number) => number): Map<string, number> {
  return new Map([...table].map(([k, v]) => [k, f(v)]));
}

/** Demand for one mineral from one clean technology ("Electric vehicles", "Grid battery storage"), in kt. */
export function ieaByTechnology(iea: IeaDataset, technology: string, mineral: string, year = '2024'): number {
  return at(iea.byTechnology[technology]?.minerals[mineral], year, `${technology} demand for ${mineral}`);
}
