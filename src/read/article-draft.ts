// What a format reader produces: an article before it gets its content-hash id.

export interface ArticleDraft {
  /** The file path; `file.jsonl#3` for a JSONL line, `file.json[2]` for an element of a JSON array. */
  path: string;
  /** Already normalised (normaliseText) and known not to be blank. */
  text: string;
  title: string;
  outlet: string | null;
  published: string | null;
}
