// One file on disk to its article drafts, by format. Every way the file can be unusable ends up as
// a Rejection naming it. So does an error nobody foresaw (a parser giving up on input it was never
// meant for): it costs that one file, never the rest of the ingest.
import type { ArticleDraft } from './article-draft.ts';
import { decodeText } from './decode.ts';
import { formatOf, SUPPORTED_EXTENSIONS } from './formats.ts';
import { fsErrorReason } from './fs-reason.ts';
import { rejectTooDeepHtml } from './html-depth.ts';
import { readHtmlArticle } from './html-article.ts';
import { readFrontMatter } from './front-matter.ts';
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
    case 'markdown': {
      const { fields, body, warning } = readFrontMatter(source);
      if (isBlank(body)) throw new RejectedInput('has no text after its front matter');
      const title = fields.title ?? firstLineTitle(body, format === 'markdown');
      const draft = { ...plainDraft(path, body, title), outlet: fields.outlet, published: fields.published };
      return { drafts: [draft], rejected: [], warnings: warning ? [{ path, reason: warning }] : [] };
    }
    case 'html': {
      rejectTooDeepHtml(source);
      const page = readHtmlArticle(source);
      if (isBlank(page.text)) throw new RejectedInput('has no readable text (only markup)');
      const draft = { ...plainDraft(path, page.text, page.title ?? firstLineTitle(page.text)), outlet: page.outlet, published: page.published };
      return { drafts: [draft], rejected: [], warnings: page.warning ? [{ path, reason: page.warning }] : [] };
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
