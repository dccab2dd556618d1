// Pronouns within one article: he, she, they, it → the nearest compatible earlier mention, in the
// pronoun's own sentence first, preferring what was the subject of a clause (news prose keeps its
// topic as subject).
import type { EntityKind } from '../types.ts';
import { FEMALE_PRONOUNS, MALE_PRONOUNS, POSSESSIVES, PRONOUNS, SUBJECT_PERSON_PRONOUNS } from '../lexicon/pronouns.ts';
import { genderOfName } from './entity-kind.ts';
import { isMeasureUnit } from './quantity.ts';

export interface Antecedent {
  text: string;
  kind: EntityKind;
  start: number;
  end: number;
  plural: boolean;
  subject: boolean;
  gender: 'f' | 'm' | null;
  /** Where the mention's sentence starts: an "it" looks for its thing sentence by sentence. */
  sentenceStart: number;
  /** A person named by a common noun ("a seven-year-old boy"): "he" stands for them only when no named person is in reach. */
  described?: boolean;
  /** A group named by a singular noun ("the couple", "the committee"): "they" may stand for it, "he" may not. */
  group?: boolean;
  /**
   * A lone name no lexicon knows for a person, place or body ("Tilly", a horse; a given name the
   * lexicon lacks): "she" stands for it when nobody else is in reach, and later once a pronoun has
   * shown its gender ("Tilly … up to her belly. She had escaped").
   */
  lone?: boolean;
  /**
   * Counsel named by the side they argue ("Helen Varley, prosecuting, told magistrates …"): they
   * relay the case, so a "she" in a later sentence ("She was fined £350") is the accused's.
   */
  counsel?: boolean;
}

const FEMALE = /\b(she|spokeswoman|chairwoman|mrs\.?|ms\.?|queen|princess|lady|madam|woman|mother|sister|wife|actress)\b/i;
const MALE = /\b(he|spokesman|chairman|mr\.?|king|prince|lord|sir|man|father|brother|husband|actor)\b/i;
/** How far back (in characters) a pronoun may reach; beyond that the topic has likely changed. */
const REACH = 600;

export class PronounResolver {
  private readonly mentions: Antecedent[] = [];
  private readonly genderOf = new Map<string, 'f' | 'm'>();

