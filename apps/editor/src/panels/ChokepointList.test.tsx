import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithServices, slot } from '../../test/render.tsx';
import { smallChainReport } from '../../test/small-chain-report.ts';
import { ChokepointList } from './ChokepointList.tsx';

afterEach(cleanup);

describe('ChokepointList', () => {
  it('lists chokepoints worst first with their loss, marking single points of failure', () => {
    renderWithServices(<ChokepointList />, { analysis: { current: slot(smallChainReport()) } });
    const list = screen.getByTestId('chokepoint-list');
    const items = within(list).getAllByRole('button');
    expect(items.map((b) => b.getAttribute('data-node'))).toEqual([
      'cn-mag',
      'cn-sep',
      'cn-mine',
      'ev',
      'wind',
    ]);
    // 11/12 = 91.7% → "−92%"; 31/36 = 86.1% → "−86%".
    expect(items[0]!.textContent).toContain('SPOF');
    expect(items[0]!.textContent).toContain('−92%');
    expect(items[0]!.textContent).toContain('cuts off Wind turbines');
    expect(items[2]!.textContent).toContain('−86%');
    expect(items[2]!.textContent).not.toContain('SPOF');
    expect(
      screen.getByText(/5 nodes whose loss alone cuts delivery; 2 single points of failure/),
    ).toBeTruthy();
  });

  it('selects a chokepoint when clicked', () => {
    const { editor } = renderWithServices(<ChokepointList />, {
      analysis: { current: slot(smallChainReport()) },
    });
    fireEvent.click(screen.getByText('China — mining'));
    expect(editor.store.getState().session.selectedNodes).toEqual(['cn-mine']);
  });
});
