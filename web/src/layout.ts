// Runs the force-directed layout and reports how long it took (the benchmark reads this).
import type { Core, LayoutOptions } from 'cytoscape';

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
    layout.one('layoutstop', () => resolve(performance.now() - started));
    layout.run();
  });
}
