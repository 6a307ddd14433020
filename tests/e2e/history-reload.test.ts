import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { analysisIdle, errorsOf } from '../../apps/editor/scripts/browser-harness.ts';
import { useEditorSite } from './editor-site.ts';

const site = useEditorSite();

const count = (page: Page) => page.getByTestId('node-count').textContent();

/** Waits for the autosave to finish writing, then reloads and waits for the restored page. */
async function reload(page: Page): Promise<void> {
  await expect.poll(() => page.getByTestId('autosave-state').textContent()).toBe('saved in this browser');
  await page.reload();
  await page.getByTestId('resilience-score').waitFor({ timeout: 30_000 });
  await analysisIdle(page);
}

describe('undo history across a reload, in Chromium', () => {
  it('undoes an edit made before the reload, and redoes an undo made before the next one', async () => {
    const page = await site.openFixture();
    await page.getByTestId('add-node').click();
    await expect.poll(() => count(page)).toBe('5');

    await reload(page);
    expect(await count(page)).toBe('5');
    const undo = page.getByTestId('undo');
    const redo = page.getByTestId('redo');
    await expect.poll(() => undo.isEnabled()).toBe(true);
    expect(await undo.getAttribute('title')).toMatch(/^Undo Add node “New .* node” \(/);
    expect(await redo.isEnabled()).toBe(false);
    await undo.click();
    await expect.poll(() => count(page)).toBe('4');
    await expect.poll(() => redo.isEnabled()).toBe(true);
    await redo.click();
    await expect.poll(() => count(page)).toBe('5');

    // Undo, reload: the redo stack came through too.
    await undo.click();
    await expect.poll(() => count(page)).toBe('4');
    await reload(page);
    expect(await count(page)).toBe('4');
    await expect.poll(() => redo.isEnabled()).toBe(true);
    expect(await redo.getAttribute('title')).toMatch(/^Redo Add node “New .* node” \(/);
    await redo.click();
    await expect.poll(() => count(page)).toBe('5');
    // Further back: the undo before that is the file opened at the start.
    expect(await undo.getAttribute('title')).toMatch(/^Undo Add node “New .* node” \(/);
    await undo.click();
    await expect.poll(() => undo.getAttribute('title')).toMatch(/^Undo Open spof-chain\.json/);
    expect(errorsOf(page)).toEqual([]);
    await page.context().close();
  });
});
