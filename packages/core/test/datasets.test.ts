import { describe, expect, it } from 'vitest';
import { ieaSupply, parseIeaDataset } from '../scripts/models/lib/iea.ts';
import { balanceRoutes } from '../scripts/models/lib/routes.ts';
import { parseUsgsWorldData, usgsProduction, usgsWorldTotal } from '../scripts/models/lib/usgs.ts';

const CSV = `\uFEFFSOURCE,COMMODITY,COUNTRY,TYPE,UNIT_MEAS,PROD_2023,PROD_EST_ 2024,PROD_NOTES,CAP_2023,CAP_EST_ 2024,CAP_NOTES,RESERVES_2024,RESERVE_NOTES
MCS2025,Lithium ,United States,"Mine production, lithium content",metric tons,,,W for 23-24,,,,1800000,
MCS2025,Lithium ,Australia,"Mine production, lithium content",metric tons,91700,88000,,,,,7000000,
MCS2025,Lithium ,Burma,"Mine production, lithium content",metric tons,10,"1,200",,,,,,
MCS2025,Lithium ,Other Countries,"Mine production, lithium content",metric tons,5,7,,,,,,
MCS2025,Lithium ,World total (rounded),"Mine production, lithium content",metric tons,204000,240000,,,,,>30000000,
MCS2025,Gallium ,China,Primary production,kilograms,621000,750000,,,1000000,,,
`;

describe('USGS world-data reader', () => {
  it('reads the newest production year, ISO codes, withheld and thousands-separated figures', () => {
    const d = parseUsgsWorldData(CSV);
    expect(d.edition).toBe(2025);
    expect(d.year).toBe(2024);
    expect(usgsProduction(d, 'Lithium', 'Mine production')).toEqual(
      new Map([
        ['AU', 88000],
        ['MM', 1200],
        ['ZZ', 7],
      ]),
    );
    expect(usgsWorldTotal(d, 'lithium', 'mine')).toBe(240000);
    const ga = d.rows.find((r) => r.commodity === 'Gallium')!;
    expect([ga.code, ga.production, ga.capacity]).toEqual(['CN', 750000, 1000000]);
  });

  it('says what is wrong with a file of another shape', () => {
    expect(() => parseUsgsWorldData('A,B\n1,2\n')).toThrow('USGS world data: no "SOURCE" column');
    expect(() => usgsProduction(parseUsgsWorldData(CSV), 'Cobalt', 'Mine')).toThrow(
      'USGS world data has no rows for Cobalt / Mine…',
    );
  });
});

describe('IEA dataset reader', () => {
  it('maps country names to codes and skips the footnote rows', () => {
    const iea = parseIeaDataset(
      JSON.stringify({
        supply: {
          X: {
            mining: {
              countries: {
                Myanmar: { '2024': 1.5 },
                'Rest of world': { '2024': 2 },
                'Notes: projections…': { '2024': null },
              },
              total: { '2024': 3.5 },
            },
          },
        },
        totalDemand: {},
        cleantechByMineral: {},
        byTechnology: {},
      }),
    );
    expect(ieaSupply(iea, 'X', 'mining')).toEqual(
      new Map([
        ['MM', 1.5],
        ['ZZ', 2],
      ]),
    );
    expect(() => parseIeaDataset('{}')).toThrow(/expected "supply"/);
  });
});

describe('routes inferred from balances', () => {
  it('links each mine home and net exporters to net importers', () => {
    const n = (id: string, country: string, capacity: number) => ({ id, country, capacity });
    const mines = [n('au-m', 'AU', 90), n('cn-m', 'CN', 40), n('cl-m', 'CL', 50), n('zw-m', 'ZW', 20)];
    const refs = [n('cn-r', 'CN', 170), n('cl-r', 'CL', 50), n('au-r', 'AU', 4), n('row-r', 'ZZ', 5)];
    const edges = balanceRoutes(mines, refs, { unit: 't', mineRef: '[A]', refineRef: '[B]' });
    const pairs = edges.map((e) => `${e.source}>${e.target}`).sort();
    // AU exports (90 > 4) to the importers CN and ZZ; CL is balanced (50 = 50); ZW has no refinery, so
    // it goes home to ZZ and, as an exporter, to CN; CN imports.
    expect(pairs).toEqual(
      ['au-m>au-r', 'au-m>cn-r', 'au-m>row-r', 'cl-m>cl-r', 'cn-m>cn-r', 'zw-m>cn-r', 'zw-m>row-r'].sort(),
    );
    expect(edges.find((e) => e.source === 'au-m' && e.target === 'cn-r')!.citation).toBe(
      'inferred from the balance: Australia mines 90 t [A] but refines 4 [B]; China refines 170 [B] but mines 40 [A]',
    );
  });
});
