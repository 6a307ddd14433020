/**
 * Recipes in the editor (issue 11), in Chromium: editing a ratio changes what is delivered and undo
 * puts it back; the binding input is shown on the limited node; edges are coloured by commodity with
 * a legend; a commodity is added to the model's list with its unit; core's validation messages show
 * at the field they name. With issue 13's leftovers: the Filter pop-over stays inside the canvas
 * column at laptop widths, small Sankey nodes are labelled, and an import's warnings are shown.
 *
 * The fixture is docs/recipes.md's hand-worked chain: NdPr 100 t and Dy 0.5 t into a magnet plant
 * (0.3 t NdPr + 0.03 t Dy per t; grain-boundary diffusion 0.3 + 0.01, at most half). Dy binds:
 * 0.03·X/2 + 0.01·X/2 = 0.5 gives X = 25 t of 200 t demanded. With 0.02 t Dy in the main recipe,
 * 0.015·X = 0.5 gives X = 33.3 t.
 */
import { readFileSync } from 'node:fs';
import { writeGexf } from '@chokepoint/core';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { analysisIdle, edgeLook, errorsOf, importModel } from '../../apps/editor/scripts/browser-harness.ts';
import { useEditorSite } from './editor-site.ts';

const site = useEditorSite();

const chain = JSON.parse(
  readFileSync(new URL('../fixtures/magnet-recipe-chain.json', import.meta.url), 'utf8'),
);

async function openChain(page: Page) {
  await importModel(page, 'magnet-recipe-chain.json', chain);
  await expect.poll(() => page.getByTestId('node-count').textContent()).toBe('4');
  await analysisIdle(page);
  await page.keyboard.press('Escape');
}

async function selectNode(page: Page, label: string) {
  await page.getByTestId('search').fill(label);
  await page.getByTestId('search').press('Enter');
  await page.getByRole('heading', { name: label, level: 2 }).waitFor();
}

const delivered = (page: Page) => page.locator('.supply-total .muted').textContent();

it('edits a ratio and shows the delivered change and the binding input; undo puts both back', async () => {
  const page = await site.open();
  await openChain(page);
  await selectNode(page, 'Japan — magnets');
  expect(await delivered(page)).toBe('25 of 200 t');
  expect(await page.getByTestId('binding-input').textContent()).toBe('Dy');
  expect(await page.getByTestId('recipe-output-line').allTextContents()).toEqual([
    'main recipe: 12.5',
    'grain-boundary diffusion: 12.5',
  ]);
  expect(await page.getByTestId('recipe-row-1').getAttribute('class')).toContain('binds');

  // A ratio the schema refuses stays in the field, with core's message, and changes nothing.
  const dy = page.getByTestId('recipe-ratio-1');
  await dy.fill('0');
  await dy.press('Enter');
  expect(await page.getByTestId('recipe-row-1').locator('.field-error').textContent()).toBe(
    'ratio must be > 0',
  );
  await dy.fill('0.02');
  await dy.press('Enter');
  await expect.poll(() => delivered(page)).toBe('33.3 of 200 t');
  await analysisIdle(page);
  expect(await page.getByTestId('binding-input').textContent()).toBe('Dy');

  // Undo (from the canvas, not the field) brings the ratio and the figure back.
  await page.getByTestId('canvas').click({ position: { x: 30, y: 30 } });
  await page.keyboard.press('Control+z');
  await expect.poll(() => delivered(page)).toBe('25 of 200 t');
  await selectNode(page, 'Japan — magnets');
  expect(await page.getByTestId('recipe-ratio-1').inputValue()).toBe('0.03');
  expect(errorsOf(page)).toEqual([]);
  await page.context().close();
}, 120_000);

