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
    expect(screen.getByText('China stops all exports')).toBeTruthy();
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
    expect(
      within(adhoc).getByText('China stops exports from the separation stage, except to Japan'),
    ).toBeTruthy();
    fireEvent.click(within(adhoc).getByRole('button', { name: 'Remove Export control' }));
    expect(editor.store.getState().session.adhoc).toEqual([]);
  });

  it('offers every registered kind', () => {
    renderWithServices(<ScenarioPanel />);
    for (const name of ['Export control', 'Outage', 'Capacity factor', 'Demand factor']) {
      expect(screen.getByRole('button', { name: `+ ${name}` })).toBeTruthy();
    }
  });

  it('saves the ad-hoc changes as a scenario of the model: one undo step, the view unchanged', () => {
    const { editor } = renderWithServices(<ScenarioPanel />);
    fireEvent.click(screen.getByRole('button', { name: '+ Outage' }));
    // Nothing to save until the outage has its node.
    expect(screen.queryByTestId('save-adhoc')).toBeNull();
    fireEvent.change(screen.getByTestId('outage-node'), { target: { value: 'my-sep' } });
    const adhoc = editor.store.getState().session.adhoc;
    expect(adhoc).toEqual([{ type: 'outage', node: 'my-sep' }]);
    const name = screen.getByTestId('adhoc-name') as HTMLInputElement;
    // The suggested name says what the change is.
    expect(name.value).toMatch(/ is out$/);
    fireEvent.change(name, { target: { value: 'Lynas fire, 2026' } });
    fireEvent.click(screen.getByTestId('save-adhoc'));

    const state = editor.store.getState();
    const saved = state.doc.model.scenarios?.find((s) => s.id === 'lynas-fire-2026');
    expect(saved).toEqual({ id: 'lynas-fire-2026', label: 'Lynas fire, 2026', perturbations: adhoc });
    // Same perturbations on screen: the scenario switched on, the ad-hoc list emptied.
    expect(state.session.activeScenarios).toEqual(['lynas-fire-2026']);
    expect(state.session.adhoc).toEqual([]);
    expect((screen.getByTestId('scenario-lynas-fire-2026') as HTMLInputElement).checked).toBe(true);
    expect(state.history.undo.at(-1)?.label).toBe('Save scenario "Lynas fire, 2026"');

    // Undo takes the scenario out and gives the ad-hoc list back; redo does it again.
    editor.undo();
    expect(editor.store.getState().doc.model.scenarios?.some((s) => s.id === 'lynas-fire-2026')).toBe(false);
    expect(editor.store.getState().session.activeScenarios).toEqual([]);
    expect(editor.store.getState().session.adhoc).toEqual(adhoc);
    editor.redo();
    expect(editor.store.getState().session.activeScenarios).toEqual(['lynas-fire-2026']);
    expect(editor.store.getState().session.adhoc).toEqual([]);
  });

  it('deletes a model scenario, and undo brings it back', () => {
    const { editor } = renderWithServices(<ScenarioPanel />);
    const before = editor.store.getState().doc.model.scenarios?.map((s) => s.id);
    fireEvent.click(screen.getByTestId('scenario-cn-ban'));
    const label =
      editor.store.getState().doc.model.scenarios?.find((s) => s.id === 'cn-ban')?.label ?? 'cn-ban';
    fireEvent.click(screen.getByRole('button', { name: `Delete scenario ${label}` }));
    expect(screen.queryByTestId('scenario-cn-ban')).toBeNull();
    expect(editor.store.getState().session.activeScenarios).toEqual([]);
    editor.undo();
    expect(editor.store.getState().doc.model.scenarios?.map((s) => s.id)).toEqual(before);
  });
});
