/**
 * Browser harness for the editor's end-to-end tests, benches and screenshots
 * ==========================================================================
 *
 * Builds `apps/editor/dist` when the sources are newer than the last build, serves it from a static
 * server on a free localhost port (the same as any static host would: relative paths, no dev server),
 * and launches Debian's Chromium through playwright-core. Nothing is downloaded.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';

const editorDir = fileURLToPath(new URL('..', import.meta.url));
const repoRoot = resolve(editorDir, '../..');
export const distDir = join(editorDir, 'dist');

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.endsWith('.test.ts') || entry.name.endsWith('.test.tsx'))
      continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Runs `vite build` unless dist/ is newer than every source it is built from. */
export function ensureBuilt(): void {
  const built = existsSync(join(distDir, 'index.html')) ? statSync(join(distDir, 'index.html')).mtimeMs : 0;
  const sources = Math.max(
    newestMtime(join(editorDir, 'src')),
    statSync(join(editorDir, 'index.html')).mtimeMs,
    statSync(join(editorDir, 'vite.config.ts')).mtimeMs,
    newestMtime(join(repoRoot, 'packages/core/src')),
  );
  if (built > sources) return;
  // NODE_ENV set by the caller (vitest sets "test") would make Vite build React's development
  // runtime: always build what users get.
  execFileSync('pnpm', ['--filter', '@chokepoint/editor', 'build'], {
    cwd: repoRoot,
    stdio: 'pipe',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.ico': 'image/x-icon',
};

/** A plain static file server over `dir`, on 127.0.0.1 and a port the system picks. */
export async function serveStatic(dir: string): Promise<{ url: string; close(): Promise<void> }> {
  const root = resolve(dir);
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

/** The built site served and a browser launched (`close()` stops both): what every e2e file, bench and the screenshots script start with. */
export async function startEditorSite(): Promise<{ browser: Browser; url: string; close(): Promise<void> }> {
  ensureBuilt();
  const server = await serveStatic(distDir);
  const browser = await launchBrowser();
  return {
    browser,
    url: server.url,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** Opens the editor in a fresh context (its own IndexedDB) and waits for the first score. */
export async function openEditor(
  browser: Browser,
  url: string,
  viewport = { width: 1440, height: 900 },
  deviceScaleFactor = 1,
): Promise<Page> {
  const context = await browser.newContext({ viewport, acceptDownloads: true, deviceScaleFactor });
  const page = await context.newPage();
  const errors: string[] = [];
  pageErrors.set(page, errors);
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  await page.getByTestId('resilience-score').waitFor({ timeout: 30_000 });
  return page;
}

const pageErrors = new WeakMap<Page, string[]>();

/** Uncaught errors the page has thrown so far: a test ends by checking there were none. */
export function errorsOf(page: Page): string[] {
  return pageErrors.get(page) ?? [];
}

export async function scoreOf(page: Page): Promise<number> {
  return Number(await page.getByTestId('resilience-score').textContent());
}

/** Waits until the score differs from `before` and the analysis is idle, then returns it. */
export async function nextScore(page: Page, before: number): Promise<number> {
  await page.waitForFunction(
    (b) => {
      const text = document.querySelector('[data-testid="resilience-score"]')?.textContent;
      const idle = !document
        .querySelector('[data-testid="analysis-state"]')
        ?.textContent?.includes('analysing');
      return text !== undefined && text !== null && Number(text) !== b && idle;
    },
    before,
    { timeout: 30_000 },
  );
  return scoreOf(page);
}

/** Waits until the analysis has caught up with the last change. */
export async function analysisIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const state = document.querySelector('[data-testid="analysis-state"]')?.textContent ?? '';
    return state.startsWith('analysed');
  });
}

/** Page coordinates of a node on the canvas. */
export async function nodePoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  const p = await page.evaluate((node) => window.chokepoint?.nodePosition(node) ?? null, id);
  if (!p) throw new Error(`node "${id}" is not on the canvas`);
  const box = await page.getByTestId('canvas').boundingBox();
  if (!box) throw new Error('no canvas');
  return { x: box.x + p.x, y: box.y + p.y };
}

/** How a node is drawn: its fill, its label (as reduced, and as drawn on screen), its ring colour. */
export async function nodeLook(page: Page, id: string) {
  return page.evaluate((node) => window.chokepoint?.nodeLook(node) ?? null, id);
}

/** How an edge is drawn: its colour and width. */
export async function edgeLook(page: Page, id: string) {
  return page.evaluate((edge) => window.chokepoint?.edgeLook(edge) ?? null, id);
}

/** Opens a model file through the page's own file input. */
export async function importModel(page: Page, name: string, json: unknown): Promise<void> {
  await page.getByTestId('import-file').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(typeof json === 'string' ? json : JSON.stringify(json)),
  });
}

declare global {
  interface Window {
    chokepoint?: {
      nodePosition(id: string): { x: number; y: number } | null;
      nodeLook(id: string): {
        color: string;
        label: string | null;
        drawnLabel: string | null;
        borderColor: string | null;
        hidden: boolean;
      } | null;
      edgeLook(id: string): { color: string; size: number; hidden: boolean } | null;
    };
  }
}
