/**
 * Screenshots of the editor's main views for the README: `pnpm --filter @chokepoint/editor screenshots`.
 * Builds if needed, serves dist/, drives Chromium through the views and writes docs/screenshots/*.png.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analysisIdle, importModel, nodePoint, openEditor, startEditorSite } from './browser-harness.ts';

const out = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));
mkdirSync(out, { recursive: true });
const site = await startEditorSite();
const { browser } = site;
try {
  const page = await openEditor(browser, site.url, { width: 1440, height: 900 });
  await analysisIdle(page);
  await page.waitForTimeout(600);
  await page.screenshot({ path: join(out, 'editor-main.png') });

  // A node found with the search box: its facts in the inspector, its ring on the graph.
  await page.getByTestId('search').fill('China — separation');
  await page.getByTestId('search').press('Enter');
  await page.mouse.move(5, 890);
  await page.waitForTimeout(600);
  await page.screenshot({ path: join(out, 'editor-inspector.png') });
  await page.getByTestId('search').fill('');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');

  // The model's first scenario switched on, nodes coloured by risk.
  await page.locator('[data-testid^="scenario-"]').first().check();
  await page.getByTestId('color-by').selectOption('risk');
  await analysisIdle(page);
  await page.locator('.sidebar.right').evaluate((e) => e.scrollTo(0, 0));
  await page.mouse.move(5, 890);
  await page.waitForTimeout(600);
  await page.screenshot({ path: join(out, 'editor-scenario.png') });
  await page.context().close();

  // The connection handle on a hovered node, close up (twice the pixels, so the 16 px handle reads).
  const close = await openEditor(browser, site.url, { width: 1440, height: 900 }, 2);
  await analysisIdle(close);
  await close.waitForTimeout(600);
  const node = await nodePoint(close, 'us-sep');
  await close.mouse.move(node.x - 30, node.y);
  await close.mouse.move(node.x, node.y, { steps: 4 });
  await close.getByTestId('connect-handle').waitFor();
  await close.waitForTimeout(300);
  await close.screenshot({
    path: join(out, 'editor-connect-handle.png'),
    clip: { x: node.x - 200, y: node.y - 130, width: 560, height: 260 },
  });
  await close.context().close();

  // A laptop screen: one toolbar row, every label drawn.
  const laptop = await openEditor(browser, site.url, { width: 1280, height: 720 });
  await analysisIdle(laptop);
  await laptop.waitForTimeout(600);
  await laptop.screenshot({ path: join(out, 'editor-1280.png') });

  // The Sankey view under the April 2025 controls, with the comparison open beside it.
  await laptop.getByTestId('scenario-cn-2025-04-heavy-re-magnets').check();
  await laptop.getByTestId('view-sankey').click();
  await laptop.getByRole('heading', { name: 'Compare scenarios' }).click();
  await laptop.getByTestId('compare-b').selectOption('cn-2025-04-heavy-re-magnets');
  await analysisIdle(laptop);
  await laptop.getByTestId('compare-table').waitFor();
  await laptop.getByRole('region', { name: 'Compare scenarios' }).scrollIntoViewIfNeeded();
  await laptop.mouse.move(5, 700);
  await laptop.waitForTimeout(600);
  await laptop.screenshot({ path: join(out, 'editor-sankey-compare.png') });

  // The framed picture the PNG export writes (graph view, same scenario).
  await laptop.getByTestId('view-graph').click();
  await laptop.waitForTimeout(400);
  await laptop.locator('summary', { hasText: 'Export' }).click();
  const download = laptop.waitForEvent('download');
  await laptop.getByTestId('export-png').click();
  await (await download).saveAs(join(out, 'editor-export.png'));
  await laptop.context().close();

  // Recipes (issue 11): the hand-worked magnet chain of docs/recipes.md, its plant's recipe and
  // alternative in the inspector (Dy binds), edges by commodity with their legend.
  const recipes = await openEditor(browser, site.url, { width: 1440, height: 900 });
  await importModel(
    recipes,
    'magnet-recipe-chain.json',
    JSON.parse(
      readFileSync(new URL('../../../tests/fixtures/magnet-recipe-chain.json', import.meta.url), 'utf8'),
    ),
  );
  await recipes.getByTestId('node-count').filter({ hasText: /^4$/ }).waitFor();
  await analysisIdle(recipes);
  await recipes.keyboard.press('Escape');
  await recipes.getByTestId('search').fill('Japan — magnets');
  await recipes.getByTestId('search').press('Enter');
  // Scroll the inspector's panel only (scrollIntoView would scroll the page too).
  await recipes.locator('.sidebar.left').evaluate((panel) => {
    const section = panel.querySelector('[data-testid="recipe-section"]')!;
    panel.scrollTop += section.getBoundingClientRect().top - panel.getBoundingClientRect().top - 140;
  });
  await recipes.mouse.move(5, 890);
  await recipes.waitForTimeout(600);
  await recipes.screenshot({ path: join(out, 'editor-recipe.png') });
  await recipes.context().close();

  // Dark mode (the system setting), focused on China's separation plant downstream.
  const dark = await site.browser.newContext({ viewport: { width: 1440, height: 900 }, colorScheme: 'dark' });
  const night = await dark.newPage();
  await night.goto(site.url);
  await night.getByTestId('resilience-score').waitFor();
  await analysisIdle(night);
  await night.getByTestId('search').fill('China — separation');
  await night.getByTestId('search').press('Enter');
  await night.getByTestId('focus-both').click();
  await night.mouse.move(5, 890);
  await night.waitForTimeout(600);
  await night.screenshot({ path: join(out, 'editor-dark-focus.png') });
  await dark.close();
  process.stdout.write(`screenshots written to ${out}\n`);
} finally {
  await site.close();
}