  add(mention: Omit<Antecedent, 'gender'>): void {
    // ("was not Edith's": the possessive's name is Edith's, a woman's.)
    const byName = mention.kind === 'PERSON' ? genderOfName(mention.text.replace(/['’]s$/u, '')) : null;
    const gender = FEMALE.test(mention.text) ? 'f' : MALE.test(mention.text) ? 'm' : (byName ?? this.genderOf.get(lastWord(mention.text)) ?? null);
    if (gender && mention.kind === 'PERSON') this.genderOf.set(lastWord(mention.text), gender);
    this.insert({ ...mention, gender });
  }

  /** Mentions are kept in text order (a pronoun's carried mention may come before its sentence's names are added). */
  private insert(mention: Antecedent): void {
    let k = this.mentions.length;
    while (k > 0 && this.mentions[k - 1]!.start > mention.start) k--;
    this.mentions.splice(k, 0, mention);
  }

  /**
   * "Bishop Marr … She had no connection … At the start she struck … She was welcomed by the Dean,
   * Judith Lowry. … In her first sermon, she said": a "she" acting carries her person on, so the
   * topic stays in reach however long ago she was last named.
   */
  private carry(antecedent: Antecedent, pronoun: string, position: number, sentenceStart: number): void {
    // (A pronoun may be read more than once; its person is carried once. "Tom Reed and the mayor"
    // and "Tom Reed" share a start, and both stay.)
    if (!SUBJECT_PERSON_PRONOUNS.has(pronoun.toLowerCase()) || this.mentions.some((m) => m.start === position)) return;
    this.insert({ ...antecedent, start: position, end: position + pronoun.length, sentenceStart, subject: true });
  }

  /** Once a pronoun is resolved to a person, that person's gender is known for later pronouns. */
  learnGender(antecedent: Antecedent, pronoun: string): void {
    const lower = pronoun.toLowerCase();
    if (antecedent.kind !== 'PERSON' && !antecedent.lone) return;
    if (FEMALE_PRONOUNS.has(lower)) this.genderOf.set(lastWord(antecedent.text), 'f');
    if (MALE_PRONOUNS.has(lower)) this.genderOf.set(lastWord(antecedent.text), 'm');
  }

  /** Lone names ("Tilly") within reach of a "she" or "he" that no person could stand for. */
  private loneNamesInReach(position: number): Antecedent[] {
    return this.mentions.filter((m) => m.lone && !m.plural && m.end <= position && position - m.end < REACH);
  }

  /**
   * `sentenceStart`: candidates in the pronoun's own sentence come first ("…from the Chinese, and
   * they feel the same"), then earlier ones; within each, subjects before other mentions.
   * `ownSubject`: for an object pronoun, the span of its clause's subject, which it cannot stand for.
   * `quotedBy`: the named speaker of the quote the pronoun is in, whom it cannot stand for either.
   */
  resolve(pronoun: string, position: number, sentenceStart = position, ownSubject?: { start: number; end: number }, quotedBy?: string): Antecedent | null {
    const role = PRONOUNS[pronoun.toLowerCase()];
    if (!role || role === 'speaker') return null;
    const lower = pronoun.toLowerCase();
    const wanted: 'f' | 'm' | null = FEMALE_PRONOUNS.has(lower) ? 'f' : MALE_PRONOUNS.has(lower) ? 'm' : null;
    // Mentions arrive in text order: walk back only as far as a pronoun can reach.
    const candidates: Antecedent[] = [];
    for (let k = this.mentions.length - 1; k >= 0; k--) {
      const m = this.mentions[k]!;
      if (m.end > position) continue;
      if (position - m.end >= REACH) break;
      if (quotedBy && lastWord(m.text) === lastWord(quotedBy)) continue;
      if (compatible(m, role, wanted, this.genderOf)) candidates.unshift(m);
    }
    if (role === 'person' && candidates.length === 0) candidates.push(...this.loneNamesInReach(position));
    // "An officer said the blood was drawn after Williams' arrest, meaning he …": a named person in
    // reach is who "he" stands for; "a seven-year-old boy … He" only when nobody is named.
    // ("The pair said they …": for "they", a group described is as good as one named.)
    // "At its peak, it had more than 80 singers": in one sentence, what "its" owns is not what "it"
    // stands for, nor what "their" owns "they" ("In their statement, they said").
    const owned = (m: Antecedent) => m.start >= sentenceStart && POSSESSIVES.get(m.text.split(/\s+/)[0]!.toLowerCase()) === role;
    const free = candidates.filter((m) => !owned(m));
    const named = free.filter((m) => !m.described || (role === 'plural' && m.group));
    const namedOrFree = named.length > 0 ? named : free;
    const notCounsel = namedOrFree.filter((m) => !m.counsel || m.start >= sentenceStart);
    const reachable = notCounsel.length > 0 ? notCounsel : namedOrFree;
    if (reachable.length === 0) return null;
    const sameSentence = reachable.filter((m) => m.start >= sentenceStart);
    // "Mr Aydin agreed to close the takeaway. It stayed shut": a thing is the nearest sentence's,
    // its subject first, before an older sentence's subject ("the court was told …"); a person
    // stays the topic across sentences.
    const latest = Math.max(...reachable.map((m) => m.sentenceStart));
    const nearby = sameSentence.length ? sameSentence : role === 'thing' ? reachable.filter((m) => m.sentenceStart === latest) : reachable;
    // "Obama named Regina Benjamin … She is the chair": a person known to be a woman is a better
    // "she" than one whose gender nobody stated, however near and whatever their slot.
    const agreeing = wanted ? nearby.filter((m) => (m.gender ?? this.genderOf.get(lastWord(m.text))) === wanted) : [];
    const likely = agreeing.length ? agreeing : nearby;
    const subjects = likely.filter((m) => m.subject);
    const pool = subjects.length ? subjects : likely;
    // "The organ fell silent after rainwater leaked through the roof. It had not been played since
    // 2019": from an earlier sentence, a thing is its main clause's subject, the first; in the
    // pronoun's own sentence the nearest.
    const chosen = role === 'thing' && sameSentence.length === 0 ? pool[0]! : pool[pool.length - 1]!;
    // "28 cattle made it onto the road": an object pronoun never stands for its own clause's subject
    // (that would be "itself"). Where that subject is the likeliest reading, the pronoun stands for
    // the nearest other thing its sentence names ("bought the mill and sold it"), or is left unread
    // rather than given an older, less likely one.
    if (ownSubject && chosen.start === ownSubject.start && chosen.end === ownSubject.end) {
      const others = likely.filter((m) => m !== chosen && m.start >= sentenceStart);
      return others.at(-1) ?? null;
    }
    // (Only a person already known to be a "she" or a "he": a guess is not carried on.)
    if (agreeing.includes(chosen)) this.carry(chosen, pronoun, position, sentenceStart);
    this.learnGender(chosen, pronoun);
    return chosen;
  }
}

function compatible(m: Antecedent, role: 'person' | 'plural' | 'thing', wanted: 'f' | 'm' | null, genderOf: Map<string, 'f' | 'm'>): boolean {
  if (role === 'person') {
    if (m.lone) return wanted !== null && genderOf.get(lastWord(m.text)) === wanted;
    if (m.kind !== 'PERSON' || m.plural || m.group) return false;
    const gender = m.gender ?? genderOf.get(lastWord(m.text)) ?? null;
    return !wanted || !gender || gender === wanted;
  }
  // ("had driven more than 40 miles … A police drone tracked them": a distance or weight is no one's antecedent.)
  if (isMeasureUnit(lastWord(m.text))) return false;
  if (role === 'plural') return m.plural || m.kind === 'ORG' || m.group === true;
  return !m.plural && m.kind !== 'PERSON' && m.kind !== 'VALUE';
}

function lastWord(text: string): string {
  const words = text.toLowerCase().split(/\s+/);
  return words[words.length - 1] ?? '';
}
