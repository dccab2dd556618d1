// What GET /api/story sends: the JSON export, plus the two things the viewer cannot work out
// alone. Each source gets `sentenceStart`, the offset of its sentence in the article text, so the
// claim's [start, end) span can be highlighted inside the sentence; each article gets its text so
// the articles view can show it. Types only flow to the browser; the builder runs on the server.
import type { Article, ArticleRecord, ClaimRecord, SourceRecord, StoryExport } from '../types.ts';

export interface ViewerSource extends SourceRecord {
  /** Offset of `text` in the article, or null when the sentence could not be located. */
  sentenceStart: number | null;
}

export interface ViewerClaim extends Omit<ClaimRecord, 'sources'> {
  sources: ViewerSource[];
}

export interface ViewerArticle extends ArticleRecord {
  text: string | null;
}

export interface ViewerStory extends Omit<StoryExport, 'claims' | 'articles'> {
  articles: ViewerArticle[];
  claims: ViewerClaim[];
}

export function buildViewerStory(story: StoryExport, articles: Article[]): ViewerStory {
  const texts = new Map(articles.map((article) => [article.id, article.text]));
  return {
    ...story,
    articles: story.articles.map((record) => ({ ...record, text: texts.get(record.id) ?? null })),
    claims: story.claims.map((claim) => ({
      ...claim,
      sources: claim.sources.map((source) => ({
        ...source,
        sentenceStart: locateSentence(texts.get(source.article), source),
      })),
    })),
  };
}

/** The occurrence of the sentence that contains the claim span (a sentence may repeat in an article). */
export function locateSentence(articleText: string | undefined, source: SourceRecord): number | null {
  if (!articleText || !source.text) return null;
  let first: number | null = null;
  for (let at = articleText.indexOf(source.text); at !== -1; at = articleText.indexOf(source.text, at + 1)) {
    first ??= at;
    if (at <= source.start && source.end <= at + source.text.length) return at;
  }
  return first;
}
