// A small story written for the viewer tests: three articles (two outlets that mostly agree, and
// one hostile page whose text carries markup), every status, one numeric contradiction, an
// entity with no claims. Offsets are computed from the text, so spans are exact by construction.
import type { Article, ClaimRecord, ClaimStatus, EntityRecord, ExportQualifiers, SourceRecord, StoryExport } from '../../src/types.ts';

export const SCRIPT_TEXT = '<script>window.__pwned=1</script>';
export const IMG_TEXT = '<img src=x onerror="window.__pwned=2">';

const articleSentences: Record<string, { outlet: string; title: string; sentences: string[] }> = {
  a1wire: {
    outlet: 'Wire Service',
    title: 'Leaders plan a spring visit',
    sentences: [
      'The president said he would travel to Beijing in April after a call with Xi.',
      'Tariffs on Chinese goods remain at just under 50%.',
      'The call lasted about an hour, the White House said.',
    ],
  },
  b2paper: {
    outlet: 'Daily Paper',
    title: 'President confirms Beijing trip',
    sentences: [
      'The president confirmed he will travel to Beijing in April.',
      'Tariffs on Chinese goods remain at 55%.',
      'Xi invited the president for a state visit next year.',
    ],
  },
  c3blog: {
    outlet: 'Hostile Blog',
    title: 'Comments on the trip',
    sentences: [`A reader wrote ${SCRIPT_TEXT} under the story.`, `Another reader posted ${IMG_TEXT} as a comment.`],
  },
};

export const fixtureArticles: Article[] = Object.entries(articleSentences).map(([id, article]) => ({
  id,
  title: article.title,
  outlet: article.outlet,
  published: '2025-11-24',
  path: `fixture/${id}.txt`,
  text: article.sentences.join(' '),
}));

const entity = (id: string, name: string, kind: EntityRecord['kind'], aliases: string[] = []): EntityRecord => ({ id, name, kind, aliases });

const entities: EntityRecord[] = [
  entity('e:donald-trump', 'Donald Trump', 'PERSON', ['Trump', 'President Donald Trump', 'the president']),
  entity('e:xi-jinping', 'Xi Jinping', 'PERSON', ['Xi', 'Chinese President Xi Jinping']),
  entity('e:beijing', 'Beijing', 'PLACE', ["China's capital"]),
  entity('e:tariffs', 'tariffs on Chinese goods', 'THING', ['tariff']),
  entity('e:just-under-50', 'just under 50%', 'VALUE'),
  entity('e:55-percent', '55%', 'VALUE'),
  entity('e:call', 'phone call', 'THING', ['the call']),
  entity('e:hour', 'about an hour', 'VALUE'),
  entity('e:white-house', 'White House', 'ORG'),
  entity('e:state-visit', 'state visit', 'THING'),
  entity('e:reader', 'reader', 'PERSON', ['another reader']),
  entity('e:script-comment', SCRIPT_TEXT, 'THING'),
  entity('e:img-comment', IMG_TEXT, 'THING'),
  entity('e:busan', 'Busan', 'PLACE'),
];

/** A source pointing at `phrase` inside sentence `sentence` of `article`. */
function source(article: string, sentence: number, phrase: string): SourceRecord {
  const { sentences } = articleSentences[article];
  const sentenceStart = sentences.slice(0, sentence).reduce((offset, text) => offset + text.length + 1, 0);
  const at = sentences[sentence].indexOf(phrase);
  if (at === -1) throw new Error(`fixture: "${phrase}" is not in ${article} sentence ${sentence}`);
  return { article, sentence, start: sentenceStart + at, end: sentenceStart + at + phrase.length, text: sentences[sentence] };
}

const qualifiers = (extra: Partial<ExportQualifiers> = {}): ExportQualifiers => ({ negated: false, modality: 'asserted', ...extra });

function claim(id: string, subject: string, predicate: string, object: string | null, status: ClaimStatus, sources: SourceRecord[], extra: Partial<ExportQualifiers> = {}): ClaimRecord {
  return { id, subject, predicate, object, qualifiers: qualifiers(extra), status, sources };
}

const claims: ClaimRecord[] = [
  claim('c:visit', 'e:donald-trump', 'visit', 'e:beijing', 'corroborated', [source('a1wire', 0, 'travel to Beijing in April'), source('b2paper', 0, 'travel to Beijing in April')], { time: 'April', modality: 'planned' }),
  claim('c:tariffs-50', 'e:tariffs', 'stand at', 'e:just-under-50', 'contradicted', [source('a1wire', 1, 'remain at just under 50%')], {
    quantity: { text: 'just under 50%', value: 50, low: 45, high: 50, unit: '%', hedge: 'just under' },
  }),
  claim('c:tariffs-55', 'e:tariffs', 'stand at', 'e:55-percent', 'contradicted', [source('b2paper', 1, 'remain at 55%')], {
    quantity: { text: '55%', value: 55, low: 55, high: 55, unit: '%', hedge: null },
  }),
  claim('c:call-hour', 'e:call', 'last', 'e:hour', 'unique', [source('a1wire', 2, 'The call lasted about an hour')], { attributedTo: 'e:white-house', modality: 'reported' }),
  claim('c:invite', 'e:xi-jinping', 'invite', 'e:donald-trump', 'unique', [source('b2paper', 2, 'Xi invited the president for a state visit')], { time: 'next year' }),
  claim('c:call-with', 'e:donald-trump', 'call', 'e:xi-jinping', 'unique', [source('a1wire', 0, 'a call with Xi')]),
  claim('c:reader-wrote', 'e:reader', 'write', 'e:script-comment', 'unique', [source('c3blog', 0, `wrote ${SCRIPT_TEXT}`)]),
  claim('c:reader-posted', 'e:reader', 'post', 'e:img-comment', 'unique', [source('c3blog', 1, `posted ${IMG_TEXT}`)]),
];

export const fixtureStory: StoryExport = {
  stories: [{ id: 's:fixture', label: 'Fixture story', articles: fixtureArticles.map((a) => a.id).sort() }],
  articles: fixtureArticles.map((article) => ({
    story: 's:fixture',
    id: article.id,
    path: article.path,
    title: article.title,
    outlet: article.outlet,
    published: article.published,
    sentences: articleSentences[article.id].sentences.length,
  })),
  entities,
  claims,
  facts: [],
  contradictions: [
    {
      id: 'x:tariff-level',
      kind: 'numeric',
      claims: ['c:tariffs-50', 'c:tariffs-55'],
      explanation: 'Wire Service puts the tariffs just under 50%, Daily Paper at 55%; the ranges do not overlap.',
    },
  ],
  reuse: [
    { articles: ['a1wire', 'b2paper'], similarity: 0.62, kind: 'rewrite' },
    { articles: ['a1wire', 'c3blog'], similarity: 0.04, kind: 'independent' },
  ],
  offTopic: [],
};
