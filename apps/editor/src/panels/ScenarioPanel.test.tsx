import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithServices } from '../../test/render.tsx';
import { ScenarioPanel } from './ScenarioPanel.tsx';

afterEach(cleanup);

describe('ScenarioPanel', () => {
  it('has a toggle per model scenario, named by id, that switches it on and off', () => {
    const { editor } = renderWithServices(<ScenarioPanel />);
    const ban = screen.getByTestId('scenario-cn-ban') as HTMLInputElement;
    expect(screen.getByTestId('scenario-lynas-out')).toBeTruthy();
    expect(ban.checked).toBe(false);
    fireEvent.click(ban);
    expect(editor.store.getState().session.activeScenarios).toEqual(['cn-ban']);
    expect((screen.getByTestId('scenario-cn-ban') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(ban);
    expect(editor.store.getState().session.activeScenarios).toEqual([]);
    // Toggling is not an edit: nothing to undo.
    expect(editor.store.getState().history.undo).toHaveLength(0);
  });

  it('describes what each scenario does', () => {
    renderWithServices(<ScenarioPanel />);
    expect(screen.getByText('China stops exports')).toBeTruthy();
    expect(screen.getByText('Malaysia — separation is out')).toBeTruthy();
  });

  it('builds an ad-hoc export control from the registry and edits it', () => {
    const { editor } = renderWithServices(<ScenarioPanel />);
    fireEvent.click(screen.getByRole('button', { name: '+ Export control' }));
    expect(editor.store.getState().session.adhoc).toEqual([{ type: 'export-control', country: 'CN' }]);
    const adhoc = screen.getByText('Export control', { selector: 'strong' }).closest('li')!;
    fireEvent.click(within(adhoc).getByRole('button', { name: 'separation' }));
    fireEvent.click(within(adhoc).getByRole('button', { name: 'JP' }));
    expect(editor.store.getState().session.adhoc).toEqual([
      { type: 'export-control', country: 'CN', stages: ['separation'], allow: ['JP'] },
    ]);
    expect(within(adhoc).getByText('China stops exports of separation except to JP')).toBeTruthy();
    fireEvent.click(within(adhoc).getByRole('button', { name: 'Remove Export control' }));
    expect(editor.store.getState().session.adhoc).toEqual([]);
  });

  it('offers every registered kind', () => {
    renderWithServices(<ScenarioPanel />);
    for (const name of ['Export control', 'Outage', 'Capacity factor', 'Demand factor']) {
      expect(screen.getByRole('button', { name: `+ ${name}` })).toBeTruthy();
    }
  });
});
