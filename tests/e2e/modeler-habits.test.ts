/**
 * Habits modellers bring from Kumu, Gephi Lite and yEd (issue 13), in Chromium on the default model:
 * filters and focus, copy/paste/duplicate with edges, tags, hover tips, the shortcut sheet, `/` and
 * Ctrl+A, deletions that say what went with them, undo labels by name, lists that expand, and a
 * concentration panel that says why a stage has no figure.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { analysisIdle, errorsOf, nodeLook, nodePoint } from '../../apps/editor/scripts/browser-harness.ts';
import { useEditorSite } from './editor-site.ts';

const site = useEditorSite();

const DIM = '#eceff3';

async function selectByName(page: Page, name: string): Promise<void> {
  await page.getByTestId('search').fill(name);
  await page.getByTestId('search').press('Enter');
}

it('dims or hides by country and focuses on a node’s downstream', async () => {
  const page = await site.open();
  await page.getByTestId('filter-button').click();
  await page.getByTestId('filter-panel').getByRole('button', { name: 'CN', exact: true }).click();
  await expect.poll(async () => (await nodeLook(page, 'us-mine'))?.color).toBe(DIM);
  expect((await nodeLook(page, 'cn-mine'))?.color).toBe('#4e79a7');
  expect(await page.getByTestId('filter-banner').textContent()).toContain('country CN');
  await page.getByRole('button', { name: 'Hide the rest' }).click();
  await expect.poll(async () => (await nodeLook(page, 'us-mine'))?.hidden).toBe(true);
  await page.getByTestId('filter-clear').click();
  await expect.poll(async () => (await nodeLook(page, 'us-mine'))?.hidden).toBe(false);

  // Focus downstream of China's separation: its mines go, its magnets and end uses stay.
  await page.keyboard.press('Escape');
  await selectByName(page, 'China — separation');
  await page.getByTestId('focus-downstream').click();
  await expect.poll(async () => (await nodeLook(page, 'cn-mine'))?.hidden).toBe(true);
  expect((await nodeLook(page, 'cn-magnet'))?.hidden).toBe(false);
  expect((await nodeLook(page, 'ev-motors'))?.hidden).toBe(false);
  expect(await page.getByTestId('filter-banner').textContent()).toContain('downstream of China — separation');
  expect(errorsOf(page)).toEqual([]);
  await page.context().close();
}, 120_000);

it('duplicates and copy-pastes nodes with their edges as one undo step, named in the undo label', async () => {
  const page = await site.open();
  const nodes = () => page.getByTestId('node-count').textContent();
  const edges = () => page.getByTestId('edge-count').textContent();
  await selectByName(page, 'Malaysia (Lynas');
  await page.getByTestId('search').blur();
  await page.keyboard.press('Control+d');
  await expect.poll(nodes).toBe('48');
  // Malaysia's separation plant has 6 edges: the copy is wired the same way.
  await expect.poll(edges).toBe('149');
  expect(await page.getByTestId('undo').getAttribute('title')).toMatch(
    /^Undo Paste “Malaysia \(Lynas, Kuantan\) — separation” with 6 edges/,
  );
  await page.keyboard.press('Control+z');
  await expect.poll(nodes).toBe('47');
  await expect.poll(edges).toBe('143');

  await selectByName(page, 'Malaysia (Lynas');
  await page.getByTestId('search').blur();
  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');
  await page.keyboard.press('Control+v');
  await expect.poll(nodes).toBe('49');
  expect(await page.getByTestId('field-label').inputValue()).toBe(
    'Malaysia (Lynas, Kuantan) — separation (copy)',
  );
  expect(errorsOf(page)).toEqual([]);
  await page.context().close();
}, 120_000);

it('edits tags, shows notes and edge figures on hover', async () => {
  const page = await site.open();
  await selectByName(page, 'Australia — mining');
  await page.getByTestId('field-tags').fill('MSP, primary, MSP');
  await page.getByTestId('field-tags').press('Enter');
  await expect.poll(() => page.getByTestId('field-tags').inputValue()).toBe('MSP, primary');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');

  // China's mine has notes: hovering it shows them.
  const mine = await nodePoint(page, 'cn-mine');
  await page.mouse.move(mine.x - 40, mine.y - 40);
  await page.mouse.move(mine.x, mine.y, { steps: 4 });
  await expect.poll(() => page.getByTestId('hover-tip').textContent()).toMatch(/China — mining/);
  await page.mouse.move(mine.x - 40, mine.y + 200, { steps: 3 });

  // Half-way along the US mine → US separation edge: its flow, capacity and commodity.
  const a = await nodePoint(page, 'us-mine');
  const b = await nodePoint(page, 'us-sep');
  await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2 - 30);
  await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 3 });
  const tip = page.getByTestId('hover-tip');
  await expect
    .poll(() => tip.textContent())
    .toMatch(/United States — mining → United States \(MP Materials\)/);
  const text = await tip.textContent();
  expect(text).toMatch(/Flow: [\d,]+ t REO-equivalent per year/);
  expect(text).toContain('Capacity:');
  expect(text).toContain('Commodity:');
  expect(errorsOf(page)).toEqual([]);
  await page.context().close();
}, 120_000);

it('has a shortcut sheet on ?, selects the last search on /, and selects all on Ctrl+A', async () => {
  const page = await site.open();
  await page.locator('body').press('?');
  await expect.poll(() => page.getByTestId('shortcut-sheet').isVisible()).toBe(true);
  const sheet = await page.getByTestId('shortcut-sheet').textContent();
  for (const keys of ['Ctrl+Z', 'Ctrl+C', 'Ctrl+V', 'Ctrl+D', 'Ctrl+A', 'Delete', '?'])
    expect(sheet).toContain(keys);
  await page.keyboard.press('Escape');
  await expect.poll(() => page.getByTestId('shortcut-sheet').count()).toBe(0);

  await selectByName(page, 'Japan');
  await page.getByTestId('search').blur();
  await page.keyboard.press('/');
  const selection = await page
    .getByTestId('search')
    .evaluate((e: HTMLInputElement) => [
      document.activeElement === e,
      e.selectionStart,
      e.selectionEnd,
      e.value,
    ]);
  expect(selection).toEqual([true, 0, 5, 'Japan']);
  await page.keyboard.press('Escape');

  await page.locator('body').press('Control+a');
  await expect.poll(() => page.locator('.statusbar, footer').first().textContent()).toContain('47 selected');
  expect(errorsOf(page)).toEqual([]);
  await page.context().close();
}, 120_000);

it('says what a deletion took, expands the chokepoint list, and explains missing concentration', async () => {
  const page = await site.open();
  await selectByName(page, 'China — separation');
  await page.getByTestId('search').blur();
  await page.keyboard.press('Delete');
  await expect.poll(() => page.getByTestId('node-count').textContent()).toBe('46');
  const notice = await page.locator('[role="status"], [role="alert"], .notice').first().textContent();
  expect(notice).toContain('Deleted “China — separation” with 14 edges');
  expect(await page.getByTestId('undo').getAttribute('title')).toMatch(
    /^Undo Delete “China — separation” with its 14 edges/,
  );
  await page.keyboard.press('Control+z');
  await expect.poll(() => page.getByTestId('node-count').textContent()).toBe('47');
  await analysisIdle(page);

  const list = page.getByTestId('chokepoint-list');
  expect(await list.locator('li').count()).toBe(12);
  await page.getByTestId('chokepoints-more').click();
  expect(await list.locator('li').count()).toBe(22);

  // The metal stage has no capacities in this model: the panel says so instead of leaving it out.
  expect(await page.getByTestId('concentration-missing').textContent()).toMatch(/metal: no capacities/);
  const download = page.waitForEvent('download');
  await page.getByTestId('export-json').click();
  const saved = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  expect(saved.nodes.length).toBe(47);
  expect(errorsOf(page)).toEqual([]);
  await page.context().close();
}, 120_000);
