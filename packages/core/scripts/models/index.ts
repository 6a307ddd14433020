/**
 * The model specs, by id
 * ======================
 *
 * Each spec turns the source datasets into one chokepoint/v1 model. The id is the file name under
 * `src/models/data/` and the id `loadModel` takes.
 */
import type { Model } from '../../src/model/schema.ts';
import { buildAntimony } from './antimony.ts';
import { buildCobalt } from './cobalt.ts';
import { buildCopper } from './copper.ts';
import { buildGallium } from './gallium.ts';
import { buildGermanium } from './germanium.ts';
import { buildGraphite } from './graphite.ts';
import type { Sources } from './lib/sources.ts';
import { buildLithium } from './lithium.ts';
import { buildMagnesium } from './magnesium.ts';
import { buildManganese } from './manganese.ts';
import { buildRareEarthMagnets } from './rare-earths/index.ts';
import { buildVanadium } from './vanadium.ts';

/** In the order `listModels` shows them: the default first, then battery, steel, small, large. */
export const MODEL_SPECS: Record<string, (src: Sources) => Model> = {
  'rare-earth-magnets': buildRareEarthMagnets,
  lithium: buildLithium,
  cobalt: buildCobalt,
  graphite: buildGraphite,
  manganese: buildManganese,
  antimony: buildAntimony,
  gallium: buildGallium,
  germanium: buildGermanium,
  vanadium: buildVanadium,
  copper: buildCopper,
  magnesium: buildMagnesium,
};
