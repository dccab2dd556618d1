// Which gold entity each predicted entity stands for, for training the merge model: the gold
// chain most of its matched mentions belong to.
import { sentenceKey } from './corpus.ts';
import type { CorpusPrediction } from './evaluate-corpus.ts';
import { isEntityType } from './entity-types.ts';
import { lastWordSpan, matchMentions } from './match-mentions.ts';

/** Each scoped entity id's gold chain: the most frequent gold key among its matched mentions (ties: the smaller key). */
export function goldOfEntities(prediction: CorpusPrediction): Map<string, string> {
  const votes = new Map<string, Map<string, number>>();
  for (const { document, text, group, predicted } of prediction.predictions) {
    const gold = document.mentions.filter((m) => isEntityType(m.type) && prediction.selected.has(sentenceKey(document.doc, m.sentence)) && text.slice(m.start, m.end) === m.text);
    const matched = matchMentions(text, gold.map((m) => ({ start: m.start, end: m.end, head: lastWordSpan(text, m) })), predicted);
    gold.forEach((m, i) => {
      if (matched[i] === undefined) return;
      const entity = predicted[matched[i]!]!.entity;
      const key = m.chain ? `${group}/${m.chain}` : `${document.doc}#${m.m_id}`;
      const tally = votes.get(entity) ?? new Map<string, number>();
      tally.set(key, (tally.get(key) ?? 0) + 1);
      votes.set(entity, tally);
    });
  }
  return new Map([...votes].map(([entity, tally]) => [entity, [...tally].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0]]));
}

