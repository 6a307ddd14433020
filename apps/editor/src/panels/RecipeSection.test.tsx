import { analyze, loadSolver, type Model, validateModel } from '@chokepoint/core';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { magnetRecipeChain } from '../../test/fixtures.ts';
import { renderWithServices, slot } from '../../test/render.tsx';
import { Inspector } from './Inspector.tsx';
import { issuesAt, parseRatio, parseShare } from './RecipeSection.tsx';

afterEach(cleanup);
beforeAll(async () => {
  await loadSolver();
});

const commit = (input: HTMLElement, value: string) => {
  fireEvent.change(input, { target: { value } });
  fireEvent.keyDown(input, { key: 'Enter' });
};

const plantOf = (model: Model) => model.nodes.find((n) => n.id === 'plant')!;

function openPlant(model = magnetRecipeChain(), options: Parameters<typeof renderWithServices>[1] = {}) {
  const rendered = renderWithServices(<Inspector />, { model, ...options });
  act(() => rendered.editor.select(['plant']));
  const plant = () => plantOf(rendered.editor.store.getState().doc.model);
  return { ...rendered, plant };
}

describe('parsing recipe fields with core’s schema', () => {
  it('takes ratios > 0 and shares 0–1 (or a percentage), with core’s messages', () => {
    expect(parseRatio('0.03')).toEqual({ ok: true, value: 0.03 });
    expect(parseRatio('0')).toEqual({ ok: false, reason: 'ratio must be > 0' });
    expect(parseRatio('lots')).toEqual({ ok: false, reason: 'ratio must be a number' });
    expect(parseShare('50%')).toEqual({ ok: true, value: 0.5 });
    expect(parseShare('')).toEqual({ ok: true, value: null });
    expect(parseShare('1.5')).toEqual({ ok: false, reason: 'maxShare must be between 0 and 1' });
  });

  it('finds the issues at a field, or at exactly that path', () => {
    const issues = [
      { path: ['nodes', 2, 'recipe', 1, 'ratio'], message: 'a' },
      { path: ['nodes', 2, 'recipe'], message: 'b' },
      { path: ['nodes', 3, 'recipe', 1], message: 'c' },
    ];
    expect(issuesAt(issues, ['nodes', 2, 'recipe', 1])).toEqual(['a']);
    expect(issuesAt(issues, ['nodes', 2, 'recipe'])).toEqual(['a', 'b']);
    expect(issuesAt(issues, ['nodes', 2, 'recipe'], true)).toEqual(['b']);
  });
});

