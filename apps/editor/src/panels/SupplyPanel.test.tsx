import { analyze, type Model } from '@chokepoint/core';
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

  it("shows a shared project's members: share, capex, expected loss and gain (the docs' worked example)", () => {
    const model: Model = {
      format: 'chokepoint/v1',
      name: 'shared',
      unit: 't',
      stages: ['magnet', 'use'],
      nodes: [
        { id: 'cn-mag', stage: 'magnet', country: 'CN', capacity: 100 },
        { id: 'use-jp', stage: 'use', country: 'JP', demand: 30 },
        { id: 'use-us', stage: 'use', country: 'US', demand: 50 },
        { id: 'use-in', stage: 'use', country: 'IN', demand: 20 },
      ],
      edges: ['use-jp', 'use-us', 'use-in'].map((target) => ({ source: 'cn-mag', target })),
      groups: [{ id: 'quad', countries: ['US', 'JP', 'IN', 'AU'] }],
      countryRisk: [{ country: 'VN', probability: 0.1, source: 'test' }],
    };
    const report = analyze(model, {
      scenario: {
        id: 's',
        perturbations: [
          { type: 'export-control', country: 'CN' },
          {
            type: 'risk-sharing',
            group: 'quad',
            project: { id: 'vn-mag', country: 'VN', stage: 'magnet', capacity: 40, capex: 200 },
          },
        ],
      },
      worstCase: [],
    });
    renderWithServices(<SupplyPanel />, { analysis: { current: slot(report) } });
    const rows = screen.getByTestId('shared-project-table').querySelectorAll('tbody tr');
    expect([...rows].map((tr) => [...tr.children].map((c) => c.textContent))).toEqual([
      ['United States', '50%', '100', '10', '20'],
      ['Japan', '30%', '60', '6', '12'],
      ['India', '20%', '40', '4', '8'],
      ['Australia', '0%', '0', '0', '0'],
    ]);
    expect(screen.getByTestId('shared-project').textContent).toContain('expected political loss 20 a year');
  });
});
