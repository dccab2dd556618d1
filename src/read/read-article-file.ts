// One file on disk to its article drafts, by format. Every way the file can be unusable ends up as
// a Rejection naming it. So does an error nobody foresaw (a parser giving up on input it was never
// meant for): it costs that one file, never the rest of the ingest.
import type { ArticleDraft } from './article-draft.ts';
import { decodeText } from './decode.ts';
import { formatOf, SUPPORTED_EXTENSIONS } from './formats.ts';
import { fsErrorReason } from './fs-reason.ts';
import { rejectTooDeepHtml } from './html-depth.ts';
import { htmlTitle, htmlToText } from './html-to-text.ts';
import { readJsonArticles, readJsonlArticles, type DraftsAndRejections } from './json-articles.ts';
import { isBlank, normaliseText } from './normalise-text.ts';
import { readBytes } from './read-bytes.ts';
import { RejectedInput } from './rejection.ts';
import { firstLineTitle, titleFromPath } from './title.ts';

function single(draft: ArticleDraft): DraftsAndRejections {
  return { drafts: [draft], rejected: [] };
}

function plainDraft(path: string, text: string, title: string): ArticleDraft {
  return { path, text, title: title || titleFromPath(path), outlet: null, published: null };
}

function fromSource(path: string, source: string, format: NonNullable<ReturnType<typeof formatOf>>): DraftsAndRejections {
  if (isBlank(source)) throw new RejectedInput('is empty (only whitespace)');
  switch (format) {
    case 'text':
    case 'markdown':
      return single(plainDraft(path, source, firstLineTitle(source, format === 'markdown')));
    case 'html': {
      rejectTooDeepHtml(source);
      const text = normaliseText(htmlToText(source));
      if (isBlank(text)) throw new RejectedInput('has no readable text (only markup)');
      return single(plainDraft(path, text, htmlTitle(source) ?? firstLineTitle(text)));
    }
    case 'json':
      return readJsonArticles(source, path);
    case 'jsonl':
      return readJsonlArticles(source, path);
  }
}

export async function readArticleFile(path: string, maxBytes: number): Promise<DraftsAndRejections> {
  const format = formatOf(path);
  try {
    if (format === null) {
      throw new RejectedInput(`has an unsupported extension (expected ${SUPPORTED_EXTENSIONS.join(', ')})`);
    }
    const source = normaliseText(decodeText(await readBytes(path, maxBytes)));
    return fromSource(path, source, format);
  } catch (error) {
    return { drafts: [], rejected: [{ path, reason: rejectionReason(error) }] };
  }
}

function rejectionReason(error: unknown): string {
  if (error instanceof RejectedInput) return error.message;
  // File-system errors carry an errno code.
  if ((error as NodeJS.ErrnoException | undefined)?.code) return fsErrorReason(error);
  return unexpectedErrorReason(error);
}

/** One line that still says what went wrong, so the failure can be reported and reproduced. */
function unexpectedErrorReason(error: unknown): string {
  const described = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const line = described.split('\n')[0].trim();
  return `could not be read (unexpected ${line}; please report this with the file)`;
}
