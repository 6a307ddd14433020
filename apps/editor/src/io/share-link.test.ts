import { generateLayeredChain } from '@chokepoint/core';
import { describe, expect, it } from 'vitest';
import { smallMagnetChain } from '../../test/fixtures.ts';
import { decodeModel, encodeModel, MAX_LINK_CHARS, modelDataInHash, shareLink } from './share-link.ts';

describe('share links', () => {
  it('round-trip a model through the URL hash', async () => {
    const model = smallMagnetChain();
    const link = await shareLink(model, 'https://example.org/editor/index.html#old');
    if (!link.ok) throw new Error(link.reason);
    expect(link.url.startsWith('https://example.org/editor/index.html#model=')).toBe(true);
    expect(link.url).toMatch(/^[^#]*#model=[A-Za-z0-9_-]+$/);
    const data = modelDataInHash(new URL(link.url).hash)!;
    const back = await decodeModel(data);
    expect(back.ok && back.model).toEqual(model);
  });

  it('compresses: the small chain fits in well under its JSON size', async () => {
    const model = smallMagnetChain();
    const data = await encodeModel(model);
    expect(data.length).toBeLessThan(JSON.stringify(model).length * 0.6);
  });

  it('refuses a model too big for a link, saying what to do instead', async () => {
    const link = await shareLink(generateLayeredChain({ nodes: 3000, seed: 1 }), 'https://x/');
    expect(link.ok).toBe(false);
    if (!link.ok)
      expect(link.reason).toMatch(new RegExp(`limit ${MAX_LINK_CHARS / 1024} KB\\); save it as a file`));
  });

  it('names the problem in a damaged link', async () => {
    const data = await encodeModel(smallMagnetChain());
    const cut = await decodeModel(data.slice(0, data.length / 2));
    expect(cut.ok).toBe(false);
    if (!cut.ok) expect(cut.issues[0]!.message).toMatch(/damaged|not valid JSON/);
    const garbage = await decodeModel('%%%');
    expect(garbage.ok).toBe(false);
  });

  it('reads the model data out of a hash with other parameters', () => {
    expect(modelDataInHash('#a=1&model=abc')).toBe('abc');
    expect(modelDataInHash('')).toBeNull();
  });
});
