/**
 * The provenance line that ends every text and Markdown report: which tool and score method made the
 * figures, and the SHA-256 of the model they were computed from (of the file's bytes, which
 * `sha256sum <file>` prints, or of the model's canonical JSON for embedded models).
 */
import type { Provenance } from '@chokepoint/core';

export function provenanceLine(p: Provenance, side = ''): string {
  const of = p.modelSha256Of === 'input-bytes' ? 'of the file' : 'of the canonical JSON';
  return `Chokepoint ${p.toolVersion}, score method ${p.scoreMethodVersion}; ${side ? `model ${side}` : 'model'} SHA-256 ${p.modelSha256} (${of})`;
}
