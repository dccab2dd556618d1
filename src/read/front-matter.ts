// YAML front matter at the top of a .md or .txt article, as static-site tools and note apps write
// it: a block between two "---" lines whose `title`, `outlet` (or `source`, `publisher`, `site`)
// and `published` (or `date`) describe the article. The YAML is read by the `yaml` package; a block
// that is not valid YAML is kept as text, with a warning, so nothing of the article is lost.
import { parse } from 'yaml';

export interface FrontMatterFields {
  title: string | null;
  outlet: string | null;
  published: string | null;
  url: string | null;
}

export interface FrontMatter {
  fields: FrontMatterFields;
  /** The article text after the block (the whole text when there is none). */
  body: string;
  warning: string | null;
}

const BLOCK = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;
const NO_FIELDS: FrontMatterFields = { title: null, outlet: null, published: null, url: null };

const FIELD_NAMES: Record<keyof FrontMatterFields, readonly string[]> = {
  title: ['title', 'headline'],
  outlet: ['outlet', 'source', 'publisher', 'site', 'site_name'],
  published: ['published', 'date', 'published_at', 'pubDate'],
  url: ['url', 'link', 'canonical'],
};

function label(value: unknown): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return null;
  const text = value.replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}

export function readFrontMatter(source: string): FrontMatter {
  const block = BLOCK.exec(source);
  if (!block) return { fields: NO_FIELDS, body: source, warning: null };
  let data: unknown;
  try {
    // Plain YAML only: no custom tags, and a cap on aliases so a hostile block cannot blow up.
    data = parse(block[1]!, { maxAliasCount: 20, customTags: [] });
  } catch (error) {
    return { fields: NO_FIELDS, body: source, warning: `front matter is not valid YAML (${(error as Error).message.split('\n')[0]}); read as text` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { fields: NO_FIELDS, body: source, warning: null };
  const record = data as Record<string, unknown>;
  const pick = (names: readonly string[]) => names.map((name) => label(record[name])).find((value) => value !== null) ?? null;
  const fields = Object.fromEntries(Object.entries(FIELD_NAMES).map(([field, names]) => [field, pick(names)])) as unknown as FrontMatterFields;
  return { fields, body: source.slice(block[0].length).replace(/^\s*\n/, ''), warning: null };
}
