// Picks article fields out of a JSON object. Exports from scrapers, news APIs and CMSs disagree on
// names, so each field accepts its common spellings, first match wins.
import { RejectedInput } from './rejection.ts';
import { isBlank, normaliseText } from './normalise-text.ts';

// news-please writes `maintext`, `source_domain` and `date_publish`; trafilatura `text`, `sitename`, `date`.
const TEXT_FIELDS = ['text', 'body', 'content', 'maintext'];
const TITLE_FIELDS = ['title', 'headline'];
const OUTLET_FIELDS = ['outlet', 'source', 'publisher', 'sitename', 'source_domain'];
const PUBLISHED_FIELDS = ['published', 'date', 'published_at', 'publishedAt', 'datePublished', 'date_publish'];

type JsonObject = Record<string, unknown>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A field's value as a trimmed string; a `{ "name": … }` object counts (news APIs nest the source
 * one level deep). Only one level: names nested in names, thousands deep, would overflow the stack.
 */
function asLabel(value: unknown): string | null {
  return scalarLabel(isJsonObject(value) ? value.name : value);
}

function scalarLabel(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return null;
  const label = value.replace(/\s+/g, ' ').trim();
  return label === '' ? null : label;
}

function firstLabel(record: JsonObject, names: string[]): string | null {
  for (const name of names) {
    const label = asLabel(record[name]);
    if (label !== null) return label;
  }
  return null;
}

/** The normalised article text; rejects the record when no text field holds usable text. */
export function articleText(record: JsonObject): string {
  const present = TEXT_FIELDS.filter((name) => name in record);
  if (present.length === 0) throw new RejectedInput(`has no text field (expected one of: ${TEXT_FIELDS.join(', ')})`);
  for (const field of present) {
    const value = record[field];
    if (typeof value === 'string' && !isBlank(value)) return normaliseText(value);
  }
  const [field] = present;
  if (typeof record[field] !== 'string') throw new RejectedInput(`field "${field}" is not a string`);
  throw new RejectedInput(`field "${field}" is empty`);
}

export function articleTitle(record: JsonObject): string | null {
  return firstLabel(record, TITLE_FIELDS);
}

export function articleOutlet(record: JsonObject): string | null {
  return firstLabel(record, OUTLET_FIELDS);
}

export function articlePublished(record: JsonObject): string | null {
  return firstLabel(record, PUBLISHED_FIELDS);
}
