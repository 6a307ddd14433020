/**
 * One built editor site and one Chromium per e2e test file
 * ========================================================
 *
 * `useEditorSite()` registers the file's beforeAll/afterAll: build `apps/editor/dist` if stale, serve
 * it on a free port, launch Debian's Chromium; close both at the end. Each test then opens its own
 * fresh context (its own IndexedDB) with `open()` or `openFixture()`.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import {
  analysisIdle,
  importModel,
  openEditor,
  startEditorSite,
} from '../../apps/editor/scripts/browser-harness.ts';

/** Two mines into one Chinese separation plant, the only way to the factory (invented figures). */
export const spofChain = JSON.parse(
  readFileSync(new URL('./fixtures/spof-chain.json', import.meta.url), 'utf8'),
);

export interface EditorSite {
  readonly browser: Browser;
  readonly url: string;
  /** The editor in a fresh context, on whatever it opens with (the default model on a first visit). */
  open(options?: { viewport?: { width: number; height: number }; deviceScaleFactor?: number }): Promise<Page>;
  /** A fresh page showing the SPOF fixture, analysed. */
  openFixture(): Promise<Page>;
}

export function useEditorSite(): EditorSite {
  let started: Awaited<ReturnType<typeof startEditorSite>> | undefined;
  beforeAll(async () => {
    started = await startEditorSite();
  }, 300_000);
  afterAll(async () => {
    await started?.close();
  });
  const site: EditorSite = {
    get browser() {
      if (!started) throw new Error('the browser starts in beforeAll');
      return started.browser;
    },
    get url() {
      if (!started) throw new Error('the site is served from beforeAll');
      return started.url;
    },
    open: (options = {}) => openEditor(site.browser, site.url, options.viewport, options.deviceScaleFactor),
    async openFixture() {
      const page = await site.open();
      await importModel(page, 'spof-chain.json', spofChain);
      await expect.poll(() => page.getByTestId('node-count').textContent()).toBe('4');
      await analysisIdle(page);
      return page;
    },
  };
  return site;
}
