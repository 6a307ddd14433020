/**
 * The undo history survives a reload, in Debian's Chromium (same harness as editor.test.ts): an edit
 * made before the reload is undone after it, and an undo made before a reload is redone after it.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  analysisIdle,
  distDir,
  ensureBuilt,
  errorsOf,
  importModel,
  launchBrowser,
  openEditor,
  serveStatic,
} from '../../apps/editor/scripts/browser-harness.ts';

const spofChain = JSON.parse(readFileSync(new URL('./fixtures/spof-chain.json', import.meta.url), 'utf8'));

let browser: Browser;
let server: { url: string; close(): Promise<void> };

beforeAll(async () => {
  ensureBuilt();
  server = await serveStatic(distDir);
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

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
    const page = await openEditor(browser, server.url);
    await importModel(page, 'spof-chain.json', spofChain);
    await expect.poll(() => count(page)).toBe('4');
    await page.getByTestId('add-node').click();
    await expect.poll(() => count(page)).toBe('5');

    await reload(page);
    expect(await count(page)).toBe('5');
    const undo = page.getByTestId('undo');
    const redo = page.getByTestId('redo');
    await expect.poll(() => undo.isEnabled()).toBe(true);
    expect(await undo.getAttribute('title')).toMatch(/^Undo Add node node-1 \(/);
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
    expect(await redo.getAttribute('title')).toMatch(/^Redo Add node node-1 \(/);
    await redo.click();
    await expect.poll(() => count(page)).toBe('5');
    // Further back: the undo before that is the file opened at the start.
    expect(await undo.getAttribute('title')).toMatch(/^Undo Add node node-1 \(/);
    await undo.click();
    await expect.poll(() => undo.getAttribute('title')).toMatch(/^Undo Open spof-chain\.json/);
    expect(errorsOf(page)).toEqual([]);
    await page.context().close();
  });
});