it('colours edges by commodity with a legend, only when the edges carry several', async () => {
  const page = await site.open();
  // The default model: five commodities on its edges, named by the labels its commodity list gives.
  const legend = page.getByTestId('commodity-legend');
  expect(await legend.locator('li').allTextContents()).toEqual([
    'Magnet rare earths (Nd, Pr, Dy, Tb) in concentrate',
    'Other rare earths (mostly La, Ce)',
    'NdPr oxide, metal and alloy',
    'Dy and Tb oxide, metal and alloy',
    'Sintered NdFeB magnets',
  ]);
  const swatch = async (name: string) =>
    legend
      .locator('li', { hasText: new RegExp(`^${name}$`) })
      .locator('.line')
      .evaluate((e) => getComputedStyle(e).backgroundColor);
  const hex = (rgb: string) =>
    `#${(rgb.match(/\d+/g) ?? []).map((v) => Number(v).toString(16).padStart(2, '0')).join('')}`;
  await openChain(page);
  expect(await legend.locator('li').allTextContents()).toEqual(['NdPr oxide', 'Dysprosium', 'NdFeB magnets']);
  // Each edge is drawn in its commodity's legend colour.
  expect((await edgeLook(page, 'ndpr->plant'))?.color).toBe(hex(await swatch('NdPr oxide')));
  expect((await edgeLook(page, 'dy->plant'))?.color).toBe(hex(await swatch('Dysprosium')));
  expect((await edgeLook(page, 'plant->ev'))?.color).toBe(hex(await swatch('NdFeB magnets')));
  expect(new Set([await swatch('NdPr oxide'), await swatch('Dysprosium')]).size).toBe(2);
  // A model whose edges carry one commodity (or none named) has no commodity legend.
  await page.getByTestId('canvas').click({ position: { x: 30, y: 30 } });
  await importModel(
    page,
    'spof.json',
    JSON.parse(readFileSync(new URL('./fixtures/spof-chain.json', import.meta.url), 'utf8')),
  );
  await expect.poll(() => legend.count()).toBe(0);
  expect(errorsOf(page)).toEqual([]);
  await page.context().close();
}, 120_000);

it('adds an input with a new commodity and its unit, and shows core’s problems at the field', async () => {
  const page = await site.open();
  await openChain(page);
  await selectNode(page, 'Japan — magnets');
  await page.getByTestId('recipe-add').selectOption({ label: 'New commodity…' });
  await page.getByTestId('new-commodity-id').fill('Tb');
  await page.getByTestId('new-commodity-unit').fill('t Tb');
  await page.getByTestId('new-commodity-add').click();
  const ratio = page.getByTestId('recipe-pending-ratio');
  await ratio.fill('0.005');
  await ratio.press('Enter');
  // Nothing delivers Tb: the main recipe cannot run, the capped alternative makes what Dy allows.
  // 0.01·X = 0.5 t Dy, and X ≤ half of the output (all of it by the alternative): X = 0.
  await expect.poll(() => delivered(page)).toBe('0 of 200 t');
  await page.getByTestId('canvas').click({ position: { x: 30, y: 30 } });
  await page.keyboard.press('Control+z');
  await expect.poll(() => delivered(page)).toBe('25 of 200 t');
  // The commodity stays listed, with its unit (its own undo step).
  await page.getByRole('group', { name: 'Tb' }).waitFor();
  expect(await page.getByTestId('commodity-Tb-unit').inputValue()).toBe('t Tb');

  // A second alternative renamed to the first one's id: core names the problem at the id field.
  await selectNode(page, 'Japan — magnets');
  await page.getByTestId('add-alternative').click();
  const id = page.getByTestId('alternative-1-id');
  await id.fill('gbd');
  await id.press('Enter');
  const problem = page.getByTestId('alternative-1').getByTestId('field-problem').first();
  await expect.poll(() => problem.textContent()).toContain('"gbd"');
  expect(await id.getAttribute('aria-invalid')).toBe('true');
  await id.fill('low-dy');
  await id.press('Enter');
  await expect.poll(() => page.getByTestId('field-problem').count()).toBe(0);
  expect(errorsOf(page)).toEqual([]);
  await page.context().close();
}, 120_000);

