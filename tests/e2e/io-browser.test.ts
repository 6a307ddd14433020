/**
 * Core's interchange in a real browser
 * ====================================
 *
 * core must run in browsers: this bundles its readers and writers with esbuild (platform: browser,
 * so any Node-only import fails the build) and runs GEXF, GraphML, graphology JSON and CSV round
 * trips in Chromium, with the browser's own DOMParser instead of xmldom.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { launchBrowser } from '../../apps/editor/scripts/browser-harness.ts';
import { fullModel } from '../../packages/core/test/full-model.ts';

async function bundle(): Promise<string> {
  const entry = `
    import { readModel, writeModel, readCsvPair, writeCsvPair, MODEL_FORMATS } from '@chokepoint/core';
    window.roundTrip = (model) => {
      const out = {};
      for (const f of MODEL_FORMATS) {
        const r = readModel(writeModel(model, f));
        out[f] = r.ok ? { format: r.format, model: r.model } : { issues: r.issues };
      }
      const csv = readCsvPair(writeCsvPair(model));
      out.csv = csv.ok ? { model: csv.model } : { issues: csv.issues };
      const bad = readModel('<gexf><graph><nodes></graph></gexf>');
      out.malformed = bad.issues.map((i) => i.message);
      return out;
    };`;
  const result = await build({
    stdin: { contents: entry, resolveDir: fileURLToPath(new URL('.', import.meta.url)), loader: 'js' },
    bundle: true,
    platform: 'browser',
    format: 'iife',
    // The LP solver (highs, WebAssembly) is loaded by a dynamic import only for models with recipes;
    // its loader carries Node-guarded imports of its own, and the editor's e2e tests load it in a real
    // browser worker. Everything of core itself must still bundle for the browser.
    external: ['highs'],
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

describe('core interchange in Chromium', () => {
  it('round-trips every format with the native DOMParser', async () => {
    const code = await bundle();
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.setContent('<!doctype html><title>io</title>');
      await page.addScriptTag({ content: code });
      const out = await page.evaluate(
        (m) => (window as unknown as { roundTrip: (m: unknown) => unknown }).roundTrip(m),
        fullModel(),
      );
      const results = out as Record<string, { format?: string; model?: unknown; issues?: unknown }> & {
        malformed: string[];
      };
      for (const f of ['chokepoint', 'graphology', 'gexf', 'graphml', 'csv']) {
        expect(results[f]?.issues, f).toBeUndefined();
        expect(results[f]?.model, f).toEqual(fullModel());
      }
      expect(results.gexf?.format).toBe('gexf');
      expect(results.malformed[0]).toMatch(/^not well-formed GEXF \(XML\): /);
    } finally {
      await browser.close();
    }
  });
});
