/**
 * Rare earths: separation (t of magnet rare earths)
 * =================================================
 *
 * The IEA's magnet rare-earth refining by country, 2024, with India (IREL) taken out of its "rest of
 * world" and France (Solvay) shown at zero: its NdPr line opened in April 2025.
 */
import type { ModelNode } from '../../../src/model/schema.ts';
import { fmt } from '../lib/builder.ts';
import { nid } from '../lib/sources.ts';
import type { RareEarthContext } from './context.ts';

const IREL_NDPR = 500;

export function separationStage({ ieaRefine }: RareEarthContext): ModelNode[] {
  const iea = (code: string, name: string) =>
    `[IEA-CMD25] magnet rare-earth refining 2024, ${name}: ${fmt(ieaRefine.get(code)!)} t`;
  const rows: { code: string; label: string; value: number; source: string; notes?: string }[] = [
    {
      code: 'CN',
      label: 'China',
      value: ieaRefine.get('CN')!,
      source: iea('CN', 'China'),
      notes:
        "Magnet rare earths (Nd, Pr, Dy, Tb) separated. China's 2024 smelting and separation quota for all rare earths was 254,000 t REO [CNQUOTA24]; the IEA puts China's share of separation at 91% [IEA-OCT25].",
    },
    {
      code: 'MY',
      label: 'Malaysia (Lynas, Kuantan)',
      value: ieaRefine.get('MY')!,
      source: iea('MY', 'Malaysia'),
      notes: 'Separated Dy and Tb from 2025 [LYNAS-HREE].',
    },
    {
      code: 'US',
      label: 'United States (MP Materials)',
      value: ieaRefine.get('US')!,
      source: iea('US', 'United States'),
    },
    {
      code: 'IN',
      label: 'India (IREL)',
      value: IREL_NDPR,
      source: `[IREL-NDPR] IREL NdPr oxide output about ${fmt(IREL_NDPR)} t/yr (part of the IEA's rest of world)`,
      notes: 'IREL also runs pilot plants for Dy and Tb; no tonnage in the sources read.',
    },
    {
      code: 'FR',
      label: 'France (Solvay, La Rochelle)',
      value: 0,
      source:
        '[SOLVAY] the NdPr line opened on 8 Apr 2025, so no magnet rare earths in 2024 (the IEA base year); the plant makes 4,000 t/yr of other rare-earth products',
      notes:
        '2025 output several hundred tonnes; 2,000–5,000 t/yr REO possible with ~€100 m; target ~4,500 t/yr by 2030. Set a capacity here to study it.',
    },
    {
      code: 'ZZ',
      label: 'Rest of world (incl. Estonia, Vietnam, Russia)',
      value: ieaRefine.get('ZZ')! - IREL_NDPR,
      source: `[IEA-CMD25] magnet rare-earth refining 2024, rest of world ${fmt(ieaRefine.get('ZZ')!)} t, less India's ${fmt(IREL_NDPR)} t [IREL-NDPR]`,
      notes:
        "Includes Neo Performance Materials' Silmet plant in Estonia (~3,000 t/yr of light rare earths, argusmedia 2023) and Vietnam Rare Earth JSC. Japan has no separation of its own [COURAGE23].",
    },
  ];
  return rows.map((r) => ({
    id: nid(r.code, 'sep'),
    label: `${r.label} — separation`,
    stage: 'separation',
    country: r.code,
    kind: 'process',
    commodity: 'NdPr',
    capacity: r.value,
    source: r.source,
    ...(r.notes ? { notes: r.notes } : {}),
  }));
}
