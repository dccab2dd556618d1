// The side panel for one claim: the triple, its qualifiers, every source's sentence with the
// claim's words marked, and for a contradiction both sides next to each other with the
// differing words marked.
import type { ViewerClaim, ViewerSource } from '../../src/server/viewer-story.ts';
import type { ContradictionRecord } from '../../src/types.ts';
import { qualifierList, statusBadge, tripleLine } from './claim-text.ts';
import { h } from './dom.ts';
import { diffSentence, sentenceWithSpan } from './evidence.ts';
import type { PanelActions } from './panel-actions.ts';
import { articleLabel, type StoryIndex } from './story-index.ts';
import { diffWords } from './word-diff.ts';

export function claimPanel(index: StoryIndex, claim: ViewerClaim, actions: PanelActions): HTMLElement {
  const contradictions = index.contradictionsByClaim.get(claim.id) ?? [];
  return h(
    'article',
    { class: 'claim-panel', 'data-claim': claim.id },
    h('h2', {}, 'Claim ', statusBadge(claim.status)),
    tripleLine(index, claim, actions),
    qualifierList(index, claim.qualifiers),
    claim.alignment?.length ? h('p', { class: 'muted alignment' }, 'aligned by: ', claim.alignment.join('; ')) : null,
    h('h3', {}, `Evidence (${claim.sources.length} ${claim.sources.length === 1 ? 'source' : 'sources'})`),
    h('ol', { class: 'evidence' }, ...claim.sources.map((source) => evidenceItem(index, source))),
    contradictions.length ? h('h3', {}, 'Contradicted by') : null,
    ...contradictions.map((contradiction) => contradictionView(index, claim, contradiction, actions)),
  );
}

function evidenceItem(index: StoryIndex, source: ViewerSource): HTMLElement {
  return h(
    'li',
    { class: 'source', 'data-article': source.article },
    // The sentence number as the export, the CLI and contradiction explanations give it (from 0), so
    // "sentence 10" in an explanation and in this list is the same sentence.
    h('div', { class: 'source-name' }, articleLabel(index, source.article), h('span', { class: 'muted' }, ` · sentence ${source.sentence}`)),
    sentenceWithSpan(source),
    qualifierList(index, source.qualifiers),
  );
}

function contradictionView(index: StoryIndex, claim: ViewerClaim, contradiction: ContradictionRecord, actions: PanelActions): HTMLElement {
  const others = contradiction.claims.filter((id) => id !== claim.id).map((id) => index.claims.get(id)).filter((other) => other !== undefined);
  return h(
    'section',
    { class: 'contradiction', 'data-contradiction': contradiction.id },
    h('p', {}, h('span', { class: 'badge kind' }, contradiction.kind), ' ', contradiction.explanation),
    ...others.map((other) => sideBySide(index, claim, other, actions)),
  );
}

function sideBySide(index: StoryIndex, left: ViewerClaim, right: ViewerClaim, actions: PanelActions): HTMLElement {
  const leftSource = left.sources[0];
  const rightSource = right.sources[0];
  const diff = diffWords(leftSource?.text ?? '', rightSource?.text ?? '');
  const side = (claim: ViewerClaim, source: ViewerSource | undefined, parts: typeof diff.left) =>
    h(
      'div',
      { class: 'side', 'data-claim': claim.id },
      h('div', { class: 'source-name' }, source ? articleLabel(index, source.article) : '(no source)'),
      tripleLine(index, claim, actions),
      diffSentence(parts),
    );
  const openOther = h('button', { type: 'button', class: 'link' }, 'open the other claim');
  openOther.addEventListener('click', () => actions.showClaim(right.id));
  return h('div', { class: 'side-by-side-wrap' }, h('div', { class: 'side-by-side' }, side(left, leftSource, diff.left), side(right, rightSource, diff.right)), openOther);
}
