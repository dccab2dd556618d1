// Cytoscape sizes text in graph units, so a label shrinks with the zoom. The hub names (nodes with
// the `prominent` class) are what a reader orients by when the whole story is in view, so their
// font grows as the view zooms out, to stay about the same size on screen, within limits.
import type { Core } from 'cytoscape';

/** On-screen size, in pixels, that hub names keep when zoomed out. */
const SCREEN_PX = 12;
/** Graph-unit bounds: never smaller than normal labels, never so big that hubs drown the picture. */
const MIN_FONT = 13;
const MAX_FONT = 40;

export function prominentFontSize(zoom: number): number {
  return Math.round(Math.min(MAX_FONT, Math.max(MIN_FONT, SCREEN_PX / zoom)));
}

export function keepHubLabelsReadable(cy: Core): void {
  let applied = 0;
  const apply = () => {
    const size = prominentFontSize(cy.zoom());
    if (size === applied) return;
    applied = size;
    cy.style().selector('node.prominent').style('font-size', size).update();
  };
  cy.on('zoom', apply);
  apply();
}
