/**
 * `chokepoint analyze` on a model with recipes: the readable, Markdown and CSV reports show each
 * recipe node's output by recipe and its binding input. The figures are docs/recipes.md's magnet
 * chain (examples/magnet-chain.json): 0.5 t Dy makes 25 t of magnet, 12.5 t by each recipe, Dy binding.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

// Compact JSON, so the bad-recipe test below can edit it as text.
const chain = JSON.stringify(
  JSON.parse(readFileSync(new URL('../../../examples/magnet-chain.json', import.meta.url), 'utf8')),
);

describe('chokepoint analyze with recipes', () => {
  it('text, Markdown and CSV show output by recipe and the binding input', () => {
    const text = runCli(['analyze', '-', '--worst-case', 'none'], { input: chain });
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain('Supply      25 delivered of 200 demanded (12.5%)');
    expect(text.stdout).toMatch(/\n {2}plant +magnets +25 +recipe 13, gbd 13 +Dy\n/);
    const md = runCli(['analyze', '-', '--worst-case', 'none', '--markdown'], { input: chain });
    expect(md.stdout).toContain('| plant | magnets | 25 | recipe 13, gbd 13 | Dy |');
    const csv = runCli(['analyze', '-', '--worst-case', 'none', '--csv', 'nodes'], { input: chain });
    const rows = Papa.parse<Record<string, string>>(csv.stdout.trim(), { header: true }).data;
    const plant = rows.find((r) => r.id === 'plant')!;
    expect(plant.recipeOutput).toBe('recipe=12.5;gbd=12.5');
    expect(plant.bindingInput).toBe('Dy');
    expect(rows.find((r) => r.id === 'ndpr')!.recipeOutput).toBe('');
  });

  it('a stage that sends several commodities gets its concentration per commodity, in its unit', () => {
    // Separation sends NdPr (AU, 100 t NdPr oxide) and Dy (CN, 0.5 t Dy): each one country's alone.
    // The example lists its commodities with their units.
    const withUnits = chain;
    const text = runCli(['analyze', '-', '--worst-case', 'none'], { input: withUnits });
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain('Concentration by stage and commodity');
    expect(text.stdout).toMatch(/\n {2}separation +Dy +0\.5 t Dy +10,000 +China \(CN\) +100\.0% +yes\n/);
    expect(text.stdout).toMatch(
      /\n {2}separation +NdPr +100 t NdPr oxide +10,000 +Australia \(AU\) +100\.0% +yes\n/,
    );
    const md = runCli(['analyze', '-', '--worst-case', 'none', '--markdown'], { input: withUnits });
    expect(md.stdout).toContain('### Concentration by stage and commodity');
    expect(md.stdout).toContain('| separation | Dy | 0.5 t Dy |');
    const csv = runCli(['analyze', '-', '--worst-case', 'none', '--csv', 'stages'], { input: withUnits });
    const rows = Papa.parse<Record<string, string>>(csv.stdout.trim(), { header: true }).data;
    expect(rows.map((r) => [r.stage, r.commodity, r.unit, r.total, r.topCountry])).toEqual([
      ['separation', '', 't', '100.5', 'AU'],
      ['magnets', '', 't', '0', ''],
      ['end-use', '', 't', '0', ''],
      ['separation', 'Dy', 't Dy', '0.5', 'CN'],
      ['separation', 'NdPr', 't NdPr oxide', '100', 'AU'],
    ]);
    const json = JSON.parse(
      runCli(['analyze', '-', '--worst-case', 'none', '--json'], { input: withUnits }).stdout,
    );
    expect(
      json.commodityConcentration.map((c: { commodity: string; hhi: number }) => [c.commodity, c.hhi]),
    ).toEqual([
      ['Dy', 10000],
      ['NdPr', 10000],
    ]);
  });

  it('a bad recipe is reported with file, JSON path and node, not a stack trace', () => {
    const bad = chain.replace('"ratio":0.03', '"ratio":0').replace('"maxShare":0.5', '"maxShare":2');
    const r = runCli(['analyze', '-'], { input: bad });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('$.nodes[2].recipe[1].ratio (node "plant"): ratio must be > 0');
    expect(r.stderr).toContain(
      '$.nodes[2].alternatives[0].maxShare (node "plant"): maxShare must be between 0 and 1',
    );
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
