// Builds the viewer with Vite's API into a directory of the test's choosing, so tests never
// depend on (or overwrite) a developer's dist/web.
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const CONFIG = fileURLToPath(new URL('../../web/vite.config.ts', import.meta.url));

export async function buildViewer(outDir: string): Promise<void> {
  await build({ configFile: CONFIG, logLevel: 'error', build: { outDir, emptyOutDir: true } });
}
