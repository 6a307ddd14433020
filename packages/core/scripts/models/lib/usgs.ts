/**
 * USGS world data
 * ===============
 *
 * Reader for the USGS Mineral Commodity Summaries world-data CSV (public domain), one of the two
 * machine-readable sources the embedded models are regenerated from (the other is `iea.ts`). Returns
 * lookups keyed by ISO country code, so that the model specs never see the source's spelling of
 * country names ("Burma", "Congo (Kinshasa)", "Russia "). Pure: text in, tables out.
 */
import Papa from 'papaparse';
import { countryCodeOf } from './country-names.ts';

export interface UsgsRow {
  commodity: string;
  country: string;
  /** ISO code, `ZZ` for "Other countries"; undefined for world totals and unknown names. */
  code: string | undefined;
  type: string;
  unit: string;
  /** Production in the newest year the file has (the `PROD_EST_ <year>` column), if reported. */
  production: number | undefined;
  /** Capacity in the newest year, if reported. */
  capacity: number | undefined;
  notes: string;
}

export interface UsgsWorldData {
  /** Edition, from the SOURCE column: 2025 for "MCS2025". */
  edition: number;
  /** Newest production year the file has (2024 in MCS2025). */
  year: number;
  rows: UsgsRow[];
}

/** Parses `MCS<edition>_World_Data.csv`. Throws with the row number on a file of another shape. */
export function parseUsgsWorldData(text: string): UsgsWorldData {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  const fields = parsed.meta.fields ?? [];
  const yearOf = (prefix: string) => {
    let best: { year: number; field: string } | undefined;
    for (const f of fields) {
      const m = new RegExp(`^${prefix}_(?:EST_)?\\s*(\\d{4})$`).exec(f.trim());
      if (m && (!best || Number(m[1]) > best.year)) best = { year: Number(m[1]), field: f };
    }
    return best;
  };
  const prod = yearOf('PROD');
  const cap = yearOf('CAP');
  for (const need of ['SOURCE', 'COMMODITY', 'COUNTRY', 'TYPE', 'UNIT_MEAS']) {
    if (!fields.includes(need)) throw new Error(`USGS world data: no "${need}" column (columns: ${fields})`);
  }
  if (!prod) throw new Error('USGS world data: no PROD_<year> column');
  const first = parsed.data[0];
  const edition = Number(/MCS(\d{4})/.exec(first?.SOURCE ?? '')?.[1]);
  if (!Number.isFinite(edition)) throw new Error('USGS world data: row 2 has no "MCS<year>" SOURCE');
  const rows = parsed.data.map((r): UsgsRow => {
    const country = (r.COUNTRY ?? '').trim();
    return {
      commodity: (r.COMMODITY ?? '').trim(),
      country,
      code: countryCodeOf(country),
      type: (r.TYPE ?? '').trim(),
      unit: (r.UNIT_MEAS ?? '').trim(),
      production: numberOrUndefined(r[prod.field]),
      capacity: cap ? numberOrUndefined(r[cap.field]) : undefined,
      notes: [r.PROD_NOTES, r.CAP_NOTES].filter((s) => s?.trim()).join('; '),
    };
  });
  return { edition, year: prod.year, rows };
}

function numberOrUndefined(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const t = v.trim().replace(/,/g, '');
  if (!/^\d+(\.\d+)?$/.test(t)) return undefined; // "", "W" (withheld), ">2000000", "NA"
  return Number(t);
}

/** Rows of one commodity and type (matched on the start of TYPE), by ISO code; world totals left out. */
export function usgsByCountry(
  data: UsgsWorldData,
  commodity: string,
  typeStartsWith: string,
): Map<string, UsgsRow> {
  const out = new Map<string, UsgsRow>();
  for (const row of data.rows) {
    if (row.commodity.toLowerCase() !== commodity.toLowerCase()) continue;
    if (!row.type.toLowerCase().startsWith(typeStartsWith.toLowerCase())) continue;
    if (row.code === undefined) continue;
    out.set(row.code, row);
  }
  if (out.size === 0) throw new Error(`USGS world data has no rows for ${commodity} / ${typeStartsWith}…`);
  return out;
}

/** The "World total (rounded)" production of a commodity and type. */
export function usgsWorldTotal(data: UsgsWorldData, commodity: string, typeStartsWith: string): number {
  const row = data.rows.find(
    (r) =>
      r.commodity.toLowerCase() === commodity.toLowerCase() &&
      r.type.toLowerCase().startsWith(typeStartsWith.toLowerCase()) &&
      r.country.toLowerCase().startsWith('world total'),
  );
  if (row?.production === undefined) throw new Error(`USGS world data: no world total for ${commodity}`);
  return row.production;
}

/** Production by ISO code for one commodity and type, leaving out rows without a figure ("W", blank). */
export function usgsProduction(
  data: UsgsWorldData,
  commodity: string,
  typeStartsWith: string,
): Map<string, number> {
  const out = new Map<string, number>();
  for (const [code, row] of usgsByCountry(data, commodity, typeStartsWith)) {
    if (row.production !== undefined) out.set(code, row.production);
  }
  return out;
}
