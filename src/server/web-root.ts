// Where the built viewer lives, and a check that it was built.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from '../user-error.ts';

export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../dist/web', import.meta.url));

export function assertViewerBuilt(webRoot: string = DEFAULT_WEB_ROOT): void {
  if (!existsSync(path.join(webRoot, 'index.html'))) {
    throw new UserError(`the viewer is not built (no ${path.relative(process.cwd(), webRoot) || webRoot}/index.html): run \`npm run build:web\` first`);
  }
}
