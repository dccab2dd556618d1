// The "Articles" view: each source with how many of its claims others back up, how many only it
// makes and how many are contradicted, and how much of it reads like a rewrite of the others.
import type { ViewerArticle } from '../../src/server/viewer-story.ts';
import type { ClaimStatus } from '../../src/types.ts';
import { h, replaceChildren } from './dom.ts';
import type { PanelActions } from './panel-actions.ts';
import { articleLabel, type StoryIndex } from './story-index.ts';

export function renderArticlesView(container: HTMLElement, index: StoryIndex, actions: PanelActions, showArticle: (id: string) => void): void {
  const counts = statusCountsByArticle(index);
  const rows = index.story.articles.map((article) => {
    const count = counts.get(article.id) ?? { corroborated: 0, unique: 0, contradicted: 0 };
    const title = h('button', { type: 'button', class: 'link' }, article.title || article.id);
    title.addEventListener('click', () => showArticle(article.id));
    const only = h('button', { type: 'button' }, 'Show what only it says');
    only.addEventListener('click', () => actions.onlySource(article.id));
    return h(
      'tr',
      { 'data-article': article.id },
      h('td', {}, title, h('div', { class: 'muted' }, [article.outlet, article.published].filter(Boolean).join(' · ') || article.path)),
      h('td', { class: 'num' }, count.corroborated),
      h('td', { class: 'num' }, count.unique),
      h('td', { class: 'num' }, count.contradicted),
      h('td', {}, reuseList(index, article.id)),
      h('td', {}, only),
    );
  });
  replaceChildren(
    container,
    h('h2', {}, `${index.story.articles.length} sources`),
    h(
      'table',
      { class: 'articles' },
      h('thead', {}, h('tr', {}, ...['Source', 'Corroborated', 'Unique', 'Contradicted', 'Reuse against the others', ''].map((name) => h('th', { scope: 'col' }, name)))),
      h('tbody', {}, ...rows),
    ),
    index.story.offTopic.length ? h('p', { class: 'muted' }, `${index.story.offTopic.length} sentences belong to no story in their article.`) : null,
  );
}

/** The article's text, plain, in the side panel. */
export function articlePanel(index: StoryIndex, article: ViewerArticle): HTMLElement {
  return h(
    'article',
    { class: 'article-panel', 'data-article': article.id },
    h('h2', {}, article.title || article.id),
    h('p', { class: 'muted' }, [article.outlet, article.published, article.path].filter(Boolean).join(' · ')),
    h('p', { class: 'muted' }, `${article.sentences} sentences`),
    article.text === null ? h('p', { class: 'muted' }, 'The store has no text for this article.') : h('div', { class: 'article-text' }, article.text),
    reuseList(index, article.id),
  );
}

function reuseList(index: StoryIndex, articleId: string): HTMLElement {
  const pairs = index.story.reuse.filter((pair) => pair.articles.includes(articleId));
  if (pairs.length === 0) return h('span', { class: 'muted' }, '—');
  return h(
    'ul',
    { class: 'reuse' },
    ...pairs.map((pair) => {
      const other = pair.articles[0] === articleId ? pair.articles[1] : pair.articles[0];
      return h('li', {}, `vs ${articleLabel(index, other)}: `, h('strong', {}, pair.similarity.toFixed(2)), ` (${pair.kind})`);
    }),
  );
}

function statusCountsByArticle(index: StoryIndex): Map<string, Record<ClaimStatus, number>> {
  const counts = new Map<string, Record<ClaimStatus, number>>();
  for (const claim of index.story.claims) {
    for (const article of new Set(claim.sources.map((source) => source.article))) {
      const count = counts.get(article) ?? { corroborated: 0, unique: 0, contradicted: 0 };
      count[claim.status]++;
      counts.set(article, count);
    }
  }
  return counts;
}
