// The extract stage: one Article in, its sentences, mentions and triples out.
// wink-nlp tags tokens (fast), compromise classifies names and number words (cached), and the
// clause grammar in 5-clauses.ts/6-claims.ts is ours.
import type { Article, Extraction, Mention, Sentence, Triple } from '../types.ts';
import { chunkTokens } from './4-chunks.ts';
import { findDateline } from './dateline.ts';
import { claimsOfSentence } from './6-claims.ts';
import { kindOfPhrase } from './entity-kind.ts';
import { PRONOUNS } from '../lexicon/pronouns.ts';
import { personNameWords } from './person-name-words.ts';
import { PronounResolver } from './pronouns.ts';
import { tokenizeSentences } from './2-sentences.ts';
import { tagTokens } from './3-tags.ts';
import { readTitleCaseSentences } from './title-case.ts';
import { isPageStamp } from './page-stamp.ts';
import type { Token } from './1-tokens.ts';

export function extractTriples(article: Article): Extraction {
  const sentences: Sentence[] = [];
  const mentions: Mention[] = [];
  const triples: Triple[] = [];
  const pronouns = new PronounResolver();
  // Names of the article's people, gathered before any claim is read, so that a headline's bare
  // "Lund wins" already knows the Lund its body introduces as "Chancellor Hedda Lund".
  const knownPeople = new Set<string>();
  const parsed = readTitleCaseSentences(tokenizeSentences(article.text)).map((tokenized, index) => {
    const sentence: Sentence = { index, start: tokenized.start, end: tokenized.end, text: article.text.slice(tokenized.start, tokenized.end) };
    sentences.push(sentence);
    // "OSLO - The council voted …": the dateline is parsed apart from the clause it opens; its place
    // stays a mention of the article.
    const dateline = findDateline(tokenized.tokens, article.text);
    if (dateline) mentions.push(datelineMention(article, tokenized.tokens.slice(dateline.placeFirst, dateline.placeLast + 1), index));
    const tokens = dateline ? tokenized.tokens.slice(dateline.dash + 1) : tokenized.tokens;
    const tags = tagTokens(tokens);
    const chunks = chunkTokens(tokens, tags);
    for (const chunk of chunks) {
      if (chunk.type !== 'NP') continue;
      const words = tokens.slice(chunk.first, chunk.last + 1);
      if (words.length === 1 && PRONOUNS[words[0]!.lower]) continue;
      const start = words[0]!.start;
      const end = words[words.length - 1]!.end;
      const kind = kindOfPhrase(words);
      mentions.push({ text: article.text.slice(start, end), start, end, kind, sentence: index });
      if (kind === 'PERSON') for (const name of personNameWords(words)) knownPeople.add(name);
    }
    return { sentence, parse: { tokens, tags, chunks } };
  });
  for (const { sentence, parse } of parsed) {
    if (isPageStamp(parse.tokens)) continue;
    triples.push(...claimsOfSentence({ article, sentence, parse, pronouns, knownPeople }));
  }
  return { article, sentences, mentions, triples };
}

function datelineMention(article: Article, place: Token[], sentence: number): Mention {
  const start = place[0]!.start;
  const end = place[place.length - 1]!.end;
  return { text: article.text.slice(start, end), start, end, kind: 'PLACE', sentence };
}
