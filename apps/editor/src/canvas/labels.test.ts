import { describe, expect, it } from 'vitest';
import { LABEL_MAX_CHARS, shortLabel } from './labels.ts';

describe('shortLabel', () => {
  it('keeps short labels and cuts long ones at a word, with an ellipsis', () => {
    expect(shortLabel('China — mining')).toBe('China — mining');
    const long = 'United States (MP Materials) — separation';
    const cut = shortLabel(long);
    expect(cut).toBe('United States (MP…');
    expect(cut.length).toBeLessThanOrEqual(LABEL_MAX_CHARS);
    expect(shortLabel('Supercalifragilisticexpialidocious-plant', 10)).toBe('Supercali…');
  });
});
