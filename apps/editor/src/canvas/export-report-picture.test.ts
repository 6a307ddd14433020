import { describe, expect, it } from 'vitest';
import { pictureToSvg, type SvgPicture, spreadColumns } from './export-svg.ts';

const node = (x: number, y: number, label: string) => ({
  x,
  y,
  size: 5,
  color: '#4e79a7',
  borderColor: '#4e79a7',
  borderSize: 0,
  label,
});

// Two columns 50 px apart; the left one's label is 40 characters (about 288 px at 12 px).
const picture: SvgPicture = {
  width: 400,
  height: 200,
  title: 't',
  nodes: [node(20, 50, 'A'.repeat(40)), node(20, 80, 'B'), node(70, 60, 'C')],
  edges: [{ x1: 20, y1: 50, x2: 70, y2: 60, targetSize: 5, width: 2, color: '#a9b4c2' }],
  stages: [
    { label: 'one', x: 20, y: 10 },
    { label: 'two', x: 70, y: 10 },
  ],
};

describe('report pictures', () => {
  it('moves columns apart until every whole label fits, edges and headers following', () => {
    const spread = spreadColumns(picture);
    const need = 5 + 3 + 40 * 12 * 0.6 + 16; // node radius, gap, label, clearance
    expect(spread.nodes.map((n) => n.x)).toEqual([20, 20, 20 + need]);
    expect(spread.edges[0]).toMatchObject({ x1: 20, x2: 20 + need });
    expect(spread.stages?.map((s) => s.x)).toEqual([20, 20 + need]);
  });

  it('frames the picture: heading lines, stage headers, whole labels on a halo, and a legend', () => {
    const svg = pictureToSvg(picture, {
      title: 'Model',
      lines: ['Scenario: none', 'Resilience score 50.0 / 100'],
      legend: [
        { label: 'China', color: '#4e79a7', kind: 'dot' },
        { label: 'blocked', color: '#d6273b', kind: 'line' },
      ],
    });
    expect(svg).toContain('>Model</text>');
    expect(svg).toContain('>Resilience score 50.0 / 100</text>');
    expect(svg).toContain('>ONE</text>');
    expect(svg).toContain(`>${'A'.repeat(40)}</text>`);
    expect(svg).toContain('paint-order="stroke"');
    expect(svg).toContain('>China</text>');
    expect(svg).toContain('stroke="#d6273b" stroke-width="3"');
    // Without a frame: no heading, no halo.
    expect(pictureToSvg(picture)).not.toContain('paint-order');
  });
});
