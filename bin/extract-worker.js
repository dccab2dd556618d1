// A worker thread of the extract stage (src/extract/parallel-extract.ts): loads the TypeScript
// through tsx, as bin/storygraph.js does, then extracts the batches of articles it is sent.
import { register } from 'tsx/esm/api';

register();
await import('../src/extract/extract-worker.ts');
