// Runs the force-directed layout and reports how long it took (the benchmark reads this). The
// layout starts from random positions; they are drawn from a generator seeded by the story's
// entity ids, so the same story is the same picture on every load (and in every screenshot).
import type { Core, LayoutOptions } from 'cytoscape';

/** FNV-1a over the sorted node ids: the story decides the seed, not the moment. */
function storySeed(cy: Core): number {
  let hash = 0x811c9dc5;
  for (const id of cy.nodes().map((node) => node.id()).sort()) {
    for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  }
  return hash >>> 0 || 1;
}

/** xorshift32: small, fast, and enough for starting positions. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

export function runLayout(cy: Core): Promise<number> {
  const elements = cy.elements().length;
  const options = {
    name: 'fcose',
    // Past a few thousand elements "draft" is several times faster and still readable.
    quality: elements > 2500 ? 'draft' : 'default',
    randomize: true,
    animate: false,
    fit: true,
    padding: 30,
    nodeRepulsion: 9000,
    idealEdgeLength: 110,
    edgeElasticity: 0.45,
    packComponents: true,
    nodeDimensionsIncludeLabels: false,
  } as LayoutOptions;
  const started = performance.now();
  return new Promise((resolve) => {
    const layout = cy.layout(options);
    // fcose draws its starting positions from Math.random while it runs (synchronously, with no
    // animation); the story's own generator stands in for it just that long.
    const random = Math.random;
    Math.random = seededRandom(storySeed(cy));
    layout.one('layoutstop', () => {
      Math.random = random;
      resolve(performance.now() - started);
    });
    try {
      layout.run();
    } finally {
      Math.random = random;
    }
  });
}
