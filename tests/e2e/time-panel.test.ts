/**
 * The time panel in Chromium (issue 14, docs/time.md): on the hand-worked chain (stocks and
 * 15-day recovery times), the TTS-vs-TTR scatter names the four nodes to act on; switching on the Dy
 * supplier's outage draws its timeline (the motors run short after 10 days); a "Stockpile N days"
 * lever on the plant lengthens that. The picture is saved for a person to look at.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { analysisIdle, errorsOf, importModel } from '../../apps/editor/scripts/browser-harness.ts';
import { useEditorSite } from './editor-site.ts';

const site = useEditorSite();
const chain = JSON.parse(
  readFileSync(new URL('../fixtures/magnet-chain-stocks.json', import.meta.url), 'utf8'),
);

it('shows how long the chain lasts, and what a stockpile buys', async () => {
  const page = await site.open({ viewport: { width: 1400, height: 1000 } });
  await importModel(page, 'magnet-chain-stocks.json', chain);
  await expect.poll(() => page.getByTestId('node-count').textContent()).toBe('5');
  await analysisIdle(page);

  const panel = page.getByTestId('time-panel');
  await expect
    .poll(() => page.getByTestId('time-act-on').textContent())
    .toMatch(/4 to act on .*ndpr, plant, dy-a, dy-b/);
  expect(await page.getByTestId('time-scatter').count()).toBe(1);
  // Undisrupted, nobody runs short.
  await expect
    .poll(() => page.getByTestId('time-sinks').textContent())
    .toMatch(/served its baseline throughout/);

  // The Dy supplier's outage: stocks cover 10 days, then 5 days at 60 t/day.
  await page.getByTestId('scenario-dy-a-out').check();
  await analysisIdle(page);
  await expect
    .poll(() => page.getByTestId('time-sinks').textContent())
    .toMatch(/runs short after 10 days; 200 t unmet/);
  expect(await page.getByTestId('time-chart').count()).toBe(1);
  await panel.scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/time-panel-e2e.png' });
  await panel.screenshot({ path: '/tmp/time-panel-card-e2e.png' });

  // 5 more days of the plant's output in stock: 500 t more, so 10 + 500/40 = 22.5 days, past recovery.
  await page.getByRole('button', { name: '+ Stockpile N days' }).click();
  await page.getByTestId('stockpile-node').selectOption('plant');
  await page.getByTestId('stockpile-days').fill('5');
  await analysisIdle(page);
  await expect
    .poll(() => page.getByTestId('time-sinks').textContent())
    .toMatch(/served its baseline throughout/);

  await page.getByTestId('scenario-dy-a-out').uncheck();
  await page.getByRole('button', { name: 'Remove Stockpile N days' }).click();
  await page.getByRole('button', { name: '+ Outage' }).click();
  await page.getByTestId('outage-node').selectOption('ndpr');
  await analysisIdle(page);
  await expect.poll(() => page.getByTestId('time-sinks').textContent()).toMatch(/runs short after 2 days/);

  expect(errorsOf(page)).toEqual([]);
  await page.context().close();
}, 180_000);
