/**
 * The connection handle in a real browser (Debian's Chromium through playwright-core, the built site):
 * hover a node with the Select tool, drag from the handle on its right to another node, and an edge
 * is drawn; a drag on the node itself still moves it. On the embedded default model, the chain a
 * modeler sees first.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { analysisIdle, errorsOf, nodePoint } from '../../apps/editor/scripts/browser-harness.ts';
import { useEditorSite } from './editor-site.ts';

// United States separation → Japan metal & alloy: not an edge of the default model.
const SOURCE = 'us-sep';
const TARGET = 'jp-metal';

const site = useEditorSite();

async function openDefault(): Promise<Page> {
  const page = await site.open();
  await analysisIdle(page);
  await page.waitForTimeout(300); // the first frame settles
  return page;
}

const edgeCount = async (page: Page) => Number(await page.getByTestId('edge-count').textContent());

/** Hovers a node (arriving from its left, as a pointer would) and returns the handle's centre. */
async function hoverForHandle(page: Page, id: string): Promise<{ x: number; y: number }> {
  const p = await nodePoint(page, id);
  await page.mouse.move(p.x - 30, p.y);
  await page.mouse.move(p.x, p.y, { steps: 4 });
  const handle = page.getByTestId('connect-handle');
  await handle.waitFor({ state: 'visible' });
  const box = await handle.boundingBox();
  if (!box) throw new Error('the handle has no box');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

describe('connection handle in Chromium', () => {
  it('drags from a hovered node’s handle to another node: one more edge, and undo takes it back', async () => {
    const page = await openDefault();
    const before = await edgeCount(page);
    expect(await page.getByTestId('connect-handle').count()).toBe(0); // nothing hovered yet

    const node = await nodePoint(page, SOURCE);
    const h = await hoverForHandle(page, SOURCE);
    // On the node's right (downstream), level with its centre.
    expect(h.x).toBeGreaterThan(node.x + 4);
    expect(Math.abs(h.y - node.y)).toBeLessThan(1);
    expect(await page.getByTestId('connect-handle').getAttribute('aria-label')).toBe('Drag to connect');

    // From the node onto the handle: it stays up.
    await page.mouse.move(h.x, h.y, { steps: 4 });
    expect(await page.getByTestId('connect-handle').isVisible()).toBe(true);
    await page.mouse.down();
    const t = await nodePoint(page, TARGET);
    await page.mouse.move((h.x + t.x) / 2, (h.y + t.y) / 2, { steps: 5 });
    // While drawing: the preview line, and no handle.
    expect(await page.locator('.connect-line').count()).toBe(1);
    expect(await page.getByTestId('connect-handle').count()).toBe(0);
    await page.mouse.move(t.x, t.y, { steps: 5 });
    await page.mouse.up();

    await expect.poll(() => edgeCount(page)).toBe(before + 1);
    expect(await page.getByTestId('inspector').textContent()).toContain(`edge · ${SOURCE}->${TARGET}`);
    expect(await page.locator('.connect-line').count()).toBe(0);

    await page.getByTestId('undo').click();
    await expect.poll(() => edgeCount(page)).toBe(before);
    expect(errorsOf(page)).toEqual([]);
    await page.context().close();
  });

  it('a plain drag on the node body still moves the node and adds no edge', async () => {
    const page = await openDefault();
    const before = await edgeCount(page);
    const start = await nodePoint(page, SOURCE);
    await hoverForHandle(page, SOURCE);
    await page.mouse.down();
    await page.mouse.move(start.x, start.y + 45, { steps: 6 });
    await page.mouse.up();

    await expect.poll(async () => (await nodePoint(page, SOURCE)).y - start.y).toBeGreaterThan(40);
    expect(Math.abs((await nodePoint(page, SOURCE)).x - start.x)).toBeLessThan(2);
    expect(await edgeCount(page)).toBe(before);
    expect(errorsOf(page)).toEqual([]);
    await page.context().close();
  });

  it('draws nothing when released on empty space or after Escape, and the Connect tool has no handle', async () => {
    const page = await openDefault();
    const before = await edgeCount(page);
    const canvas = await page.getByTestId('canvas').boundingBox();
    if (!canvas) throw new Error('no canvas');

    let h = await hoverForHandle(page, SOURCE);
    await page.mouse.move(h.x, h.y, { steps: 3 });
    await page.mouse.down();
    // Empty canvas above and right of the end-use column.
    await page.mouse.move(canvas.x + canvas.width - 60, canvas.y + 150, { steps: 6 });
    expect(await page.locator('.connect-line:not(.ready)').count()).toBe(1); // no target under it
    await page.mouse.up();
    expect(await page.locator('.connect-line').count()).toBe(0);

    h = await hoverForHandle(page, SOURCE);
    await page.mouse.move(h.x, h.y, { steps: 3 });
    await page.mouse.down();
    const t = await nodePoint(page, TARGET);
    await page.mouse.move(t.x, t.y, { steps: 6 });
    await page.keyboard.press('Escape');
    expect(await page.locator('.connect-line').count()).toBe(0);
    await page.mouse.up();
    await page.waitForTimeout(200);
    expect(await edgeCount(page)).toBe(before);

    await page.getByTestId('tool-connect').click();
    const p = await nodePoint(page, SOURCE);
    await page.mouse.move(p.x - 30, p.y);
    await page.mouse.move(p.x, p.y, { steps: 4 });
    await page.waitForTimeout(200);
    expect(await page.getByTestId('connect-handle').count()).toBe(0);
    expect(errorsOf(page)).toEqual([]);
    await page.context().close();
  });
});
