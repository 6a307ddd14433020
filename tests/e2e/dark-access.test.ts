/**
 * Dark mode and access, in Chromium: the page and the canvas follow the system's dark setting; the
 * canvas is a named figure described by a text alternative (the chokepoint list in words); Tab goes
 * from the top bar to the canvas tools before the side panels.
 */
import { expect, it } from 'vitest';
import { analysisIdle, errorsOf, nodeLook } from '../../apps/editor/scripts/browser-harness.ts';
import { useEditorSite } from './editor-site.ts';

const site = useEditorSite();

it('follows the system’s dark setting, on the page and on the canvas', async () => {
  const context = await site.browser.newContext({
    viewport: { width: 1440, height: 900 },
    colorScheme: 'dark',
  });
  const page = await context.newPage();
  await page.goto(site.url);
  await page.getByTestId('resilience-score').waitFor();
  await analysisIdle(page);
  const colours = await page.evaluate(() => ({
    panel: getComputedStyle(document.querySelector('.card')!).backgroundColor,
    text: getComputedStyle(document.body).color,
  }));
  expect(colours.panel).toBe('rgb(27, 32, 41)');
  expect(colours.text).toBe('rgb(227, 232, 239)');
  // Dimmed nodes take the dark dim colour: filter to China and look at a US node.
  await page.getByTestId('filter-button').click();
  await page.getByTestId('filter-panel').getByRole('button', { name: 'CN', exact: true }).click();
  await expect.poll(async () => (await nodeLook(page, 'us-mine'))?.color).toBe('#262c35');
  await page.screenshot({ path: '/tmp/dark-e2e.png' });
  // Switching the system back to light follows at once.
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(async () => (await nodeLook(page, 'us-mine'))?.color).toBe('#eceff3');
  expect(errorsOf(page)).toEqual([]);
  await context.close();
}, 120_000);

it('names the canvas, describes it with the chokepoint list, and tabs to the main controls first', async () => {
  const page = await site.open();
  await analysisIdle(page);
  const canvas = page.getByRole('figure', {
    name: 'Supply chain graph of Rare-earth magnets, mine to magnet',
  });
  expect(await canvas.count()).toBe(1);
  expect(await canvas.getAttribute('aria-describedby')).toBe('canvas-description');
  const description = await page.getByTestId('canvas-description').textContent();
  expect(description).toContain('47 nodes and 143 edges in 6 stages');
  expect(description).toContain('Chokepoints, worst first (22 in all)');
  // The first chokepoint of the visible list, in words.
  const first = (await page
    .getByTestId('chokepoint-list')
    .locator('.chokepoint-name')
    .first()
    .textContent())!;
  expect(description).toContain(`${first}: losing it loses`);

  const focused: string[] = [];
  for (let i = 0; i < 14; i++) {
    await page.keyboard.press('Tab');
    focused.push(
      await page.evaluate(() => {
        const e = document.activeElement as HTMLElement;
        return (e.getAttribute('data-testid') ?? e.textContent ?? '').trim();
      }),
    );
  }
  expect(focused[0]).toBe('Models');
  // The canvas tools come right after the top bar, before any inspector field.
  const addNode = focused.indexOf('add-node');
  expect(addNode).toBeGreaterThan(0);
  expect(focused.slice(0, addNode)).not.toContain('field-label');
  expect(focused.indexOf('search')).toBeLessThan(addNode);
  expect(errorsOf(page)).toEqual([]);
  await page.context().close();
}, 120_000);
