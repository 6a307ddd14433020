/**
 * Levers in Chromium: the scenario builder offers every lever with its fields, and the "Levers" view
 * ranks the model's lever presets and the levers on screen under a shock, with a bar chart. Figures are
 * checked against core's rankLevers run in Node on the same model (examples/levers.json, the worked
 * example of docs/levers.md).
 */
import { readFileSync } from 'node:fs';
import { leverPresets, loadSolver, type Model, rankLevers, resolveScenario } from '@chokepoint/core';
import { expect, it } from 'vitest';
import { analysisIdle, errorsOf, importModel } from '../../apps/editor/scripts/browser-harness.ts';
import { useEditorSite } from './editor-site.ts';

const site = useEditorSite();
const levers = JSON.parse(
  readFileSync(new URL('../../examples/levers.json', import.meta.url), 'utf8'),
) as Model;

it('offers every lever in the scenario builder and ranks them under a shock', async () => {
  await loadSolver();
  const page = await site.open();
  await importModel(page, 'levers.json', levers);
  await expect.poll(() => page.getByTestId('node-count').textContent()).toBe('3');
  await analysisIdle(page);

  for (const label of [
    'Price pressure (attrition)',
    'Offtake guarantee',
    'Price floor',
    'Recycling',
    'Substitution',
    'Partners only',
    'New capacity',
  ]) {
    expect(await page.getByRole('button', { name: `+ ${label}` }).count()).toBe(1);
  }
  // An ad-hoc offtake starts on the second country (the US here) with its fields.
  await page.getByRole('button', { name: '+ Offtake guarantee' }).click();
  await page.getByTestId('offtake-share').fill('0.8');
  await expect
    .poll(() => page.getByTestId('adhoc-what').last().textContent())
    .toContain('offtake of 80% of the capacity of producers in United States (US)');

  await page.getByTestId('decisions-panel').locator('summary').click();
  await page.getByTestId('decisions-tab-levers').click();
  await page.getByTestId('levers-shock').selectOption('squeeze-then-ban');
  await page.getByTestId('levers-run').click();
  await page.getByTestId('levers-answer').waitFor({ timeout: 60_000 });

  const expected = rankLevers(
    levers,
    [
      ...leverPresets(levers),
      {
        id: 'on-screen',
        label: 'Levers on screen',
        perturbations: [{ type: 'offtake', country: 'US', share: 0.8 }],
      },
    ],
    { shock: resolveScenario(levers, 'squeeze-then-ban'), combine: 1, years: 10 },
  );
  const rows = await page.getByTestId('levers-table').locator('tbody tr').allTextContents();
  expect(rows).toHaveLength(expected.rows.length);
  expected.rows.forEach((r, i) => {
    expect(rows[i]).toContain(r.label);
    expect(rows[i]).toContain(r.score.toFixed(1));
  });
  expect(await page.getByTestId('lever-chart').locator('canvas').count()).toBe(1);
  await page.getByTestId('decisions-panel').scrollIntoViewIfNeeded();
  await page.getByTestId('decisions-panel').screenshot({ path: '/tmp/levers-view.png' });
  expect(errorsOf(page)).toEqual([]);
  await page.context().close();
}, 180_000);
