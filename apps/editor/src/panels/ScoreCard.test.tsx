import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithServices, slot } from '../../test/render.tsx';
import { smallChainReport } from '../../test/small-chain-report.ts';
import { ScoreCard } from './ScoreCard.tsx';

afterEach(cleanup);

describe('ScoreCard', () => {
  it('shows the score as a bare number and the change since the baseline', () => {
    renderWithServices(<ScoreCard />, {
      analysis: { current: slot(smallChainReport(69.3)), baseline: slot(smallChainReport(52.3)) },
    });
    expect(screen.getByTestId('resilience-score').textContent).toBe('69.3');
    expect(screen.getByTestId('score-delta').textContent).toBe('+17.0 since baseline');
    expect(screen.getByTestId('score-delta').className).toContain('up');
  });

  it('shows no change since a baseline that is not this model’s yet (just after opening another)', () => {
    renderWithServices(<ScoreCard />, {
      analysis: { current: slot(smallChainReport(69.3)), baseline: slot(smallChainReport(52.3), false) },
    });
    expect(screen.getByTestId('resilience-score').textContent).toBe('69.3');
    expect(screen.queryByTestId('score-delta')).toBeNull();
    expect(screen.queryByTestId('score-why')).toBeNull();
  });

  it('says why the score moved, in the core’s words', () => {
    const before = smallChainReport(52.3);
    const after = smallChainReport(69.3);
    after.resilience.components[1] = { ...after.resilience.components[1]!, value: 0.75, points: 18.8 };
    renderWithServices(<ScoreCard />, { analysis: { current: slot(after), baseline: slot(before) } });
    // N-1 served fraction 1/12 → 0.75 at weight 0.25: +16.7 points.
    expect(screen.getByTestId('score-why').textContent).toMatch(
      /^\+16\.7: worst single-node loss — served fraction rose from 8% to 75%/,
    );
  });

  it('shows a fall, and what the scenario costs against no scenario', () => {
    renderWithServices(<ScoreCard />, {
      analysis: {
        current: slot(smallChainReport(20.5)),
        reference: slot(smallChainReport(52.3)),
        baseline: slot(smallChainReport(52.3)),
        scenario: { id: 'cn-ban', label: 'China bans exports', perturbations: [] },
      },
    });
    const deltas = screen.getAllByTestId('score-delta').map((d) => d.textContent);
    expect(deltas).toEqual(['−31.8 since baseline', '−31.8 vs no scenario']);
    expect(screen.getByText('China bans exports')).toBeTruthy();
  });

  it('lists each component with its points out of its weight and the core’s reason', () => {
    renderWithServices(<ScoreCard />, { analysis: { current: slot(smallChainReport()) } });
    expect(screen.getByText('Worst single-node loss')).toBeTruthy();
    expect(screen.getByText(/Losing China — magnets \(cn-mag\) alone/)).toBeTruthy();
    const fills = [...document.querySelectorAll<HTMLElement>('.breakdown .bar-fill')];
    expect(fills.map((f) => f.style.width)).toEqual(['100%', '8.3%']);
  });

  it('says it is analysing before the first report, and follows the store', () => {
    const { analysis } = renderWithServices(<ScoreCard />);
    expect(screen.getByText('Analysing…')).toBeTruthy();
    expect(screen.queryByTestId('resilience-score')).toBeNull();
    act(() => analysis.setState((s) => ({ ...s, current: slot(smallChainReport(40)) })));
    expect(screen.getByTestId('resilience-score').textContent).toBe('40.0');
  });
});
