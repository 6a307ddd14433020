/**
 * Reading the source files
 * ========================
 *
 * Finds the USGS world-data CSV and the IEA JSON in a folder (by default the project's shared facts,
 * `../shared/facts` next to the repository) or at paths given on the command line.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseIeaDataset } from './iea.ts';
import type { Sources } from './sources.ts';
import { parseUsgsWorldData } from './usgs.ts';

/** `<repo>/../shared/facts`, where the project keeps its source datasets. */
export const DEFAULT_FACTS_DIR = fileURLToPath(new URL('../../../../../../shared/facts/', import.meta.url));

export const USGS_FILE = 'usgs-mcs2025-world-data.csv';
export const IEA_FILE = 'iea-critical-minerals-2025.json';

export interface DatasetPaths {
  usgs: string;
  iea: string;
}

export function datasetPaths(dir = DEFAULT_FACTS_DIR, overrides: Partial<DatasetPaths> = {}): DatasetPaths {
  return { usgs: overrides.usgs ?? join(dir, USGS_FILE), iea: overrides.iea ?? join(dir, IEA_FILE) };
}

/** True when both files exist. */
export function datasetsPresent(paths: DatasetPaths): boolean {
  return existsSync(paths.usgs) && existsSync(paths.iea);
}

export function loadSources(paths: DatasetPaths): Sources {
  const read = (p: string) => {
    try {
      return readFileSync(p, 'utf8');
    } catch {
      throw new Error(`cannot read ${p}`);
    }
  };
  const withFile = <T>(p: string, f: () => T): T => {
    try {
      return f();
    } catch (e) {
      throw new Error(`${p}: ${(e as Error).message}`);
    }
  };
  const usgsText = read(paths.usgs);
  const ieaText = read(paths.iea);
  return {
    usgs: withFile(paths.usgs, () => parseUsgsWorldData(usgsText)),
    iea: withFile(paths.iea, () => parseIeaDataset(ieaText)),
  };
}
