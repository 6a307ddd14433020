import type { Settings } from 'sigma/settings';
import { describe, expect, it } from 'vitest';
import { columnLabels, drawNodeHover, LABEL_MAX_CHARS, shortLabel } from './labels.ts';

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

describe('drawNodeHover', () => {
  /** A 2D context that records what is drawn; every character is 6 px wide. */
  function recorder() {
    const calls: { op: string; args: number[]; text?: string }[] = [];
    const context = {
      font: '',
      fillStyle: '',
      shadowOffsetX: 0,
      shadowOffsetY: 0,
      shadowBlur: 0,
      shadowColor: '',
      measureText: (text: string) => ({ width: 6 * text.length }),
      beginPath: () => {},
      closePath: () => {},
      fill: () => calls.push({ op: 'fill', args: [] }),
      moveTo: (x: number, y: number) => calls.push({ op: 'moveTo', args: [x, y] }),
      lineTo: (x: number, y: number) => calls.push({ op: 'lineTo', args: [x, y] }),
      arc: (x: number, y: number, r: number) => calls.push({ op: 'arc', args: [x, y, r] }),
      fillText: (text: string, x: number, y: number) => calls.push({ op: 'fillText', args: [x, y], text }),
    };
    return { context: context as unknown as CanvasRenderingContext2D, calls };
  }
  const settings = {
    labelSize: 12,
    labelWeight: '500',
    labelFont: 'sans-serif',
    labelColor: { color: '#2b3340' },
  } as unknown as Settings;
  const data = { x: 100, y: 50, size: 10, label: 'China — separation', color: '#000' };

  it('writes the whole name in a box, moved right by the gap left for the handle', () => {
    // 18 characters → 108 px of text; the box runs from the node to 100 + (10 + 2) + (108 + 5) = 225.
    const plain = recorder();
    drawNodeHover(plain.context, data, settings);
    expect(plain.calls.find((c) => c.op === 'fillText')).toEqual({
      op: 'fillText',
      args: [113, 54],
      text: 'China — separation',
    });
    expect(Math.max(...plain.calls.filter((c) => c.op === 'lineTo').map((c) => c.args[0] ?? 0))).toBe(225);

    const moved = recorder();
    drawNodeHover(moved.context, data, settings, 20);
    expect(moved.calls.find((c) => c.op === 'fillText')?.args).toEqual([133, 54]);
    expect(Math.max(...moved.calls.filter((c) => c.op === 'lineTo').map((c) => c.args[0] ?? 0))).toBe(245);
  });

  it('rings an unnamed node and writes nothing', () => {
    const r = recorder();
    drawNodeHover(r.context, { ...data, label: null }, settings, 20);
    expect(r.calls.find((c) => c.op === 'arc')?.args).toEqual([100, 50, 12]);
    expect(r.calls.some((c) => c.op === 'fillText')).toBe(false);
  });
});

describe('columnLabels', () => {
  it('drops a " — ending" shared by a whole column, and only then', () => {
    const shown = columnLabels([
      { id: 'a', label: 'China — separation', stage: 'separation' },
      { id: 'b', label: 'Malaysia (Lynas, Kuantan) — separation', stage: 'separation' },
      { id: 'c', label: 'China — metal', stage: 'metal' },
      { id: 'd', label: 'Japan — alloy', stage: 'metal' },
      { id: 'e', label: 'Wind turbines', stage: 'end-use' },
      { id: 'f', label: 'Only one — magnet', stage: 'magnet' },
    ]);
    expect([...shown]).toEqual([
      ['a', 'China'],
      ['b', 'Malaysia (Lynas, Kuantan)'],
    ]);
  });
});
