/**
 * Scenario comparison and the Sankey view, in Chromium on the default model. The comparison's numbers
 * are checked against the live score panel (same engine, same model): A = no scenario must read the
 * score shown with nothing on, B = the April 2025 controls the score shown with them switched on.
 */
import { analyze, loadModel, loadSolver } from '@chokepoint/core';
import { expect, it } from 'vitest';
import { analysisIdle, errorsOf, nextScore, scoreOf } from '../../apps/editor/scripts/browser-harness.ts';
import { useEditorSite } from './editor-site.ts';

const site = useEditorSite();
const APRIL = 'cn-2025-04-heavy-re-magnets';

it('compares no scenario with a preset, side by side with deltas', async () => {
  const page = await site.open();
  const intact = await scoreOf(page);
  await page.getByTestId(`scenario-${APRIL}`).check();
  const under = await nextScore(page, intact);
  await page.getByTestId(`scenario-${APRIL}`).uncheck();
  await analysisIdle(page);

  await page.getByRole('heading', { name: 'Compare scenarios' }).click();
  await page.getByTestId('compare-a').selectOption('');
  await page.getByTestId('compare-b').selectOption(APRIL);
  const table = page.getByTestId('compare-table');
  await expect.poll(() => table.count()).toBe(1);
  const row = table.getByRole('row').filter({ hasText: 'Resilience score' });
  await expect
    .poll(async () => (await row.locator('td').allTextContents()).map((t) => t.trim()))
    .toEqual([intact.toFixed(1), under.toFixed(1), `−${(intact - under).toFixed(1)}`]);
  expect(await table.textContent()).toContain('Demand served');
  expect(errorsOf(page)).toEqual([]);
  await page.context().close();
}, 120_000);

it('draws the flow as a Sankey diagram with the scenario’s losses in red', async () => {
  const page = await site.open();
  await page.getByTestId('view-sankey').click();
  const sankey = page.getByTestId('sankey');
  // One band per edge that carries flow in the baseline, as core computes it in Node.
  await loadSolver();
  const carrying = analyze(loadModel('rare-earth-magnets'), { worstCase: [] }).edges.filter(
    (e) => e.flow > 0,
  );
  await expect.poll(() => sankey.locator('path.sankey-band').count()).toBe(carrying.length);
  expect(await sankey.locator('path.sankey-band.lost').count()).toBe(0);
  // Labels are shortened to the room before the next column; each keeps its full name as a title.
  const labels = await sankey.locator('text.sankey-label').allTextContents();
  expect(labels.some((l) => l.endsWith('China — separation'))).toBe(true);

  await page.getByTestId(`scenario-${APRIL}`).check();
  await analysisIdle(page);
  await expect.poll(() => sankey.locator('path.sankey-band.lost').count()).toBeGreaterThan(0);
  const note = await sankey.locator('.sankey-note').textContent();
  // The lost delivery it states is the one the scenario panel states.
  const lost = (await page.getByTestId('scenario-impact').textContent())?.match(
    /([\d,]+ t REO-equivalent per year) no longer delivered/,
  )?.[1];
  expect(lost).toBeTruthy();
  expect(note).toBe(`Red: flow lost under the scenario (${lost} no longer delivered)`);
  await page.screenshot({ path: '/tmp/sankey-e2e.png' });

  await page.getByTestId('view-graph').click();
  await expect.poll(() => sankey.count()).toBe(0);
  expect(errorsOf(page)).toEqual([]);
  await page.context().close();
}, 120_000);
