import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithServices, slot } from '../../test/render.tsx';
import { smallChainReport } from '../../test/small-chain-report.ts';
import { Inspector } from './Inspector.tsx';

afterEach(cleanup);

const commit = (input: HTMLElement, value: string) => {
  fireEvent.change(input, { target: { value } });
  fireEvent.keyDown(input, { key: 'Enter' });
};

describe('Inspector', () => {
  it('edits a node’s fields through core ops, one undo step per committed field', () => {
    const { editor } = renderWithServices(<Inspector />);
    act(() => editor.select(['au-mine']));
    commit(screen.getByTestId('field-capacity'), '45,000');
    commit(screen.getByTestId('field-country'), 'in');
    const node = () => editor.store.getState().doc.model.nodes.find((n) => n.id === 'au-mine')!;
    expect(node().capacity).toBe(45000);
    expect(node().country).toBe('IN');
    expect(editor.store.getState().history.undo.map((e) => e.label)).toEqual([
      `Set capacity of “${node().label}”`,
      `Set country of “${node().label}”`,
    ]);
    editor.undo();
    expect(node().country).toBe('AU');
  });

  it('a field committed with Enter, still focused, never writes into the next node selected', () => {
    const { editor } = renderWithServices(<Inspector />);
    act(() => editor.select(['au-mine']));
    const label = screen.getByTestId('field-label');
    label.focus();
    commit(label, 'Mount Weld');
    act(() => editor.select(['cn-mine']));
    // The old field goes when the selection changes; the one on screen belongs to cn-mine.
    fireEvent.blur(screen.getByTestId('field-label'));
    const byId = (id: string) => editor.store.getState().doc.model.nodes.find((n) => n.id === id)!;
    expect(byId('au-mine').label).toBe('Mount Weld');
    expect(byId('cn-mine').label).not.toBe('Mount Weld');
  });

  it('an empty optional field removes it (capacity: unlimited)', () => {
    const { editor } = renderWithServices(<Inspector />);
    act(() => editor.select(['au-mine']));
    commit(screen.getByTestId('field-capacity'), '');
    expect('capacity' in editor.store.getState().doc.model.nodes.find((n) => n.id === 'au-mine')!).toBe(
      false,
    );
  });

  it('refuses bad values in the field, naming the problem, without touching the model', () => {
    const { editor } = renderWithServices(<Inspector />);
    act(() => editor.select(['au-mine']));
    const before = editor.store.getState().doc;
    commit(screen.getByTestId('field-capacity'), '-3');
    expect(screen.getByText('capacity must be ≥ 0')).toBeTruthy();
    commit(screen.getByTestId('field-country'), 'Atlantis');
    expect(screen.getByText(/"Atlantis" is not an ISO country code/)).toBeTruthy();
    expect(editor.store.getState().doc).toBe(before);
  });

  it('shows a refusal from the core op as a notice (a demand on a node with outgoing edges)', () => {
    const { editor } = renderWithServices(<Inspector />);
    act(() => editor.select(['cn-mag']));
    commit(screen.getByLabelText(/^Demand/), '10');
    expect(editor.store.getState().session.notice?.lines[0]).toMatch(
      /cannot get a demand: it has 2 outgoing edges/,
    );
  });

  it('renames a node and keeps it selected under its new id', () => {
    const { editor } = renderWithServices(<Inspector />);
    act(() => editor.select(['my-sep']));
    commit(screen.getByLabelText('Id'), 'lynas-kuantan');
    const state = editor.store.getState();
    expect(state.session.selectedNodes).toEqual(['lynas-kuantan']);
    expect(
      state.doc.model.edges.filter((e) => e.source === 'lynas-kuantan' || e.target === 'lynas-kuantan'),
    ).toHaveLength(2);
  });

  it('shows what the analysis says about the node', () => {
    const { editor } = renderWithServices(<Inspector />, { analysis: { current: slot(smallChainReport()) } });
    act(() => editor.select(['cn-sep']));
    expect(screen.getByText('Loss if removed').nextSibling?.textContent).toBe('−91.7%');
    expect(screen.getByText('Throughput').nextSibling?.textContent).toBe('180');
    expect(screen.getByText('cuts off Wind turbines')).toBeTruthy();
  });

  it('edits an edge’s capacity', () => {
    const { editor } = renderWithServices(<Inspector />);
    act(() => editor.select([], ['au-mine->my-sep']));
    commit(screen.getByTestId('field-edge-capacity'), '40');
    expect(
      editor.store.getState().doc.model.edges.find((e) => e.source === 'au-mine' && e.target === 'my-sep')!
        .capacity,
    ).toBe(40);
  });

  it('sets the stage of several nodes in one step', () => {
    const { editor } = renderWithServices(<Inspector />);
    act(() => editor.select(['cn-mine', 'au-mine']));
    fireEvent.change(screen.getByLabelText('Set stage'), { target: { value: 'separation' } });
    const stages = editor.store
      .getState()
      .doc.model.nodes.filter((n) => n.id.endsWith('-mine'))
      .map((n) => n.stage);
    expect(stages).toEqual(['separation', 'separation']);
    expect(editor.store.getState().history.undo).toHaveLength(1);
  });

  it('edits the model itself when nothing is selected', () => {
    const { editor } = renderWithServices(<Inspector />);
    commit(screen.getByLabelText('Name'), 'Magnets, revised');
    expect(editor.store.getState().doc.model.name).toBe('Magnets, revised');
  });

  it('edits the stages: rename (nodes follow), reorder, add before the end uses, refuse removing a used one', () => {
    const { editor } = renderWithServices(<Inspector />);
    fireEvent.click(screen.getByText(/^Stages \(4\)/));
    commit(screen.getByLabelText('Stage 3'), 'magnets');
    let model = editor.store.getState().doc.model;
    expect(model.stages).toEqual(['mining', 'separation', 'magnets', 'end-use']);
    expect(model.nodes.filter((n) => n.stage === 'magnets').map((n) => n.id)).toEqual(['cn-mag', 'jp-mag']);
    fireEvent.click(screen.getByRole('button', { name: 'Move separation up' }));
    expect(editor.store.getState().doc.model.stages).toEqual(['separation', 'mining', 'magnets', 'end-use']);
    fireEvent.click(screen.getByRole('button', { name: '+ Stage' }));
    model = editor.store.getState().doc.model;
    expect(model.stages).toEqual(['separation', 'mining', 'magnets', 'new-stage', 'end-use']);
    fireEvent.click(screen.getByRole('button', { name: 'Remove mining' }));
    expect(editor.store.getState().doc.model.stages).toContain('mining');
    expect(editor.store.getState().session.notice?.title).toBe('Remove stage mining: not done');
    fireEvent.click(screen.getByRole('button', { name: 'Remove new-stage' }));
    expect(editor.store.getState().doc.model.stages).toEqual(['separation', 'mining', 'magnets', 'end-use']);
  });

  it('moves an edge to another target and keeps it selected under its new id', () => {
    const { editor } = renderWithServices(<Inspector />);
    act(() => editor.select([], ['au-mine->my-sep']));
    commit(screen.getByLabelText('To (node id)'), 'jp-mag');
    expect(editor.store.getState().session.selectedEdges).toEqual(['au-mine->jp-mag']);
    expect(editor.store.getState().doc.model.edges[1]).toEqual({
      source: 'au-mine',
      target: 'jp-mag',
      capacity: 25,
    });
  });
});
