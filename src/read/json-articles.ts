// JSON and JSONL files: many articles per file, each element or line accepted or rejected on its own
// so one bad record does not cost the good ones beside it. A file holding more articles than one
// story needs is refused whole, before its records are built, so memory stays bounded by the limit.
import type { ArticleDraft } from './article-draft.ts';
import { jsonArrayExceeds } from './json-array-length.ts';
import { describeJsonError } from './json-error.ts';
import { articleOutlet, articlePublished, articleText, articleTitle, isJsonObject } from './json-fields.ts';
import { RejectedInput, type Rejection } from './rejection.ts';
import { firstLineTitle, tidyTitle } from './title.ts';

/** A story is tens or hundreds of articles; a file of a million is a data dump, not a story. */
export const MAX_ARTICLES_PER_FILE = 10_000;

const tooManyArticles = (): RejectedInput =>
  new RejectedInput(`holds over ${MAX_ARTICLES_PER_FILE.toLocaleString('en-US')} articles, the most one file may hold; split it`);

export interface DraftsAndRejections {
  drafts: ArticleDraft[];
  rejected: Rejection[];
  /** Read, but not as well as the format allows (a page with no article body found): one line each. */
  warnings?: Rejection[];
}

function draftFromRecord(record: unknown, path: string): ArticleDraft {
  if (!isJsonObject(record)) throw new RejectedInput('is not a JSON object with article fields');
  const text = articleText(record);
  const title = articleTitle(record);
  return {
    path,
    text,
    title: title === null ? firstLineTitle(text) : tidyTitle(title),
    outlet: articleOutlet(record),
    published: articlePublished(record),
  };
}

/** Collects a draft, or the record's rejection, under the record's own path. */
function collect(result: DraftsAndRejections, path: string, read: () => ArticleDraft): void {
  try {
    result.drafts.push(read());
  } catch (error) {
    if (!(error instanceof RejectedInput)) throw error;
    result.rejected.push({ path, reason: error.message });
  }
}

/** A `.json` file: one article object, or an array of them (each element pathed `file.json[i]`). */
export function readJsonArticles(source: string, filePath: string): DraftsAndRejections {
  if (jsonArrayExceeds(source, MAX_ARTICLES_PER_FILE)) throw tooManyArticles();
  let parsed: unknown;
  try {
    parsed = JSON.parse(source);
  } catch (error) {
    throw new RejectedInput(describeJsonError(error, source));
  }
  const result: DraftsAndRejections = { drafts: [], rejected: [] };
  if (!Array.isArray(parsed)) {
    if (!isJsonObject(parsed)) throw new RejectedInput('holds neither an article object nor an array of them');
    collect(result, filePath, () => draftFromRecord(parsed, filePath));
    return result;
  }
  if (parsed.length === 0) throw new RejectedInput('holds an empty array, no articles');
  parsed.forEach((record, index) => {
    const path = `${filePath}[${index}]`;
    collect(result, path, () => draftFromRecord(record, path));
  });
  return result;
}

/** A `.jsonl` file: one article object per line (each pathed `file.jsonl#line`); blank lines are skipped. */
export function readJsonlArticles(source: string, filePath: string): DraftsAndRejections {
  const result: DraftsAndRejections = { drafts: [], rejected: [] };
  let records = 0;
  for (const { line, number } of lines(source)) {
    if (line.trim() === '') continue;
    records++;
    if (records > MAX_ARTICLES_PER_FILE) throw tooManyArticles();
    const path = `${filePath}#${number}`;
    collect(result, path, () => {
      let record: unknown;
      try {
        record = JSON.parse(line);
      } catch (error) {
        throw new RejectedInput(describeJsonError(error, line, true));
      }
      return draftFromRecord(record, path);
    });
  }
  return result;
}

/** Lines one at a time, numbered from 1: split('\n') would build every line of a 20 MB file at once. */
function* lines(source: string): Generator<{ line: string; number: number }> {
  let start = 0;
  for (let number = 1; start <= source.length; number++) {
    const end = source.indexOf('\n', start);
    const stop = end === -1 ? source.length : end;
    yield { line: source.slice(start, stop), number };
    start = stop + 1;
  }
}
