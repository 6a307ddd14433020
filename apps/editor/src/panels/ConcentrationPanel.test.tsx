import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithServices, slot } from '../../test/render.tsx';
import { smallChainReport } from '../../test/small-chain-report.ts';
import { countryColor } from '../canvas/palette.ts';
import { ConcentrationPanel } from './ConcentrationPanel.tsx';

afterEach(cleanup);

describe('ConcentrationPanel', () => {
  it('draws each stage with capacity as country segments in the graph’s colours, with HHI and the 65% flag', () => {
    renderWithServices(<ConcentrationPanel />, { analysis: { current: slot(smallChainReport()) } });
    const stages = screen.getByTestId('concentration').querySelectorAll('li.stage');
    // End uses have no capacity with countries: no chart for them.
    expect(stages).toHaveLength(1);
    const stage = stages[0]!;
    expect(stage.textContent).toContain('separation');
    expect(stage.textContent).toContain('HHI 8,628');
    expect(stage.textContent).toContain('China 93%');
    expect(stage.textContent).toContain('over 65%');
    const rects = [...stage.querySelectorAll('svg rect')].slice(1); // the first is the background
    // 260 px wide: CN 25/27 → 240.7, MY 2/27 → 19.3 (each drawn 1 px narrower for a gap).
    expect(rects.map((r) => Number(r.getAttribute('width')).toFixed(1))).toEqual(['239.7', '18.3']);
    // Each country's own colour, the same as on the canvas.
    expect(rects.map((r) => r.getAttribute('fill'))).toEqual([countryColor('CN'), countryColor('MY')]);
    expect(countryColor('MY')).toBe('#edc948');
    expect(stage.querySelector('svg')!.getAttribute('aria-label')).toBe('CN 93%, MY 7%');
  });
});
