import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithServices, slot } from '../../test/render.tsx';
import { smallChainReport } from '../../test/small-chain-report.ts';
import { SupplyPanel } from './SupplyPanel.tsx';

afterEach(cleanup);

describe('SupplyPanel', () => {
  it('shows delivered against demand, per end use, and what a scenario cuts', () => {
    const cut = smallChainReport();
    cut.supply = { demand: 180, delivered: 15, ratio: 15 / 180 };
    cut.nodes.find((n) => n.id === 'ev')!.throughput = 15;
    cut.nodes.find((n) => n.id === 'wind')!.throughput = 0;
    renderWithServices(<SupplyPanel />, {
      analysis: {
        current: slot(cut),
        reference: slot(smallChainReport()),
        scenario: { id: 'cn-ban', perturbations: [] },
      },
    });
    expect(screen.getByTestId('supply-delivered').textContent).toBe('8%');
    expect(screen.getByText('15 of 180 t REO per year')).toBeTruthy();
    expect(screen.getByTestId('scenario-loss').textContent).toBe(
      'The scenario cuts 165 t REO per year (92% of demand).',
    );
    expect(screen.getByText('15 / 120')).toBeTruthy();
    expect(screen.getByText('0 / 60')).toBeTruthy();
  });

  it('lists served supply per consuming country when some consumer has one, and not otherwise', () => {
    const report = smallChainReport();
    renderWithServices(<SupplyPanel />, { analysis: { current: slot(report) } });
    expect(screen.queryByTestId('country-supply')).toBeNull();
    cleanup();
    report.countrySupply = [
      { country: 'CN', sinks: 1, demand: 120, served: 120, ratio: 1 },
      { country: 'IN', sinks: 1, demand: 60, served: 15, ratio: 0.25 },
    ];
    renderWithServices(<SupplyPanel />, { analysis: { current: slot(report) } });
    const rows = screen.getByTestId('country-supply').querySelectorAll('li');
    expect([...rows].map((li) => li.textContent)).toEqual(['China120 / 120 (100%)', 'India15 / 60 (25%)']);
  });
});
