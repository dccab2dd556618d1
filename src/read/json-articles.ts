// JSON and JSONL files: many articles per file, each element or line accepted or rejected on its own
// so one bad record does not cost the good ones beside it.
import type { ArticleDraft } from './article-draft.ts';
import { describeJsonError } from './json-error.ts';
import { articleOutlet, articlePublished, articleText, articleTitle, isJsonObject } from './json-fields.ts';
import { RejectedInput, type Rejection } from './rejection.ts';
import { firstLineTitle, tidyTitle } from './title.ts';

export interface DraftsAndRejections {
  drafts: ArticleDraft[];
  rejected: Rejection[];
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
  source.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const path = `${filePath}#${index + 1}`;
    collect(result, path, () => {
      let record: unknown;
      try {
        record = JSON.parse(line);
      } catch (error) {
        throw new RejectedInput(describeJsonError(error, line, true));
      }
      return draftFromRecord(record, path);
    });
  });
  return result;
}
