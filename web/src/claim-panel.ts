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
    factView(index, claim, actions),
  );
}

/**
 * The other claims of this claim's fact: the same event told in other words or with other values,
 * each with its source, and why it was taken as the same fact (the alignment's score and reasons).
 */
function factView(index: StoryIndex, claim: ViewerClaim, actions: PanelActions): HTMLElement | null {
  const fact = index.factByClaim.get(claim.id);
  const others = (fact?.claims ?? []).filter((id) => id !== claim.id).map((id) => index.claims.get(id)).filter((other) => other !== undefined);
  if (!fact || others.length === 0) return null;
  const why = (other: ViewerClaim) => {
    const direct = fact.alignment.find((a) => a.claims.includes(claim.id) && a.claims.includes(other.id));
    const reasons = direct ? direct.reasons : fact.alignment.filter((a) => a.claims.includes(other.id)).flatMap((a) => a.reasons);
    const score = direct ? ` (score ${direct.score.toFixed(2)})` : '';
    return h('p', { class: 'muted why' }, `taken as the same fact${score}: `, [...new Set(reasons)].join('; ') || 'through other claims of the fact');
  };
  return h(
    'section',
    { class: 'fact', 'data-fact': fact.id },
    h('h3', {}, `The same fact in other words (${others.length} more ${others.length === 1 ? 'claim' : 'claims'}) `, statusBadge(fact.status)),
    ...others.map((other) =>
      h(
        'div',
        { class: 'fact-claim', 'data-claim': other.id },
        tripleLine(index, other, actions),
        ...other.sources.slice(0, 3).map((source) => h('div', { class: 'source' }, h('div', { class: 'source-name' }, articleLabel(index, source.article)), sentenceWithSpan(source))),
        why(other),
      )),
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
