// "Export PNG" and "Export Cytoscape JSON" of what is on screen now.
import type { Core } from 'cytoscape';
import { byId } from './dom.ts';
import { download } from './download.ts';

export function mountExportButtons(cy: Core): void {
  byId('export-png').addEventListener('click', () => {
    const png = cy.png({ output: 'blob', full: true, bg: '#ffffff', scale: 2 });
    download(png, 'storygraph.png');
  });
  byId('export-json').addEventListener('click', () => {
    // Hidden (filtered-out) elements stay in the JSON with their class, so the view can be restored.
    const json = JSON.stringify(cy.json(), null, 2);
    download(new Blob([json], { type: 'application/json' }), 'storygraph.cytoscape.json');
  });
}
