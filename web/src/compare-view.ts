// The "Compare" view: two sources side by side, sentence by sentence (compare-model.ts says what is
// aligned and how each sentence stands). On top, what only B says and what B leaves out of A; in the
// table, aligned sentences with the words that differ marked. Every status has a sign as well as a
// colour, for readers who cannot tell the colours apart. Article text is always text, never markup.
import { ALL_OTHERS, compareArticles, type CompareSentence, type CompareStatus } from './compare-model.ts';
import { h, replaceChildren, type Child } from './dom.ts';
import { diffSentence } from './evidence.ts';
import type { PanelActions } from './panel-actions.ts';
import { articleLabel, type StoryIndex } from './story-index.ts';
import { diffWords, type DiffPart } from './word-diff.ts';

const STATUS_SIGN: Record<CompareStatus, { sign: string; label: string }> = {
  corroborated: { sign: '✓', label: 'told by both' },
  contradicted: { sign: '✗', label: 'the other source says otherwise' },
  only: { sign: '●', label: 'only in this source' },
  none: { sign: '', label: 'no claim read from this sentence' },
};

export interface CompareChoice {
  a: string;
  b: string;
}

/** The first two sources, or the choice already made if both are still in the story. */
export function defaultChoice(index: StoryIndex, previous: CompareChoice | null): CompareChoice | null {
  const ids = index.story.articles.map((article) => article.id);
  if (previous && ids.includes(previous.a) && (ids.includes(previous.b) || (previous.b === ALL_OTHERS && ids.length >= 2))) return previous;
  return ids.length >= 2 ? { a: ids[0]!, b: ids[1]! } : null;
}

export function renderCompareView(container: HTMLElement, index: StoryIndex, actions: PanelActions, choice: CompareChoice | null, onChoice: (choice: CompareChoice) => void): void {
  if (!choice) {
    replaceChildren(container, h('p', { class: 'muted' }, 'Comparing needs two sources in the story.'));
    return;
  }
  const started = performance.now();
  const comparison = compareArticles(index, choice.a, choice.b);
  const againstAll = choice.b === ALL_OTHERS;
  const picker = (side: 'a' | 'b') => {
    const options = index.story.articles.map((article) => h('option', { value: article.id }, articleLabel(index, article.id)));
    // B may be every other source at once: what A says that nobody else does, and what A leaves out.
    if (side === 'b') options.push(h('option', { value: ALL_OTHERS }, 'All other sources'));
    const select = h('select', { 'aria-label': side === 'a' ? 'Source A' : 'Source B', id: `compare-${side}` }, ...options);
    select.value = choice[side];
    select.addEventListener('change', () => onChoice({ ...choice, [side]: select.value }));
    return select;
  };
  const swap = h('button', { type: 'button', id: 'compare-swap', 'aria-label': 'Swap A and B' }, '⇄ Swap');
  // "All other sources" cannot be A.
  if (againstAll) swap.setAttribute('disabled', '');
  swap.addEventListener('click', () => onChoice({ a: choice.b, b: choice.a }));
  const [labelA, labelB] = [articleLabel(index, choice.a), againstAll ? 'all other sources' : articleLabel(index, choice.b)];
  // Against all others, a cell says whose sentence it is and how many sources tell it.
  const sourceNote = (sentence: CompareSentence, side: 'left' | 'right'): Child[] => {
    if (!againstAll) return [];
    if (side === 'right') return [h('span', { class: 'cmp-source' }, articleLabel(index, sentence.article)), ' '];
    const tellers = new Set(sentence.counterparts.map((at) => at.article)).size;
    return sentence.status === 'corroborated' || sentence.status === 'contradicted' ? [' ', h('span', { class: 'cmp-count', 'data-sources': String(tellers) }, `${tellers} of ${comparison.sourcesInB}`)] : [];
  };
  // A sentence told by both sides (or contradicted) shows the words that differ from its partner.
  const cell = (sentence: CompareSentence | null, parts: DiffPart[] | null, side: 'left' | 'right'): HTMLElement => {
    if (!sentence) return h('td', { class: 'cmp-empty' });
    const look = STATUS_SIGN[sentence.status];
    const text: Child = parts && (sentence.status === 'corroborated' || sentence.status === 'contradicted') ? diffSentence(parts) : sentence.text;
    const note = sourceNote(sentence, side);
    const td = h('td', { class: `cmp cmp-${sentence.status}`, title: look.label, 'data-status': sentence.status }, h('span', { class: 'cmp-sign', 'aria-label': look.label }, look.sign), ' ', ...(side === 'right' ? note : []), text, ...(side === 'left' ? note : []));
    if (sentence.claims.length) {
      // Reachable by Tab and opened by Enter or Space, like the facts table's rows.
      td.classList.add('cmp-claims');
      td.tabIndex = 0;
      const open = () => actions.showClaim(sentence.claims[0]!);
      td.addEventListener('click', open);
      td.addEventListener('keydown', (event) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        open();
      });
    }
    return td;
  };
  const rows = comparison.rows.map((row) => {
    const diff = row.left && row.right ? diffWords(row.left.text, row.right.text) : null;
    return h('tr', {}, cell(row.left, diff?.left ?? null, 'left'), cell(row.right, diff?.right ?? null, 'right'));
  });
  const items = (sentences: CompareSentence[]) => h('ul', {}, ...sentences.map((s) => h('li', {}, s.text)));
  // Against all others, what only the others say comes under each source's name, in story order.
  const bySource = (sentences: CompareSentence[]): Child[] =>
    [...new Set(sentences.map((s) => s.article))].flatMap((article) => [
      h('h4', { class: 'cmp-source-heading' }, h('span', { class: 'cmp-source' }, articleLabel(index, article))),
      items(sentences.filter((s) => s.article === article)),
    ]);
  const list = (title: string, sentences: CompareSentence[], id: string) =>
    h('section', { class: 'cmp-list', id }, h('h3', {}, `${title} (${sentences.length})`), ...(sentences.length === 0 ? [h('p', { class: 'muted' }, 'nothing')] : againstAll && id === 'only-in-b' ? bySource(sentences) : [items(sentences)]));
  const [onlyTitle, leftOutTitle] = againstAll ? ['Only in other sources', 'Told by no other source'] : [`Only in B (${labelB})`, `Left out by B (${labelB})`];
  replaceChildren(
    container,
    h('div', { class: 'cmp-controls' }, h('label', {}, 'A ', picker('a')), swap, h('label', {}, 'B ', picker('b'))),
    h('div', { class: 'cmp-lists' }, list(onlyTitle, comparison.onlyInB, 'only-in-b'), list(leftOutTitle, comparison.leftOutByB, 'left-out-by-b')),
    h('p', { class: 'muted cmp-legend' }, ...(['corroborated', 'contradicted', 'only'] as const).flatMap((status) => [h('span', { class: `cmp-key cmp-${status}` }, `${STATUS_SIGN[status].sign} ${STATUS_SIGN[status].label}`), ' '])),
    h('table', { class: 'compare' }, h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, `A: ${labelA}`), h('th', { scope: 'col' }, `B: ${labelB}`))), h('tbody', {}, ...rows)),
  );
  container.dataset.renderMs = String(Math.round(performance.now() - started));
}
