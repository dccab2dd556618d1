// A worker thread of the story pool (src/story-pool.ts): loads the TypeScript through tsx, as
// bin/storygraph.js does, then computes the stories it is sent.
import { register } from 'tsx/esm/api';

register();
await import('../src/story-worker.ts');
