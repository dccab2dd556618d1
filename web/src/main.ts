// Viewer entry point: load the story list and one story, draw it, and connect the controls to the graph.
import cytoscape, { type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { fetchStories, fetchStory } from './api.ts';
import { chosenStory, mountStoryPicker } from './story-picker.ts';
import { articlePanel, renderArticlesView } from './articles-view.ts';
import { defaultChoice, renderCompareView, type CompareChoice } from './compare-view.ts';
import { renderFactsView } from './facts-view.ts';
import { firstView, rememberView, type ViewName } from './first-view.ts';
import { claimPanel } from './claim-panel.ts';
import { byId, h, replaceChildren } from './dom.ts';
import { storyElements } from './elements.ts';
import { keepHubLabelsReadable } from './readable-labels.ts';
import { hideOverlappingLabels, keepLabelsApart } from './label-collisions.ts';
import { entityPanel } from './entity-panel.ts';
import { mountEntitySearch } from './entity-search.ts';
import { mountExportButtons } from './export-view.ts';
import { mountFilterControls } from './filter-controls.ts';
import { applyFilters, initialFilters } from './filters.ts';
import { runLayout } from './layout.ts';
import { mountLegend } from './legend.ts';
import type { PanelActions } from './panel-actions.ts';
import { mountQueryBox } from './query-box.ts';
import { indexStory, type StoryIndex } from './story-index.ts';
import { stylesheet } from './stylesheet.ts';
import './styles.css';

/** Figures the tests and the benchmark read from the page. */
export interface ViewerStats {
  elements: number;
  layoutMs: number;
  lastFilterMs: number;
  ready: boolean;
}

declare global {
  interface Window {
    __cy?: Core;
    __storygraph?: ViewerStats;
  }
}

cytoscape.use(fcose);

async function start(): Promise<void> {
  // Without a story list (a store that cannot run Cypher, such as the benchmark's snapshot) the
  // viewer still shows everything it holds.
  const stories = await fetchStories().catch(() => []);
  const current = chosenStory(stories, window.location.search);
  mountStoryPicker(stories, current);
  const index = indexStory(await fetchStory(current));
  const elements = storyElements(index);
  const big = elements.length > 2000;
  const cy = cytoscape({
    container: byId('cy'),
    elements,
    style: stylesheet,
    minZoom: 0.05,
    maxZoom: 4,
    // While panning a big graph, draw a cached picture instead of every edge.
    textureOnViewport: big,
    hideEdgesOnViewport: big,
  });
  const stats: ViewerStats = { elements: elements.length, layoutMs: 0, lastFilterMs: 0, ready: false };
  window.__cy = cy;
  window.__storygraph = stats;
  keepHubLabelsReadable(cy);
  const separateLabels = keepLabelsApart(cy);

  const state = initialFilters();
  const panel = byId('panel');
  const articlesView = byId('articles-view');
  const compareView = byId('compare-view');
  const factsView = byId('facts-view');
  let compareChoice: CompareChoice | null = null;

  const refresh = () => {
    const started = performance.now();
    const visible = applyFilters(cy, state);
    separateLabels();
    stats.lastFilterMs = performance.now() - started;
    byId('counts').textContent = `${visible.nodes} entities and ${visible.edges} claims shown` + (state.focus ? ' (focused)' : '');
  };

  const actions: PanelActions = {
    showClaim(id) {
      const claim = index.claims.get(id);
      if (!claim) return;
      cy.elements().unselect();
      cy.getElementById(id).select();
      replaceChildren(panel, claimPanel(index, claim, actions));
    },
    showEntity(id) {
      cy.elements().unselect();
      cy.getElementById(id).select();
      replaceChildren(panel, entityPanel(index, id, actions));
    },
    focusEntity(id) {
      state.focus = id;
      showView('graph');
      refresh();
      cy.fit(cy.elements(':visible'), 40);
    },
    onlySource(articleId) {
      state.source = articleId;
      state.sourceMode = 'only';
      controls.sync();
      showView('graph');
      refresh();
    },
  };

  const controls = mountFilterControls(index, state, refresh);
  const queryBox = mountQueryBox(cy);
  mountLegend();
  mountExportButtons(cy);
  mountEntitySearch(
    index,
    (id) => {
      showView('graph');
      const node = cy.getElementById(id);
      node.removeClass('filtered-out');
      cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1.2) }, { duration: 200 });
      actions.showEntity(id);
    },
    (query) => replaceChildren(panel, h('p', { class: 'error' }, 'No entity is called ', h('q', {}, query), '.')),
  );

  cy.on('tap', 'edge.claim', (event) => actions.showClaim(event.target.id()));
  cy.on('tap', 'node.entity', (event) => actions.showEntity(event.target.id()));
  cy.on('dbltap', 'node.entity', (event) => actions.focusEntity(event.target.id()));

  byId('reset').addEventListener('click', () => {
    Object.assign(state, initialFilters());
    controls.sync();
    queryBox.clear();
    (byId('search') as HTMLInputElement).value = '';
    cy.elements().unselect();
    refresh();
    cy.fit(undefined, 30);
    replaceChildren(panel, h('p', { class: 'muted' }, 'Click a claim (edge) or an entity (node) to see the evidence.'));
  });

  const showView = (view: ViewName) => {
    rememberView(view);
    articlesView.hidden = view !== 'articles';
    compareView.hidden = view !== 'compare';
    factsView.hidden = view !== 'facts';
    byId('show-facts').classList.toggle('active', view === 'facts');
    byId('cy').hidden = view !== 'graph';
    byId('show-graph').classList.toggle('active', view === 'graph');
    byId('show-articles').classList.toggle('active', view === 'articles');
    byId('show-compare').classList.toggle('active', view === 'compare');
    if (view === 'graph') cy.resize();
  };
  const renderCompare = () => {
    compareChoice = defaultChoice(index, compareChoice);
    renderCompareView(compareView, index, actions, compareChoice, (choice) => {
      compareChoice = choice;
      renderCompare();
    });
  };
  byId('show-facts').addEventListener('click', () => {
    renderFactsView(factsView, index, actions);
    showView('facts');
  });
  byId('show-compare').addEventListener('click', () => {
    renderCompare();
    showView('compare');
  });
  byId('show-graph').addEventListener('click', () => showView('graph'));
  byId('show-articles').addEventListener('click', () => {
    renderArticlesView(articlesView, index, actions, (id) => showArticle(index, id, panel));
    showView('articles');
  });

  refresh();
  // The graph is laid out while it is on screen (a hidden container has no size), then the story
  // opens on its first view.
  stats.layoutMs = await runLayout(cy);
  hideOverlappingLabels(cy);
  const opening = firstView(window.location.search, index.story.articles.length);
  if (opening !== 'graph') byId(`show-${opening}`).click();
  stats.ready = true;
  document.body.dataset.ready = 'true';
}

function showArticle(index: StoryIndex, id: string, panel: HTMLElement): void {
  const article = index.articles.get(id);
  if (article) replaceChildren(panel, articlePanel(index, article));
}

start().catch((error: unknown) => {
  document.body.dataset.ready = 'error';
  replaceChildren(byId('panel'), h('p', { class: 'error' }, 'Could not load the story: ', error instanceof Error ? error.message : String(error)));
});
