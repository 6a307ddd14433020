/**
 * The editor's pages, served by the workshop server
 * =================================================
 *
 * Participants and the facilitator open pages of the editor's own build (`apps/editor/dist`): the
 * editor bound to a team's document at `/join/<code>`, the dashboard at `/facilitator/<room>`. The
 * build uses relative paths (`./assets/…`), so a page at `/join/<code>` asks for
 * `/join/assets/…`: any path whose last directory is `assets` is served from the build's `assets/`.
 * Same origin for page, API and WebSocket: no CORS, and the page finds the server from its own
 * address.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where `pnpm --filter @chokepoint/editor build` writes the editor. */
export const EDITOR_DIST = join(dirname(fileURLToPath(import.meta.url)), '../../../editor/dist');

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

export interface Site {
  /** Answers with the editor's index.html; false when the editor is not built. */
  page(res: ServerResponse): boolean;
  /** Answers a request for one of the build's files; false when the path is not one. */
  asset(req: IncomingMessage, res: ServerResponse): boolean;
}

export function editorSite(dir: string = EDITOR_DIST): Site {
  const send = (res: ServerResponse, file: string) => {
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      // index.html names hashed assets: the page is never cached, the assets may be.
      'Cache-Control': extname(file) === '.html' ? 'no-store' : 'public, max-age=3600',
    });
    res.end(readFileSync(file));
  };
  return {
    page(res) {
      const file = join(dir, 'index.html');
      if (!existsSync(file)) return false;
      send(res, file);
      return true;
    },
    asset(req, res) {
      if ((req.method ?? 'GET') !== 'GET') return false;
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const m = /(?:^|\/)assets\/([^/]+)$/.exec(path);
      const name = m ? `assets/${m[1]}` : /^\/(favicon\.ico|[\w.-]+\.svg)$/.exec(path)?.[1];
      if (!name) return false;
      const file = normalize(join(dir, name));
      if (!file.startsWith(normalize(dir)) || !existsSync(file) || !statSync(file).isFile()) return false;
      send(res, file);
      return true;
    },
  };
}
