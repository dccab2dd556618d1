// Text meant to be taken in at a glance (an article's title in a list, a name on a graph node) is
// one line and bounded in length. Shared by the read stage and the viewer, so it imports nothing.

/** Collapses whitespace and cuts text longer than `maxChars` at a word boundary, marking the cut with an ellipsis. */
export function shortenAtWord(raw: string, maxChars: number): string {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (text.length <= maxChars) return text;
  let cut = text.slice(0, maxChars - 1);
  // Never leave half of a surrogate pair (an emoji, a rare CJK character) before the ellipsis.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const lastSpace = cut.lastIndexOf(' ');
  // One enormous word is cut mid-word rather than reduced to nothing.
  const atWord = lastSpace > maxChars / 2 ? cut.slice(0, lastSpace) : cut;
  return `${atWord.trimEnd()}…`;
}
