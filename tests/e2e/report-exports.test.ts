/**
 * Exports ready for a report, in Chromium on the default model under a scenario: the SVG and PNG carry
 * a heading (model, scenario, score), stage headers, whole labels and a legend; the PNG is 2× the
 * picture or the width asked for; the CSV tables come as one ZIP.
 */
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { analysisIdle, errorsOf, scoreOf } from '../../apps/editor/scripts/browser-harness.ts';
import { useEditorSite } from './editor-site.ts';

const site = useEditorSite();

async function exported(page: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
  await page.locator('summary', { hasText: 'Export' }).click();
  const download = page.waitForEvent('download');
  await page.getByTestId(testId).click();
  const file = await download;
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

it('exports a framed SVG and PNG, and every CSV table in one ZIP', async () => {
  const page = await site.open({ viewport: { width: 1280, height: 720 } });
  await page.getByTestId('scenario-cn-2025-04-heavy-re-magnets').check();
  await analysisIdle(page);
  await page.waitForTimeout(300);
  const score = await scoreOf(page);

  const svg = (await exported(page, 'export-svg')).bytes.toString('utf8');
  expect(svg).toContain('>Rare-earth magnets, mine to magnet</text>');
  expect(svg).toContain('Scenario: China controls 7 medium/heavy rare earths and magnets (Apr 2025)');
  expect(svg).toContain(`Resilience score ${score.toFixed(1)} / 100`);
  for (const stage of ['MINING', 'SEPARATION', 'METAL', 'MAGNET', 'END-USE'])
    expect(svg).toContain(`>${stage}</text>`);
  // Whole names, not the page's shortened ones.
  expect(svg).toContain('>Industrial motors, defence and other magnet uses</text>');
  expect(svg).toContain('>United States (MP Materials)</text>');
  expect(svg).not.toMatch(/…<\/text>/);
  for (const item of ['China', 'Australia', 'single point of failure', 'blocked', 'carries less'])
    expect(svg).toContain(`>${item}</text>`);
  const svgWidth = Number(/<svg[^>]*width="([\d.]+)"/.exec(svg)![1]);

  const png2x = (await exported(page, 'export-png')).bytes;
  expect(pngSize(png2x).width).toBe(Math.round(svgWidth * 2));
  await page.locator('summary', { hasText: 'Export' }).click();
  await page.getByTestId('png-width').fill('3000');
  const download = page.waitForEvent('download');
  await page.getByTestId('export-png-width').click();
  const wide = readFileSync(await (await download).path());
  expect(pngSize(wide).width).toBe(3000);

  const zip = await exported(page, 'export-csv-zip');
  expect(zip.name).toBe('rare-earth-magnets-mine-to-magnet-csv.zip');
  const files = unzipSync(new Uint8Array(zip.bytes));
  const names = Object.keys(files);
  expect(names.slice(0, 3)).toEqual(['nodes.csv', 'edges.csv', 'model-info.json']);
  expect(names.filter((n) => n.startsWith('report-')).length).toBeGreaterThanOrEqual(4);
  const nodes = new TextDecoder().decode(files['nodes.csv']);
  expect(nodes.split('\n').filter(Boolean)).toHaveLength(48);
  expect(errorsOf(page)).toEqual([]);
  await page.context().close();
}, 120_000);
