// Serves the built viewer (dist/web). Only files under the root, only GET and HEAD.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ServerResponse } from 'node:http';
import { HttpError } from './http-errors.ts';
import { lookupTable } from '../lookup-table.ts';

const CONTENT_TYPES = lookupTable<string>({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
});

export async function sendStaticFile(root: string, urlPath: string, response: ServerResponse, headOnly: boolean): Promise<void> {
  const file = await resolveFile(root, urlPath);
  const body = await readFile(file);
  const extension = path.extname(file).toLowerCase();
  response.statusCode = 200;
  response.setHeader('Content-Type', CONTENT_TYPES[extension] ?? 'application/octet-stream');
  response.setHeader('Content-Length', body.length);
  // Vite puts a content hash in every asset name, so assets may be cached; the page may not.
  response.setHeader('Cache-Control', urlPath.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
  response.end(headOnly ? undefined : body);
}

async function resolveFile(root: string, urlPath: string): Promise<string> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    throw new HttpError(400, 'malformed path');
  }
  if (decoded.includes('\0')) throw new HttpError(400, 'malformed path');
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const file = path.resolve(root, relative);
  // path.resolve folds "..": anything that lands outside the root is simply not found.
  if (file !== root && !file.startsWith(root + path.sep)) throw notFound(urlPath);
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) throw notFound(urlPath);
  return file;
}

function notFound(urlPath: string): HttpError {
  return new HttpError(404, `nothing at ${urlPath}`);
}
