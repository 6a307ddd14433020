import { describe, expect, it } from 'vitest';
import { pictureToSvg } from './export-svg.ts';

describe('pictureToSvg', () => {
  const svg = pictureToSvg({
    width: 200,
    height: 100,
    title: 'A <small> chain',
    nodes: [
      {
        x: 20,
        y: 50,
        size: 10,
        color: '#4e79a7',
        borderColor: '#d6273b',
        borderSize: 0.2,
        label: 'Mine & mill',
      },
      { x: 180, y: 50, size: 8, color: '#f28e2b', borderColor: '#f28e2b', borderSize: 0, label: null },
    ],
    edges: [{ x1: 20, y1: 50, x2: 180, y2: 50, targetSize: 8, width: 2, color: '#a9b4c2' }],
  });

  it('is well-formed XML', () => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.getAttribute('viewBox')).toBe('0 0 200 100');
  });

  it('draws nodes with rings, labels escaped, and arrows that stop at the target rim', () => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const circles = [...doc.getElementsByTagName('circle')];
    expect(circles.map((c) => c.getAttribute('stroke'))).toEqual(['#d6273b', null]);
    // A ring of 20% of a 10 px radius: stroke 2 px centred on radius 9, so the outer edge stays at 10.
    expect(circles[0]!.getAttribute('r')).toBe('9');
    expect(circles[0]!.getAttribute('stroke-width')).toBe('2');
    expect(doc.getElementsByTagName('text')[0]!.textContent).toBe('Mine & mill');
    expect(doc.getElementsByTagName('title')[0]!.textContent).toBe('A <small> chain');
    const line = doc.getElementsByTagName('line')[0]!;
    expect(line.getAttribute('x2')).toBe('172');
    expect(line.getAttribute('marker-end')).toBe('url(#arrow-0)');
  });
});
