/**
 * The editor in a real browser: Debian's Chromium, driven by playwright-core, against the built
 * static site served from a local port. Each test gets a fresh browser context (its own IndexedDB).
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  analysisIdle,
  errorsOf,
  importModel,
  nextScore,
  nodePoint,
  openEditor,
  scoreOf,
} from '../../apps/editor/scripts/browser-harness.ts';
import { spofChain, useEditorSite } from './editor-site.ts';

const manyProblems = readFileSync(new URL('../fixtures/bad/many-problems.json', import.meta.url), 'utf8');

const site = useEditorSite();

async function drag(page: Page, from: string, to: string): Promise<void> {
  const a = await nodePoint(page, from);
  const b = await nodePoint(page, to);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 5 });
  await page.mouse.move(b.x, b.y, { steps: 5 });
  await page.mouse.up();
}

describe('editor in Chromium', () => {
  it('opens the embedded default model with a score', async () => {
    const page = await site.open();
    expect(Number(await page.getByTestId('node-count').textContent())).toBeGreaterThan(0);
    expect(await scoreOf(page)).toBeGreaterThanOrEqual(0);
    expect(errorsOf(page)).toEqual([]);
    await page.context().close();
  });

  it('draws a new route around a single point of failure and the score rises', async () => {
    const page = await site.openFixture();
    const before = await scoreOf(page);
    expect(await page.getByTestId('chokepoint-list').textContent()).toContain('SPOF');

    // A second separation plant, in Australia, fed by the Australian mine and feeding the factory.
    await page.getByTestId('chokepoint-list').getByText('China separation').click();
    await page.getByTestId('add-node').click();
    await expect.poll(() => page.getByTestId('node-count').textContent()).toBe('5');
    await page.getByTestId('field-country').fill('AU');
    await page.getByTestId('field-country').press('Enter');
    await page.getByTestId('field-capacity').fill('100');
    await page.getByTestId('field-capacity').press('Enter');
    await page.waitForTimeout(500); // the camera glides to the new node
    await page.getByTestId('tool-connect').click();
    await drag(page, 'au-mine', 'node-1');
    await expect.poll(() => page.getByTestId('edge-count').textContent()).toBe('4');
    await drag(page, 'node-1', 'factory');
    await expect.poll(() => page.getByTestId('edge-count').textContent()).toBe('5');

    const after = await nextScore(page, before);
    expect(after).toBeGreaterThan(before);
    expect(await page.getByTestId('chokepoint-list').textContent()).not.toContain('SPOF');
    expect(errorsOf(page)).toEqual([]);
    await page.context().close();
  });

  it('switching on an export ban makes the score fall and shows the edges that went dark', async () => {
    const page = await site.openFixture();
    const before = await scoreOf(page);
    await page.getByTestId('scenario-cn-ban').check();
    const after = await nextScore(page, before);
    expect(after).toBeLessThan(before);
    await expect.poll(() => page.getByTestId('scenario-impact').textContent()).toContain('1 edge went dark');
    expect(errorsOf(page)).toEqual([]);
    await page.context().close();
  });

  // The inspector keeps a draft per field. A draft committed with Enter (the field still focused)
  // or left typed and unconfirmed must land on the node it was typed for, never on the node clicked
  // next: the click blurs the field while the selection is already changing.
  it('writes a field into the node it was typed for, not the node selected next', async () => {
    const page = await site.openFixture();
    const clickNode = async (id: string) => {
      const p = await nodePoint(page, id);
      await page.mouse.click(p.x, p.y);
    };
    const labelOf = async (id: string) => {
      await clickNode(id);
      await expect
        .poll(() => page.getByTestId('inspector').getByLabel('Id', { exact: true }).inputValue())
        .toBe(id);
      return page.getByTestId('field-label').inputValue();
    };
    await clickNode('au-mine');
    await page.getByTestId('field-label').fill('Mount Weld');
    await page.getByTestId('field-label').press('Enter');
    await clickNode('cn-mine'); // the label field still has focus
    await page.getByTestId('field-capacity').fill('77'); // typed, not confirmed
    await clickNode('cn-sep');
    expect(await labelOf('au-mine')).toBe('Mount Weld');
    expect(await labelOf('cn-mine')).toBe('China mine');
    expect(await labelOf('cn-sep')).toBe('China separation');
    await clickNode('cn-mine');
    expect(await page.getByTestId('field-capacity').inputValue()).toBe('77');
    await clickNode('cn-sep');
    expect(await page.getByTestId('field-capacity').inputValue()).toBe('150');
    // A new id typed and left: the node is renamed, and the node clicked stays the one selected.
    const idField = page.getByTestId('inspector').getByLabel('Id', { exact: true });
    await clickNode('au-mine');
    await idField.fill('mount-weld');
    await clickNode('factory');
    await expect.poll(() => idField.inputValue()).toBe('factory');
    expect(await labelOf('mount-weld')).toBe('Mount Weld');
    expect(errorsOf(page)).toEqual([]);
    await page.context().close();
  });

  it('undoes and redoes, by button and by keyboard', async () => {
    const page = await site.openFixture();
    const count = () => page.getByTestId('node-count').textContent();
    await page.getByTestId('add-node').click();
    await expect.poll(count).toBe('5');
    await page.getByTestId('undo').click();
    await expect.poll(count).toBe('4');
    await page.getByTestId('redo').click();
    await expect.poll(count).toBe('5');
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('Control+z');
    await expect.poll(count).toBe('4');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(count).toBe('5');
    expect(errorsOf(page)).toEqual([]);
    await page.context().close();
  });

  it('keeps the work across a reload', async () => {
    const page = await site.openFixture();
    await page.getByTestId('add-node').click();
    await page.getByTestId('field-label').fill('Rare earth recycler');
    await page.getByTestId('field-label').press('Enter');
    await page.getByTestId('scenario-cn-ban').check();
    await expect.poll(() => page.getByTestId('autosave-state').textContent()).toBe('saved in this browser');
    const score = await scoreOf(page);
    await page.reload();
    await page.getByTestId('resilience-score').waitFor();
    await analysisIdle(page);
    expect(await page.getByTestId('node-count').textContent()).toBe('5');
    expect(await page.getByTestId('scenario-cn-ban').isChecked()).toBe(true);
    expect(await scoreOf(page)).toBe(score);
    await page.getByTestId('search').fill('recycler');
    await expect.poll(() => page.locator('.search-results').textContent()).toContain('Rare earth recycler');
    expect(errorsOf(page)).toEqual([]);
    await page.context().close();
  });

  it('shows what is wrong with a bad file, naming each place, and keeps the model', async () => {
    const page = await site.openFixture();
    await importModel(page, 'many-problems.json', manyProblems);
    const notice = page.getByTestId('notice');
    await expect.poll(() => notice.textContent()).toContain('many-problems.json was not opened: 7 problems');
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain('$.nodes[0].capacity (node "a"): capacity must be ≥ 0');
    expect(text).toContain('$.edges[0].target (edge "a->ghost"): target "ghost" is not a node id');
    expect(text).toContain('duplicate node id "a"');
    expect(text).toContain('Your current model is unchanged.');
    expect(await page.getByTestId('node-count').textContent()).toBe('4');
    expect(errorsOf(page)).toEqual([]);
    await page.context().close();
  });

  it('saves chokepoint/v1 and shares a link that opens the same model elsewhere', async () => {
    const page = await site.openFixture();
    const download = page.waitForEvent('download');
    await page.getByTestId('export-json').click();
    const file = await (await download).path();
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    expect(saved).toEqual(spofChain);

    await page.getByRole('button', { name: 'Share link' }).click();
    await expect.poll(() => page.url()).toMatch(/#model=[A-Za-z0-9_-]+$/);
    const link = page.url();
    const other = await openEditor(site.browser, link);
    await expect.poll(() => other.getByTestId('node-count').textContent()).toBe('4');
    expect(await other.locator('.model-name').textContent()).toBe(spofChain.name);
    // The link is read once: the address no longer carries it, so a reload shows the saved work.
    expect(other.url()).not.toContain('#model=');
    expect(errorsOf(page)).toEqual([]);
    expect(errorsOf(other)).toEqual([]);
    await page.context().close();
    await other.context().close();
  });
});