describe('the recipe in the inspector', () => {
  it('edits a ratio as one undo step; a ratio ≤ 0 stays in the field with core’s message', () => {
    const { editor, plant } = openPlant();
    const before = editor.store.getState().doc;
    commit(screen.getByTestId('recipe-ratio-1'), '0');
    expect(screen.getByText('ratio must be > 0')).toBeTruthy();
    expect(editor.store.getState().doc).toBe(before);

    commit(screen.getByTestId('recipe-ratio-1'), '0.02');
    expect(plant().recipe).toEqual([
      { commodity: 'NdPr', ratio: 0.3 },
      { commodity: 'Dy', ratio: 0.02 },
    ]);
    expect(editor.store.getState().history.undo.at(-1)?.label).toBe('Set Dy ratio of “Japan — magnets”');
    act(() => {
      editor.undo();
    });
    expect(plant().recipe![1]!.ratio).toBe(0.03);
    expect((screen.getByTestId('recipe-ratio-1') as HTMLInputElement).value).toBe('0.03');
  });

  it('adds an input only once its ratio is given, and removes one', () => {
    const model = magnetRecipeChain();
    model.commodities!.push({ id: 'Tb', unit: 't Tb' });
    const { editor, plant } = openPlant(model);
    const steps = () => editor.store.getState().history.undo.length;
    fireEvent.change(screen.getByTestId('recipe-add'), { target: { value: 'Tb' } });
    expect(steps()).toBe(0);
    expect(plant().recipe).toHaveLength(2);
    commit(screen.getByTestId('recipe-pending-ratio'), '0.005');
    expect(plant().recipe).toEqual([
      { commodity: 'NdPr', ratio: 0.3 },
      { commodity: 'Dy', ratio: 0.03 },
      { commodity: 'Tb', ratio: 0.005 },
    ]);
    fireEvent.click(within(screen.getByTestId('recipe')).getByRole('button', { name: 'Remove input Dy' }));
    expect(plant().recipe!.map((i) => i.commodity)).toEqual(['NdPr', 'Tb']);
    expect(steps()).toBe(2);
  });

  it('edits alternatives: add (a copy of the recipe), cap, rename, remove', () => {
    const { editor, plant } = openPlant();
    fireEvent.click(screen.getByTestId('add-alternative'));
    expect(plant().alternatives![1]).toEqual({
      id: 'alt-1',
      recipe: [
        { commodity: 'NdPr', ratio: 0.3 },
        { commodity: 'Dy', ratio: 0.03 },
      ],
    });
    commit(screen.getByTestId('alternative-1-share'), '150%');
    expect(screen.getByText('maxShare must be between 0 and 1')).toBeTruthy();
    commit(screen.getByTestId('alternative-1-share'), '25%');
    expect(plant().alternatives![1]!.maxShare).toBe(0.25);
    commit(screen.getByTestId('alternative-1-id'), 'low-dy');
    expect(plant().alternatives![1]!.id).toBe('low-dy');
    fireEvent.click(within(screen.getByTestId('alternative-0')).getByText('Remove alternative'));
    expect(plant().alternatives!.map((a) => a.id)).toEqual(['low-dy']);
    for (let i = 0; i < 4; i++)
      act(() => {
        editor.undo();
      });
    expect(plant().alternatives).toEqual(magnetRecipeChain().nodes[2]!.alternatives);
  });

  it('shows validation problems from core at the field they name', () => {
    const model = magnetRecipeChain();
    plantOf(model).alternatives!.push({ id: 'gbd', recipe: [{ commodity: 'Dy', ratio: 1 }] });
    const checked = validateModel(model);
    expect(checked.ok).toBe(false);
    openPlant(model, {
      analysis: { current: { report: null, assessment: null, issues: checked.issues, ms: 1, fresh: true } },
    });
    const id = screen.getByTestId('alternative-1-id');
    expect(id.getAttribute('aria-invalid')).toBe('true');
    expect(id.parentElement!.textContent).toContain('alternative id "gbd" is used twice');
  });

  it('shows at an edge’s commodity what it carries by default, and core’s problem with it', () => {
    const model = magnetRecipeChain();
    model.nodes[0]!.commodity = 'magnet';
    const checked = validateModel(model);
    expect(checked.ok).toBe(false);
    const { editor } = renderWithServices(<Inspector />, {
      model,
      analysis: { current: { report: null, assessment: null, issues: checked.issues, ms: 1, fresh: true } },
    });
    act(() => editor.select([], ['ndpr->plant']));
    const field = screen.getByTestId('edge-commodity');
    expect(field.getAttribute('placeholder')).toBe("magnet (its source's)");
    expect(field.parentElement!.textContent).toContain('edge carries "magnet" into recipe node "plant"');
  });

  it('shows the output by recipe and the input that binds, from the analysis', () => {
    const model = magnetRecipeChain();
    const report = analyze(model);
    openPlant(model, { analysis: { current: slot(report) } });
    expect(screen.getByTestId('binding-input').textContent).toBe('Dy');
    // 0.03·X/2 + 0.01·X/2 = 0.5 t Dy: X = 25 t, half by each recipe (docs/recipes.md).
    expect(screen.getAllByTestId('recipe-output-line').map((e) => e.textContent)).toEqual([
      'main recipe: 12.5',
      'grain-boundary diffusion: 12.5',
    ]);
    expect(screen.getByTestId('recipe-row-1').className).toContain('binds');
    expect(screen.getByTestId('recipe-row-0').className).not.toContain('binds');
  });

  it('adds a commodity to the model’s list with its unit, and picks it', () => {
    const { editor, plant } = openPlant();
    fireEvent.change(screen.getByTestId('recipe-add'), { target: { value: '\u0000new' } });
    fireEvent.change(screen.getByTestId('new-commodity-id'), { target: { value: 'Tb' } });
    fireEvent.change(screen.getByTestId('new-commodity-unit'), { target: { value: '' } });
    fireEvent.click(screen.getByTestId('new-commodity-add'));
    expect(screen.getByText('unit: unit must be a non-empty string')).toBeTruthy();
    fireEvent.change(screen.getByTestId('new-commodity-unit'), { target: { value: 't Tb' } });
    fireEvent.click(screen.getByTestId('new-commodity-add'));
    expect(editor.store.getState().doc.model.commodities!.at(-1)).toEqual({ id: 'Tb', unit: 't Tb' });
    commit(screen.getByTestId('recipe-pending-ratio'), '0.01');
    expect(plant().recipe!.at(-1)).toEqual({ commodity: 'Tb', ratio: 0.01 });
    expect(editor.store.getState().history.undo.map((e) => e.label)).toEqual([
      'Add commodity Tb',
      'Add input Tb of “Japan — magnets”',
    ]);
  });

  it('gives a node without recipe a yield, and says a yield beside a recipe is a problem', () => {
    const { editor } = renderWithServices(<Inspector />, { model: magnetRecipeChain() });
    act(() => editor.select(['ndpr']));
    commit(screen.getByTestId('field-yield'), '0.9');
    expect(editor.store.getState().doc.model.nodes[0]!.yield).toBe(0.9);
    expect(screen.getByTestId('add-alternative').hasAttribute('disabled')).toBe(true);
  });
});
