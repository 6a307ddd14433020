/**
 * The datasets a build reads, and how citations name them
 * =======================================================
 */
import type { IeaDataset } from './iea.ts';
import type { UsgsWorldData } from './usgs.ts';

export interface Sources {
  usgs: UsgsWorldData;
  iea: IeaDataset;
}

/** Reference id of a USGS world-data edition: 2025 → "MCS25". */
export function usgsRef(usgs: UsgsWorldData): string {
  return `MCS${String(usgs.edition).slice(2)}`;
}

/** "2024e" for the newest (estimated) year of a USGS edition. */
export function usgsYear(usgs: UsgsWorldData): string {
  return `${usgs.year}e`;
}

/** Node id for a country at a stage: ("CN", "mine") → "cn-mine"; ZZ → "row-mine". */
export function nid(code: string, stage: string): string {
  return `${code === 'ZZ' ? 'row' : code.toLowerCase()}-${stage}`;
}
