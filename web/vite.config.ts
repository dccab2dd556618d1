// Builds the viewer into dist/web, which `storygraph serve` serves. No inline scripts in the
// output: the server's Content-Security-Policy forbids them.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const webDir = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: webDir,
  base: '/',
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    // Cytoscape alone is ~450 KB; the warning would only be noise.
    chunkSizeWarningLimit: 2000,
    modulePreload: { polyfill: false },
  },
});