it('keeps the Filter pop-over inside the canvas column, from 1024 to 1536 px wide', async () => {
  for (const viewport of [
    { width: 1536, height: 864 },
    { width: 1440, height: 900 },
    { width: 1366, height: 768 },
    { width: 1280, height: 720 },
    { width: 1024, height: 768 },
  ]) {
    const page = await site.open({ viewport });
    for (const view of ['graph', 'sankey']) {
      await page.getByTestId(`view-${view}`).click();
      await page.getByTestId('filter-button').click();
      const pop = (await page.getByTestId('filter-panel').boundingBox())!;
      const button = (await page.getByTestId('filter-button').boundingBox())!;
      const right = (await page.locator('.sidebar.right').boundingBox())!;
      const left = (await page.locator('.sidebar.left').boundingBox())!;
      const where = `${viewport.width}×${viewport.height}, ${view}`;
      expect(pop.x + pop.width, where).toBeLessThanOrEqual(right.x);
      expect(button.x + button.width, where).toBeLessThanOrEqual(right.x);
      expect(pop.x, where).toBeGreaterThanOrEqual(left.x + left.width);
      await page.getByTestId('filter-button').click();
    }
    await page.context().close();
  }
}, 180_000);

it('labels small nodes in the Sankey view, without labels overlapping', async () => {
  const page = await site.open();
  await page.getByTestId('view-sankey').click();
  await page.getByTestId('sankey').locator('svg').waitFor();
  // Small mines (a few pixels of band) are labelled too.
  for (const id of ['vn-mine', 'my-mine', 'ng-mine', 'br-mine']) {
    const label = page.getByTestId(`sankey-label-${id}`);
    expect(await label.count(), id).toBe(1);
    expect((await label.textContent())?.length, id).toBeGreaterThan(3);
  }
  // Labels do not overlap one another.
  const boxes = await page.locator('.sankey-label').evaluateAll((els) =>
    els.map((e) => {
      const b = e.getBoundingClientRect();
      return { x0: b.left, x1: b.right, y0: b.top, y1: b.bottom };
    }),
  );
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i]!, boxes[j]!];
      const overlap =
        Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 1 && Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > 1;
      expect(overlap, `labels ${i} and ${j}`).toBe(false);
    }
  expect(errorsOf(page)).toEqual([]);
  await page.context().close();
}, 120_000);

it('asks for the unit of a GEXF that states none, and shows core’s warnings on opening', async () => {
  const page = await site.open();
  const gephi = writeGexf(chain).replace(/"unit":"t",/, '');
  await page.getByTestId('import-file').setInputFiles({
    name: 'gephi.gexf',
    mimeType: 'application/xml',
    buffer: Buffer.from(gephi),
  });
  await page.getByTestId('unit-prompt').waitFor();
  expect(await page.getByTestId('unit-prompt').textContent()).toContain('gephi.gexf gives no unit.');
  await page.getByTestId('unit-input').fill('t magnet');
  await page.getByTestId('unit-open').click();
  await expect.poll(() => page.getByTestId('node-count').textContent()).toBe('4');
  expect(await page.getByTestId('notice').textContent()).toContain('Opened gephi.gexf');

  // A CSV column that looks like a mistyped field: opened, and core's warning says so.
  const nodes = 'id,label,stage,capcity\na,A,s,5\nb,B,s,\n';
  const edges = 'source,target\na,b\n';
  await page.getByTestId('import-file').setInputFiles([
    { name: 'nodes.csv', mimeType: 'text/csv', buffer: Buffer.from(nodes) },
    { name: 'edges.csv', mimeType: 'text/csv', buffer: Buffer.from(edges) },
    {
      name: 'model-info.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ name: 'typo', unit: 't', stages: ['s'] })),
    },
  ]);
  await expect.poll(() => page.getByTestId('node-count').textContent()).toBe('2');
  expect(await page.getByTestId('notice').textContent()).toContain(
    'Warning: nodes.csv: column "capcity" is not a field and is kept as a free attribute (did you mean "capacity"?)',
  );
  expect(errorsOf(page)).toEqual([]);
  await page.context().close();
}, 120_000);
