/**
 * Keeping an ad-hoc what-if as a scenario of the model, in Chromium: build an outage in the ad-hoc
 * panel, watch the score fall, save it under a name, and find it switched on (same score) and in the
 * saved file; undo takes it out of the model and gives the ad-hoc outage back.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { analysisIdle, errorsOf, nextScore, scoreOf } from '../../apps/editor/scripts/browser-harness.ts';
import { useEditorSite } from './editor-site.ts';

const site = useEditorSite();

it('saves ad-hoc changes as a model scenario that is in the file and undoable', async () => {
  const page = await site.openFixture();
  const intact = await scoreOf(page);

  // The outage does nothing until its node is chosen: the separation plant, the chain's single point of failure.
  await page.getByRole('button', { name: '+ Outage' }).click();
  await page.getByTestId('outage-node').selectOption('cn-sep');
  const cut = await nextScore(page, intact);
  expect(cut).toBeLessThan(intact);

  await page.getByTestId('adhoc-name').fill('Separation plant fire');
  await page.getByTestId('save-adhoc').click();
  const toggle = page.getByTestId('scenario-separation-plant-fire');
  await expect.poll(() => toggle.isChecked()).toBe(true);
  await analysisIdle(page);
  expect(await scoreOf(page)).toBe(cut);

  const download = page.waitForEvent('download');
  await page.getByTestId('export-json').click();
  const saved = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  expect(saved.scenarios.at(-1)).toEqual({
    id: 'separation-plant-fire',
    label: 'Separation plant fire',
    perturbations: [{ type: 'outage', node: 'cn-sep' }],
  });

  // Undo takes the scenario out of the model and gives the ad-hoc outage back: same score.
  await page.getByTestId('undo').click();
  await expect.poll(() => toggle.count()).toBe(0);
  await expect.poll(() => page.getByRole('button', { name: 'Remove Outage' }).count()).toBe(1);
  await analysisIdle(page);
  expect(await scoreOf(page)).toBe(cut);
  await page.getByRole('button', { name: 'Remove Outage' }).click();
  expect(await nextScore(page, cut)).toBe(intact);
  expect(errorsOf(page)).toEqual([]);
  await page.context().close();
}, 120_000);
