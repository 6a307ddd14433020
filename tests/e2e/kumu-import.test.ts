/**
 * Importing Kumu's two-sheet export in Chromium: both CSVs chosen together under Kumu's own names, the
 * editor asks for the unit (the sheets have none), opens the model, and says which columns had no place.
 */
import { expect, it } from 'vitest';
import { analysisIdle, errorsOf } from '../../apps/editor/scripts/browser-harness.ts';
import { useEditorSite } from './editor-site.ts';

const site = useEditorSite();

const elements = `Label,Type,Description,Tags,Country,Capacity,Demand,Image
Mine A,mining,Open pit,primary|MSP,AU,100,,a.png
Plant B,separation,,,CN,80,,
Magnets,end-use,Motors,,,,60,
`;
const connections = `From,To,Type,Description
Mine A,Plant B,supplies,by sea
Plant B,Magnets,supplies,
`;

it('opens a Kumu export, asking for the unit and naming what it could not place', async () => {
  const page = await site.open();
  await page.getByTestId('import-file').setInputFiles([
    { name: 'My map - connections.csv', mimeType: 'text/csv', buffer: Buffer.from(connections) },
    { name: 'My map - elements.csv', mimeType: 'text/csv', buffer: Buffer.from(elements) },
  ]);
  await page.getByTestId('unit-prompt').waitFor();
  expect(await page.getByTestId('unit-open').isDisabled()).toBe(true);
  await page.getByTestId('unit-input').fill('t per year');
  await page.getByTestId('unit-open').click();
  await expect.poll(() => page.getByTestId('node-count').textContent()).toBe('3');
  expect(await page.getByTestId('edge-count').textContent()).toBe('2');
  const notice = await page.locator('.notice').first().textContent();
  expect(notice).toContain('Kept as free attributes (no chokepoint/v1 field): My map - elements.csv: Image');
  expect(notice).toContain('My map - connections.csv: Type');
  await analysisIdle(page);
  // Plant B (capacity 80) feeds a demand of 60: all of it delivered.
  expect(await page.locator('.supply, [aria-labelledby="supply-title"]').first().textContent()).toContain(
    '100%',
  );
  await page.getByTestId('search').fill('Mine A');
  await page.getByTestId('search').press('Enter');
  expect(await page.getByTestId('field-tags').inputValue()).toBe('primary, MSP');
  expect(errorsOf(page)).toEqual([]);
  await page.context().close();
}, 120_000);
