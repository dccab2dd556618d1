// The Cypher box: POST /api/query, show the rows as a table, and draw what the rows contain.
import type { Core } from 'cytoscape';
import { runQuery } from './api.ts';
import { byId, replaceChildren } from './dom.ts';
import { findQueryGraph } from './query-graph.ts';
import { resultTable } from './query-table.ts';

const EXAMPLE_QUERY = 'MATCH (n) RETURN n LIMIT 25';

export interface QueryBox {
  clear(): void;
}

export function mountQueryBox(cy: Core): QueryBox {
  const form = byId<HTMLFormElement>('query-form');
  const text = byId<HTMLTextAreaElement>('query-text');
  const status = byId('query-status');
  const results = byId('query-results');
  text.placeholder = EXAMPLE_QUERY;

  const clearDrawing = () => {
    cy.batch(() => {
      cy.remove('.query-extra');
      cy.elements().removeClass('query-hit faded');
    });
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const cypher = text.value.trim() || EXAMPLE_QUERY;
    status.textContent = 'running…';
    status.className = 'muted';
    try {
      const started = performance.now();
      const result = await runQuery(cypher);
      status.textContent = `${result.rows.length} ${result.rows.length === 1 ? 'row' : 'rows'} in ${Math.round(performance.now() - started)} ms`;
      replaceChildren(results, resultTable(result));
      clearDrawing();
      drawResult(cy, findQueryGraph(result.rows, cy));
    } catch (error) {
      status.textContent = error instanceof Error ? error.message : String(error);
      status.className = 'error';
      replaceChildren(results);
      // The graph must not keep showing the previous query's answer under this one's error.
      clearDrawing();
    }
  });
  text.addEventListener('keydown', (event) => {
    // Ctrl/Cmd+Enter runs, as in most query consoles; plain Enter makes a new line.
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) form.requestSubmit();
  });

  const clear = () => {
    clearDrawing();
    replaceChildren(results);
    status.textContent = '';
    text.value = '';
  };
  byId('query-clear').addEventListener('click', clear);
  return { clear };
}

function drawResult(cy: Core, found: ReturnType<typeof findQueryGraph>): void {
  if (found.known.size === 0 && found.extra.length === 0) return;
  let hits = cy.collection();
  cy.batch(() => {
    const box = cy.elements(':visible').boundingBox();
    const added = cy.add(found.extra);
    // New nodes (articles, sentences…) go in a column right of the graph, out of everyone's way.
    added.nodes().forEach((node, i) => {
      node.position({ x: box.x2 + 120, y: box.y1 + i * 50 });
    });
    hits = added;
    for (const id of found.known) hits = hits.union(cy.getElementById(id));
    // Claims bring their entities along, so the hit is never a dangling edge.
    hits = hits.union(hits.edges().connectedNodes());
    hits.removeClass('filtered-out');
    hits.addClass('query-hit');
    cy.elements().not(hits).addClass('faded');
  });
  cy.fit(hits, 60);
}
