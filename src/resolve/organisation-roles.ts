// "Brenmoor's chief executive", "the chief executive of Brenmoor Grocers", "chief executive at
// Brenmoor": one post at one organisation, however an outlet phrases it. Read as (title,
// organisation as written), so the role can be keyed by the organisation's entity once that is known
// and two people said to hold it can be compared.
import { parsePersonMention } from './person-names.ts';
import { tokenize, withoutLeadingDeterminers } from './text.ts';

export interface OrganisationRole {
  title: string;
  /** The organisation's words, lower-cased, without a leading article ("brenmoor grocers"). */
  organisation: string;
}

/** Small words a name may contain ("Bank of Ostria", "Fish and Game Office"). */
const NAME_GLUE: ReadonlySet<string> = new Set(['of', 'and', 'for', 'the', '&']);

export function organisationRole(text: string): OrganisationRole | null {
  return roleBeforeOrganisation(text) ?? roleAfterPossessive(text);
}

/** "the chief executive of Brenmoor Grocers", "head of research at Kellerby Securities". */
function roleBeforeOrganisation(text: string): OrganisationRole | null {
  const match = /^(.+?)\s+(?:of|at|for)\s+(.+)$/iu.exec(text.trim());
  if (!match) return null;
  const role = onlyTitle(match[1]!);
  const organisation = withoutLeadingDeterminers(tokenize(match[2]!));
  if (!role || organisation.length === 0 || !organisation[0]!.capitalised) return null;
  if (!organisation.every((t) => t.capitalised || NAME_GLUE.has(t.norm)) || organisation.some((t) => t.possessive)) return null;
  return { title: role, organisation: organisation.map((t) => t.norm).join(' ') };
}

/** "Brenmoor's chief executive": every word before the title is the organisation, the last possessive. */
function roleAfterPossessive(text: string): OrganisationRole | null {
  const tokens = withoutLeadingDeterminers(tokenize(text));
  const owner = tokens.findIndex((t) => t.possessive);
  if (owner < 0 || !tokens.slice(0, owner + 1).every((t) => t.capitalised)) return null;
  const role = onlyTitle(tokens.slice(owner + 1).map((t) => t.raw).join(' '));
  return role ? { title: role, organisation: tokens.slice(0, owner + 1).map((t) => t.norm).join(' ') } : null;
}

/** The title when the words are a title and nothing else ("the chief executive", "spokeswoman"). */
function onlyTitle(words: string): string | null {
  const parsed = parsePersonMention(words);
  const role = parsed?.roles.at(-1);
  return parsed && parsed.name.length === 0 && role?.family && !role.organisation ? role.title : null;
}
