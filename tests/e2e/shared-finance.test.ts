/**
 * Shared finance in Chromium: the scenario builder offers a shared project (risk-sharing) with its
 * group, project and split; the supply panel shows each member's share, capex, expected loss and gain.
 * Figures: the worked example of docs/uncertainty.md (examples/shared-finance.json), and core's
 * analyze run in Node on the same ad-hoc scenario.
 */
import { readFileSync } from 'node:fs';
import { analyze, type Model } from '@chokepoint/core';
import { expect, it } from 'vitest';
import { analysisIdle, errorsOf, importModel } from '../../apps/editor/scripts/browser-harness.ts';
import { useEditorSite } from './editor-site.ts';

const site = useEditorSite();
const shared = JSON.parse(
  readFileSync(new URL('../../examples/shared-finance.json', import.meta.url), 'utf8'),
) as Model;

const tableRows = (page: import('playwright-core').Page) =>
  page
    .getByTestId('shared-project-table')
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => Array.from(r.children).map((c) => c.textContent)));

/** The control of the field whose label reads exactly `name`, inside `scope`. */
const field = (scope: import('playwright-core').Locator, name: string, control = 'select') =>
  scope
    .locator('label.field')
    .filter({
      has: scope.page().locator('span', { hasText: new RegExp(`^${name.replace(/[()]/g, '\\$&')}$`) }),
    })
    .locator(control);

it("shows each member's cost and gain, for the model's shared project and one built on screen", async () => {
  const page = await site.open({ viewport: { width: 1400, height: 1000 } });
  await importModel(page, 'shared-finance.json', shared);
  await expect.poll(() => page.getByTestId('node-count').textContent()).toBe('5');
  await analysisIdle(page);

  // The model's own scenario: the hand-worked figures of docs/uncertainty.md.
  await page.getByTestId('scenario-cn-ban-shared').check();
  await analysisIdle(page);
  await expect
    .poll(() => tableRows(page))
    .toEqual([
      ['United States', '50%', '100', '10', '20'],
      ['Japan', '30%', '60', '6', '12'],
      ['India', '20%', '40', '4', '8'],
      ['Australia', '0%', '0', '0', '0'],
    ]);
  await page.getByTestId('scenario-cn-ban-shared').uncheck();

  // Built on screen under the ban: a 40 t magnet plant in the US, capex 100, split by demand.
  await page.getByTestId('scenario-cn-ban').check();
  await page.getByRole('button', { name: '+ Shared project (risk-sharing)' }).click();
  const card = page.locator('.adhoc-list > li').last();
  await field(card, 'Country').selectOption('US');
  await field(card, 'Stage').selectOption('magnet');
  await field(card, 'Capacity', 'input').fill('40');
  await field(card, 'Capex (one-off)', 'input').fill('100');
  await analysisIdle(page);
  const project = { country: 'US', stage: 'magnet', capacity: 40, capex: 100 } as const;
  const expected = analyze(shared, {
    scenario: {
      id: 'x',
      perturbations: [
        { type: 'export-control', country: 'CN' },
        { type: 'risk-sharing', group: 'quad', project },
      ],
    },
    worstCase: [],
  }).riskSharing![0]!;
  expect(expected.members.map((m) => m.gain)).toEqual([20, 12, 8, 0]);
  await expect
    .poll(() => tableRows(page))
    .toEqual([
      ['United States', '50%', '50', '0', '20'],
      ['Japan', '30%', '30', '0', '12'],
      ['India', '20%', '20', '0', '8'],
      ['Australia', '0%', '0', '0', '0'],
    ]);
  expect(await page.getByTestId('shared-project').textContent()).toContain('no country risk given');

  // Stated shares start equal; shares that do not add up to 1 say so, and the project does nothing.
  await card.getByTestId('risk-sharing-split').selectOption('stated');
  await analysisIdle(page);
  await expect
    .poll(async () => (await tableRows(page)).map((r) => r[1]))
    .toEqual(['25%', '25%', '25%', '25%']);
  await field(card, 'Australia (AU) share', 'input').fill('0.5');
  await expect.poll(() => card.getByRole('alert').textContent()).toContain('add up to 1.25');
  await card.getByRole('alert').scrollIntoViewIfNeeded();
  await card.screenshot({ path: '/tmp/shared-finance-shares.png' });
  await expect
    .poll(() => page.getByTestId('adhoc-what').last().textContent())
    .toContain('(does nothing yet)');
  await expect.poll(() => page.getByTestId('shared-project-table').count()).toBe(0);
  await field(card, 'Australia (AU) share', 'input').fill('0.25');
  await analysisIdle(page);
  await expect.poll(() => page.getByTestId('shared-project-table').count()).toBe(1);

  const supply = page.locator('section[aria-labelledby="supply-title"]');
  await supply.getByTestId('shared-project').scrollIntoViewIfNeeded();
  await supply.screenshot({ path: '/tmp/shared-finance.png' });
  expect(errorsOf(page)).toEqual([]);
  await page.context().close();
}, 180_000);

it('adds an offtake candidate, finds it the cheapest fix under price pressure, and applies it to the shock', async () => {
  const levers = JSON.parse(
    readFileSync(new URL('../../examples/levers.json', import.meta.url), 'utf8'),
  ) as Model;
  const page = await site.open({ viewport: { width: 1400, height: 1000 } });
  await importModel(page, 'levers.json', levers);
  await expect.poll(() => page.getByTestId('node-count').textContent()).toBe('3');
  await analysisIdle(page);
  await page.getByTestId('decisions-panel').locator('summary').click();
  await page.getByTestId('decisions-tab-fix').click();
  await page.locator('.add-candidate summary').click();
  await page.getByTestId('candidate-kind').selectOption('offtake');
  await page.getByTestId('candidate-node').selectOption('us');
  await page.getByTestId('candidate-amount').fill('0.5');
  await page.getByTestId('candidate-cost').fill('20');
  await page.getByTestId('candidate-add').click();
  await expect.poll(() => page.getByTestId('fix-candidates').textContent()).toContain('offtake of 50% of us');
  await page.getByTestId('fix-shock').selectOption('squeeze-then-ban');
  await page.getByTestId('fix-target').fill('50');
  await page.getByTestId('fix-run').click();
  await page.getByTestId('fix-summary').waitFor({ timeout: 60_000 });
  // docs/levers.md: the pressure pushes the US plant out and the ban leaves nothing; the offtake keeps it (50%).
  const summary = await page.getByTestId('fix-summary').textContent();
  expect(summary).toContain('for 20');
  expect(summary).toContain('50.0%');
  await page.getByTestId('decisions-panel').screenshot({ path: '/tmp/shared-finance-offtake.png' });
  await page.getByTestId('fix-apply').click();
  // The offtake now stands in front of the shock: switching it on serves 50%.
  await page.getByTestId('scenario-squeeze-then-ban').check();
  await analysisIdle(page);
  await expect.poll(() => page.getByTestId('supply-delivered').textContent()).toBe('50%');
  expect(errorsOf(page)).toEqual([]);
  await page.context().close();
}, 180_000);
