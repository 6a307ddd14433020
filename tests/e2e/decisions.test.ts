/**
 * Risk and fixes in Chromium: a Monte Carlo with a progress bar and a histogram, "what would fix it"
 * applied as one undoable edit, and the adversary's weakest points selected on the canvas. Figures
 * are checked against core run in Node on the same inputs (and the hand-worked fix-it chain).
 */
import { readFileSync } from 'node:fs';
import { DEFAULT_MODEL_ID, loadModel, loadSolver, type Model, politicalRisk } from '@chokepoint/core';
import { expect, it } from 'vitest';
import { analysisIdle, errorsOf, importModel } from '../../apps/editor/scripts/browser-harness.ts';
import { useEditorSite } from './editor-site.ts';

const site = useEditorSite();
const fixIt = JSON.parse(
  readFileSync(new URL('../../examples/fix-it.json', import.meta.url), 'utf8'),
) as Model;

it('runs political risk with a progress bar and shows the answer core gives', async () => {
  await loadSolver();
  const page = await site.open();
  await page.getByTestId('decisions-panel').locator('summary').click();
  await page.getByTestId('risk-p-CN').fill('10');
  await page.getByTestId('risk-p-MM').fill('20');
  await page.getByTestId('risk-runs').fill('20000');
  await page.getByTestId('risk-run').click();
  await page
    .getByTestId('risk-progress')
    .waitFor({ timeout: 10_000 })
    .catch(() => undefined);
  await page.getByTestId('risk-answer').waitFor({ timeout: 60_000 });
  const model = loadModel(DEFAULT_MODEL_ID);
  const expected = politicalRisk(
    {
      ...model,
      countryRisk: [
        { country: 'CN', probability: 0.1, source: 'entered in the editor' },
        { country: 'MM', probability: 0.2, source: 'entered in the editor' },
      ],
    },
    { runs: 20000, seed: 1, threshold: 0.8 },
  );
  expect(await page.getByTestId('risk-expected').textContent()).toContain(
    `${(expected.expectedServed * 100).toFixed(1)}%`,
  );
  expect(await page.getByTestId('risk-worst').textContent()).toContain('CN');
  expect(await page.getByTestId('risk-histogram').locator('canvas').count()).toBe(1);
  await page.getByTestId('risk-answer').scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/decisions-risk.png' });
  // Saving the figures is one undoable step.
  await page.getByTestId('risk-save').click();
  await expect.poll(() => page.getByTestId('undo').isEnabled()).toBe(true);
  await page.keyboard.press('Control+z');
  await expect.poll(() => page.getByTestId('risk-p-CN').inputValue()).toBe('');
  expect(errorsOf(page)).toEqual([]);
  await page.context().close();
}, 180_000);

it('finds the cheapest fix of the fix-it chain, applies it, and undoes it', async () => {
  const page = await site.open();
  await importModel(page, 'fix-it.json', fixIt);
  await expect.poll(() => page.getByTestId('node-count').textContent()).toBe('6');
  await analysisIdle(page);
  await page.getByTestId('decisions-panel').locator('summary').click();
  await page.getByTestId('decisions-tab-fix').click();
  expect(await page.getByTestId('fix-shock').inputValue()).toBe('cn-ban');
  await page.getByTestId('fix-run').click();
  await page.getByTestId('fix-summary').waitFor({ timeout: 60_000 });
  // docs/uncertainty.md: Malaysia +40 (30) and the 30 t stock (10) serve 90% for 40.
  const summary = await page.getByTestId('fix-summary').textContent();
  expect(summary).toContain('for 40');
  expect(summary).toContain('90.0%');
  await page.getByTestId('decisions-panel').screenshot({ path: '/tmp/decisions-fix.png' });
  await page.getByTestId('fix-apply').click();
  await expect.poll(() => page.getByTestId('node-count').textContent()).toBe('7');
  expect(await page.getByTestId('fix-candidates').locator('li').count()).toBe(2);
  await page.keyboard.press('Control+z');
  await expect.poll(() => page.getByTestId('node-count').textContent()).toBe('6');

  // A candidate added by hand, then the weakest points.
  await page.getByTestId('decisions-tab-adversary').click();
  await page.getByTestId('adversary-run').click();
  await page.getByTestId('adversary-set').waitFor({ timeout: 60_000 });
  expect(await page.getByTestId('adversary-set').textContent()).toContain('jp-magnet');
  await page.getByTestId('adversary-select').click();
  await expect.poll(() => page.getByTestId('decisions-panel').isVisible()).toBe(true);
  expect(errorsOf(page)).toEqual([]);
  await page.context().close();
}, 180_000);
