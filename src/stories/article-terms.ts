// What an article is about, as weighted terms: the content words it uses and the names it writes
// with a capital letter. Two reports of one event share names (the people, the place) and the
// event's own words ("quake", "epicentre"); two events of one kind share only the second.
import type { Article } from '../types.ts';
import { capitalisedNames, contentStems } from '../compare/words.ts';

const WEB_ADDRESS = /\b(?:https?:\/\/|www\.)\S+/gi;
const FIGURE = /\b\d+(?:[.,]\d+)?\b/g;

/** Term → count in the article. Names ("n:cheeks") and figures ("d:2008") are their own families, so their weights are fitted apart. */
export function articleTerms(article: Article): Map<string, number> {
  const counts = new Map<string, number>();
  // A web address names the outlet, not the event: two stories from one site are not one story.
  const text = `${article.title}\n${article.text}`.replace(WEB_ADDRESS, ' ');
  for (const stem of contentStems(text)) counts.set(`w:${stem}`, (counts.get(`w:${stem}`) ?? 0) + 1);
  for (const name of capitalisedNames(text)) counts.set(`n:${name}`, (counts.get(`n:${name}`) ?? 0) + 1);
  // Figures and years tell two events of one kind apart: "four climbers" in 2008, "two" in 2011.
  for (const figure of text.match(FIGURE) ?? []) counts.set(`d:${figure}`, (counts.get(`d:${figure}`) ?? 0) + 1);
  return counts;
}
