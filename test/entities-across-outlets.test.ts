// Entities across outlets, through the real extractor and resolver: the same person under the
// descriptions outlets put before a name, and kinds that a reader would give. Articles written here.
import { describe, expect, it } from 'vitest';
import { extractTriples } from '../src/extract/index.ts';
import { resolveTriples } from '../src/resolve/index.ts';
import { baseForm } from '../src/resolve/morphy.ts';
import { kindOfCommonNoun } from '../src/resolve/noun-kind.ts';
import { kindOfName } from '../src/extract/entity-kind.ts';
import { parsePersonMention } from '../src/resolve/person-names.ts';
import type { Article } from '../src/types.ts';

function article(id: string, text: string): Article {
  return { id, title: '', outlet: null, published: null, path: `${id}.txt`, text };
}

function entitiesOf(...texts: string[]) {
  const extractions = texts.map((text, i) => extractTriples(article(`a${i}`, text)));
  const resolution = resolveTriples(extractions);
  const byId = new Map(resolution.entities.map((e) => [e.id, e]));
  const subjects = resolution.triples.map((t) => ({ subject: t.subject.text, entity: byId.get(t.subjectId)! }));
  return { resolution, subjects };
}

describe('a person under the descriptions outlets put before the name', () => {
  it('"Actress Mira Olsen", "the troubled star Mira Olsen" and "Olsen" are one person', () => {
    const { subjects } = entitiesOf(
      'Actress Mira Olsen entered a clinic on Tuesday.',
      'The troubled star Mira Olsen entered a clinic in Malibu.',
      'Olsen thanked her fans on Wednesday.',
    );
    const ids = new Set(subjects.map((s) => s.entity.id));
    expect(ids.size, `subjects resolved to: ${subjects.map((s) => `${s.subject} → ${s.entity.id}`).join('; ')}`).toBe(1);
    expect(subjects[0]!.entity.kind).toBe('PERSON');
    expect(subjects[0]!.entity.name).toBe('Mira Olsen');
  });

  it('keeps a name whose first word is itself a given name whole, and two people apart', () => {
    const { subjects } = entitiesOf('Mary Ann Keller met the press.', 'Lucy Keller met the press.');
    const ids = new Set(subjects.map((s) => s.entity.id));
    expect(ids.size, `subjects resolved to: ${subjects.map((s) => `${s.subject} → ${s.entity.id}`).join('; ')}`).toBe(2);
  });
});

describe('a person described with an organisation\'s words', () => {
  it('is a person: "former Harlow University rugby player Owen Price", "perennial party girl Mira Olsen"', () => {
    const { subjects } = entitiesOf('Former Harlow University rugby player Owen Price was arrested on Friday.', 'Perennial party girl Mira Olsen entered a clinic.');
    expect(subjects.map((s) => `${s.subject}: ${s.entity.kind}`)).toEqual(['Former Harlow University rugby player Owen Price: PERSON', 'Perennial party girl Mira Olsen: PERSON']);
  });
});

describe('kinds a reader would give', () => {
  it('reads common nouns through WordNet: people, places, groups', () => {
    expect(kindOfCommonNoun('coach')).toBe('PERSON');
    expect(kindOfCommonNoun('victims')).toBe('PERSON');
    expect(kindOfCommonNoun('city')).toBe('PLACE');
    expect(kindOfCommonNoun('team')).toBe('ORG');
    expect(kindOfCommonNoun('earthquake')).toBeNull();
    expect(kindOfCommonNoun('constructor')).toBe('PERSON');
    expect(kindOfCommonNoun('x1')).toBeNull();
    // First a plant and a marble in WordNet, but most of their senses are people.
    expect(kindOfCommonNoun('climber')).toBe('PERSON');
    expect(kindOfCommonNoun('shooter')).toBe('PERSON');
    expect(kindOfCommonNoun('prospect')).toBeNull();
  });

  it('buildings, shops, roads and islands are places; "sources" and "authorities" in the news are people', () => {
    for (const place of ['prison', 'courthouse', 'store', 'factory', 'apartment', 'street', 'island']) expect(kindOfCommonNoun(place), place).toBe('PLACE');
    // A window is a structure's part, a bomb a weapon: things, not places.
    expect(kindOfCommonNoun('window')).toBeNull();
    expect(kindOfCommonNoun('bomb')).toBeNull();
    expect(kindOfCommonNoun('sources')).toBe('PERSON');
    expect(kindOfCommonNoun('authorities')).toBe('PERSON');
  });

  it('a group of people is people, a group under "organization" an organisation; a body found is a person', () => {
    for (const people of ['people', 'crowd', 'jury', 'public', 'men', 'thieves', 'boss']) expect(kindOfCommonNoun(people), people).toBe('PERSON');
    for (const organisation of ['team', 'company', 'police', 'committee', 'government']) expect(kindOfCommonNoun(organisation), organisation).toBe('ORG');
    expect(kindOfCommonNoun('bodies')).toBe('PERSON');
  });

  it('a person is a person, a legislature, a court and a magazine organisations, a hyphenated word its last part', () => {
    const kinds = Object.fromEntries(['person', 'parliament', 'senate', 'court', 'magazine', 'newspaper', 'ex-girlfriend', 'cyber-criminals', 'star'].map((w) => [w, kindOfCommonNoun(w)]));
    expect(kinds).toEqual({ person: 'PERSON', parliament: 'ORG', senate: 'ORG', court: 'ORG', magazine: 'ORG', newspaper: 'ORG', 'ex-girlfriend': 'PERSON', 'cyber-criminals': 'PERSON', star: 'PERSON' });
  });

  it('reads a name ending in a word for a place or an organisation as one: "High\'s Ice Cream Shop", "Lakewood Station"', () => {
    expect(kindOfName('Ice Cream Shop')).toBe('PLACE');
    expect(kindOfName('Lakewood Station')).toBe('PLACE');
    expect(kindOfName('Tara Reid')).toBe('PERSON');
    expect(kindOfName('Mill Lane')).toBe('PLACE');
    expect(kindOfName('Diane Lane')).toBe('PERSON');
    expect(kindOfName('Glenn Close')).toBe('PERSON');
    // A name ending in a plural noun is a team or a group; a surname ending in -s is still a person's.
    expect(kindOfName('Los Angeles Angels')).toBe('ORG');
    expect(kindOfName('Mike Adams')).toBe('PERSON');
    expect(['media', 'giant'].map((w) => kindOfCommonNoun(w))).toEqual(['ORG', 'ORG']);
  });

  it('reads a name with a capital inside as a person: "Shondell McAllister", "Liam O\'Brien"', () => {
    expect(kindOfName('Shondell McAllister')).toBe('PERSON');
    expect(kindOfName("Liam O'Brien")).toBe('PERSON');
  });

  it('finds the singular WordNet knows: "boss" is no plural of "bos", "men" is "man", "thieves" is "thief"', () => {
    const singular = Object.fromEntries(['boss', 'glass', 'men', 'women', 'thieves', 'wives', 'drives', 'tariffs'].map((w) => [w, baseForm(w, 'noun')]));
    expect(singular).toEqual({ boss: 'boss', glass: 'glass', men: 'man', women: 'woman', thieves: 'thief', wives: 'wife', drives: 'drive', tariffs: 'tariff' });
  });

  it('"a Woodburn police officer" is a person, "the Woodburn Police Department" an organisation', () => {
    const { resolution } = entitiesOf('A Woodburn police officer examined the device.', 'The Woodburn Police Department closed the road.');
    const kinds = Object.fromEntries(resolution.entities.map((e) => [e.name, e.kind]));
    expect(Object.entries(kinds).filter(([, kind]) => kind === 'PERSON').map(([name]) => name), JSON.stringify(kinds)).toEqual([expect.stringMatching(/officer/i)]);
    expect(Object.entries(kinds).filter(([, kind]) => kind === 'ORG').map(([name]) => name), JSON.stringify(kinds)).toEqual([expect.stringMatching(/Police Department/)]);
  });

  it('"the Saints", a name written as a plural noun after "the", is a group, not a person', () => {
    const { subjects } = entitiesOf('The Saints beat the Falcons on Sunday.', 'The Saints lost their star running back.');
    const saints = subjects.find((s) => s.subject === 'The Saints');
    expect(saints?.entity.kind, `subjects: ${subjects.map((s) => `${s.subject}:${s.entity.kind}`).join(', ')}`).toBe('ORG');
    const { subjects: people } = entitiesOf('Esther Williams swam in films.', 'The actress Esther Williams died on Thursday.');
    expect(people.every((s) => s.entity.kind === 'PERSON'), `subjects: ${people.map((s) => `${s.subject}:${s.entity.kind}`).join(', ')}`).toBe(true);
  });

  it('a building named as one is a place: "Promises Treatment Center", "St Aldric Regional Hospital", "Folsom State Prison"', () => {
    const { resolution } = entitiesOf('Reid checked into the Promises Treatment Center on Tuesday.', 'Vann was taken to St Aldric Regional Hospital.');
    const kinds = Object.fromEntries(resolution.entities.map((e) => [e.name, e.kind]));
    for (const name of ['Promises Treatment Center', 'St Aldric Regional Hospital']) expect(kinds[name], JSON.stringify(kinds)).toBe('PLACE');
    expect(kindOfName('Folsom State Prison')).toBe('PLACE');
    expect(kindOfName('Betty Ford')).toBe('PERSON');
  });

  it('a capitalised name ending in a place word is a place, and "the coach" a person', () => {
    const { subjects } = entitiesOf('The earthquake struck Varnesse Province on Monday.', 'The coach praised the team.');
    const { resolution } = entitiesOf('The earthquake struck Varnesse Province on Monday.');
    const province = resolution.entities.find((e) => e.name === 'Varnesse Province');
    expect(province?.kind, `entities: ${resolution.entities.map((e) => `${e.name}:${e.kind}`).join(', ')}`).toBe('PLACE');
    const coach = subjects.find((s) => /coach/i.test(s.subject));
    expect(coach?.entity.kind).toBe('PERSON');
  });
});

describe('people and groups named by common nouns', () => {
  it('"the actress" is the one person another outlet calls "Actress Mira Olsen"', () => {
    const { subjects } = entitiesOf('Actress Mira Olsen entered a clinic on Tuesday.', 'The actress entered a clinic in Malibu.');
    const ids = new Set(subjects.map((s) => s.entity.id));
    expect(ids.size, `subjects resolved to: ${subjects.map((s) => `${s.subject} → ${s.entity.id}`).join('; ')}`).toBe(1);
  });

  it('"An Oregon bomb technician", "a state technician" and "the technician" are one; the 11th and 12th doctor are two', () => {
    const technicians = entitiesOf('An Oregon bomb technician examined the device.', 'A state technician examined the device.', 'The technician left the bank.').subjects;
    expect(new Set(technicians.map((s) => s.entity.id)).size, `technicians: ${technicians.map((s) => `${s.subject} → ${s.entity.id}`).join('; ')}`).toBe(1);
    const apart = entitiesOf('The 11th doctor left the show.', 'The 12th doctor left the show.').subjects;
    expect(new Set(apart.map((s) => s.entity.id)).size, `subjects: ${apart.map((s) => `${s.subject} → ${s.entity.id}`).join('; ')}`).toBe(2);
  });

  it('"the man" is not "the men", but "workers" are the company\'s "staff"', () => {
    const apart = entitiesOf('The man fled the bank.', 'The men fled the bank.').subjects;
    expect(new Set(apart.map((s) => s.entity.id)).size, `subjects: ${apart.map((s) => `${s.subject} → ${s.entity.id}`).join('; ')}`).toBe(2);
    const staff = entitiesOf('Halden Freight employs about 1,200 workers.', 'Halden Freight has around 1,200 staff.').resolution;
    const objects = staff.triples.map((t) => `${t.object?.text} → ${t.objectId}`);
    expect(new Set(staff.triples.map((t) => t.objectId)).size, objects.join('; ')).toBe(1);
  });
});

describe('a possessive before a person', () => {
  it('"Chargers\' Jamal Williams" is Jamal Williams, and a later "he" is not "Williams\' arrest"', () => {
    const { resolution } = entitiesOf(
      "Chargers' Jamal Williams was arrested on suspicion of drunken driving.",
      "Jamal Williams was arrested on Sunday. An officer said the blood was drawn well after Williams' arrest, meaning he could have been intoxicated.",
    );
    const named = resolution.triples.filter((t) => /Williams/.test(t.subject.text) || t.subject.text === 'he').map((t) => `${t.subject.text} → ${t.subjectId}`);
    const williams = new Set(resolution.triples.filter((t) => /^(Chargers' )?Jamal Williams$/.test(t.subject.text)).map((t) => t.subjectId));
    expect(williams.size, named.join('; ')).toBe(1);
    const intoxicated = resolution.triples.find((t) => t.relation.lemma === 'be' && t.object?.text === 'intoxicated');
    expect(intoxicated && [...williams].includes(intoxicated.subjectId), named.join('; ')).toBe(true);
  });
});

describe('what is not an entity', () => {
  it('a reported clause, a quote and an unresolved pronoun stay text on their claim', () => {
    const texts = [
      'Mayor Ines Varga said the bridge would reopen in June. “We are proud of the crews,” she said.',
      'We were told this was final. Varga said what the council wanted was clear.',
    ];
    const { resolution } = entitiesOf(...texts);
    const names = resolution.entities.map((e) => e.name);
    const clauseOrPointer = names.filter((name) => name.split(/\s+/).length > 5 || /^(we|this|what|she)$/i.test(name));
    expect(clauseOrPointer, `entities: ${names.join('; ')}`).toEqual([]);
    const said = resolution.triples.filter((t) => t.predicate === 'say' && t.subjectId === resolution.entities.find((e) => e.name === 'Ines Varga')?.id);
    expect(said.map((t) => t.object?.text), `claims: ${resolution.triples.map((t) => `${t.subject.text} | ${t.predicate} | ${t.object?.text}`).join('; ')}`)
      .toEqual(expect.arrayContaining(['the bridge would reopen in June', 'We are proud of the crews']));
    expect(said.every((t) => t.objectId === null && t.object?.namesNothing === 'statement')).toBe(true);
  });
});

describe('police and legal titles before a name', () => {
  it('"Detective Chief Inspector Maeve Doyle", "Maeve Doyle" and "Doyle" are one person', () => {
    const { subjects } = entitiesOf(
      '"This was a professional job," said Detective Chief Inspector Maeve Doyle of Calderport Police.',
      'Maeve Doyle appealed for witnesses on Monday.',
      'Doyle said the thieves had planned the raid.',
    );
    const people = subjects.filter((s) => /doyle/i.test(s.subject));
    const ids = new Set(people.map((s) => s.entity.id));
    expect(ids.size, `subjects resolved to: ${people.map((s) => `${s.subject} → ${s.entity.id}`).join('; ')}`).toBe(1);
  });
});

describe('a count is the claim\'s amount, not part of what is counted', () => {
  it('"Seven people" and "Nine people" are the same people counted twice, so the counts can be compared', () => {
    const { subjects } = entitiesOf('Seven people were killed in the crash.', 'Nine people died in the crash.');
    const people = subjects.filter((s) => /people/i.test(s.subject));
    expect(new Set(people.map((s) => s.entity.id)).size, `subjects: ${subjects.map((s) => `${s.subject} → ${s.entity.id}`).join('; ')}`).toBe(1);
    expect(people[0]!.entity.name.toLowerCase()).not.toMatch(/seven|nine/);
  });
});


describe('a title is no other title\'s synonym', () => {
  it('"the coach" that overturned is not the "duty manager" who spoke (WordNet has coach = manager)', () => {
    const { subjects } = entitiesOf('The coach came off the road near Hallow Bridge. Duty manager Colin Reade said ten people were hurt.');
    const coach = subjects.find((s) => s.subject === 'The coach');
    expect(coach?.entity.name).toMatch(/coach/i);
  });
});

describe('a list of titled people', () => {
  it('"Mr. Pask and deputy campaign manager Ivo Lund" is no one person: the first title does not belong to the second name', () => {
    expect(parsePersonMention('Mr. Pask and deputy campaign manager Ivo Lund')).toBeNull();
    expect(parsePersonMention('President Osei and Vice President Lund')).toBeNull();
    expect(parsePersonMention('deputy campaign manager Ivo Lund')?.name).toEqual(['Ivo', 'Lund']);
  });
});

describe('a post written in capitals is no name', () => {
  it('"The Lantern Trilogy Director" is a director of the films, not a person called "Lantern Trilogy Director"; "John King" keeps his surname', () => {
    expect(parsePersonMention('The Lantern Trilogy Director')).toEqual({ name: [], roles: [{ title: 'director', family: 'executive', country: null, organisation: 'lantern trilogy' }] });
    expect(parsePersonMention('FBI Director')?.name).toEqual([]);
    expect(parsePersonMention('John King')).toEqual({ name: ['John', 'King'], roles: [] });
  });

  it('the films and their director stay two entities across outlets (a guard)', () => {
    const { resolution } = entitiesOf(
      'Lantern Trilogy director Ivo Marsh will not return for the sequel, the studio said.',
      'The Lantern Trilogy Director has walked away from the sequel.',
      'Critics praised The Lantern Trilogy last year.',
    );
    const director = resolution.entities.find((e) => e.name === 'Ivo Marsh');
    const films = resolution.entities.find((e) => [e.name, ...e.aliases].includes('The Lantern Trilogy'));
    expect(films, resolution.entities.map((e) => `${e.name} [${e.aliases.join(', ')}]`).join('\n')).toBeDefined();
    expect(films?.id).not.toBe(director?.id);
    expect(director?.kind).toBe('PERSON');
  });
});

describe('names and kinds news writes in its own way', () => {
  it('"Lo Presti" is the surname of "Gaetano Lo Presti", not a given name and a surname; "Van Morrison" keeps his given name', () => {
    const { resolution } = entitiesOf('Police arrested Gaetano Lo Presti in Palermo on Tuesday.', 'Lo Presti was found hanged in his cell.', 'Van Morrison sang at the gala.');
    const names = resolution.entities.filter((e) => e.kind === 'PERSON').map((e) => [e.name, ...e.aliases].join(' | '));
    expect(names).toEqual(['Gaetano Lo Presti | Lo Presti', 'Van Morrison']);
  });

  it('"top-ranked North Carolina" is a team in every mention, also where an outlet writes only "North Carolina"', () => {
    const { resolution } = entitiesOf('Top-ranked North Carolina beat Evansville 91-73 on Thursday.', 'North Carolina won again.');
    const team = resolution.entities.find((e) => e.name.includes('North Carolina'));
    expect([team?.name, team?.kind, team?.aliases]).toEqual(['Top-ranked North Carolina', 'ORG', ['North Carolina']]);
  });

  it('"A. J. Smith" and "A.J. Smith" are one general manager, not two holding one post; "J.R. Smith" is no "Jr."', () => {
    const { resolution } = entitiesOf('General manager A.J. Smith said the team would wait.', 'Chargers general manager A. J. Smith declined to comment.', 'J.R. Smith scored 30 points.');
    const people = resolution.entities.filter((e) => /Smith/.test(e.name)).map((e) => `${e.kind} ${e.name}`);
    expect(people).toEqual(['PERSON A. J. Smith', 'PERSON J.R. Smith']);
  });

  it('a given name before a town is a person ("Dale Whitby", "Jack London"), a word for a place last a place ("Sydney Harbour", "Victoria Park")', () => {
    expect(['Dale Whitby', 'Jack London', 'Paris Hilton', 'Sydney Harbour', 'Victoria Park', 'Kansas City'].map(kindOfName)).toEqual(['PERSON', 'PERSON', 'PERSON', 'PLACE', 'PLACE', 'PLACE']);
  });

  it('a word for a place before a name makes a place ("Mount Harle", "Lake Varden"), a people\'s name alone a person ("one Australian")', () => {
    expect(['Mount Harle', 'Lake Varden', 'Cape Wrath', 'Fort Varden', 'Glen Harle', 'Australian'].map(kindOfName)).toEqual(['PLACE', 'PLACE', 'PLACE', 'PLACE', 'PERSON', 'PERSON']);
    expect(['administration', 'management'].map((w) => kindOfCommonNoun(w))).toEqual(['ORG', 'ORG']);
  });

  it('"the Harle 76ers" is a team; a headline in capitals reads its common nouns as nouns ("GRANDMOTHER CHARGED")', () => {
    const { resolution } = entitiesOf('The Harle 76ers fired their coach on Monday.', 'GRANDMOTHER CHARGED OVER FIRE\n\nA grandmother was charged on Monday after a fire in Harle.');
    const kinds = Object.fromEntries(resolution.entities.map((e) => [e.name, e.kind]));
    expect(kinds['The Harle 76ers'] ?? kinds['Harle 76ers'], JSON.stringify(kinds)).toBe('ORG');
    expect(Object.entries(kinds).filter(([name]) => /grandmother/i.test(name)).map(([, kind]) => kind), JSON.stringify(kinds)).toEqual(['PERSON']);
  });

  it('a newspaper or a magazine is an organisation, a given name before "Post" a person', () => {
    expect(['Hollywood Reporter', 'Entertainment Weekly', 'Daily Mail', 'Emily Post'].map(kindOfName)).toEqual(['ORG', 'ORG', 'ORG', 'PERSON']);
  });
});

describe('a team under its short name', () => {
  it('"The Los Angeles Angels of Anaheim" and "The Angels", tagged people by their verb, are one team', () => {
    const { resolution } = entitiesOf('The Los Angeles Angels of Anaheim offered Ivo Lund a three-year deal.', 'The Angels withdrew their offer on Sunday.');
    const team = resolution.entities.filter((e) => /Angels/.test([e.name, ...e.aliases].join(' ')));
    expect(team.map((e) => [e.name, ...e.aliases].join(' | '))).toHaveLength(1);
  });

  it('"offered Ivo Lund a three-year deal": the named recipient is a participant of his own', () => {
    const { resolution } = entitiesOf('The Harbin Falcons offered Ivo Lund a three-year deal.');
    expect(resolution.entities.map((e) => e.name)).toContain('Ivo Lund');
  });
});

describe('a headline in title case', () => {
  it('"Suspected Key Mafia Boss" is the boss named in the other outlets, not a person called "Key Boss" who differs from him', () => {
    const { resolution } = entitiesOf(
      'Suspected Key Mafia Boss Found Hanging Dead In Harbour Jail Cell\nA key suspected Mafia boss arrested Tuesday in a police raid has been found dead in his cell in Malmo.',
      'Mafia boss Arvid Lindqvist was found dead in his cell on Tuesday. Lindqvist had been arrested in a raid.',
      'Police said Arvid Lindqvist hanged himself in his cell.',
    );
    const person = resolution.entities.find((e) => e.name === 'Arvid Lindqvist');
    const bosses = resolution.entities.filter((e) => /\bboss\b/i.test([e.name, ...e.aliases].join(' ')));
    expect(person, `entities: ${resolution.entities.map((e) => `${e.name} [${e.aliases.join(', ')}]`).join('; ')}`).toBeDefined();
    expect(bosses.map((e) => e.id), `entities with "boss": ${bosses.map((e) => `${e.name} [${e.aliases.join(', ')}]`).join('; ')}`).toEqual([person!.id]);
  });
});

describe('an age standing for a person', () => {
  it('"The 24-year-old" of one outlet is "24-year-old Dorian Vance" of another', () => {
    const { resolution } = entitiesOf('24-year-old Dorian Vance was arrested on Friday.', 'The 24-year-old was charged on Monday.');
    const entities = resolution.entities.map((e) => `${e.name} [${e.aliases.join(', ')}]`);
    expect(resolution.entities.filter((e) => /24-year-old/.test([e.name, ...e.aliases].join(' '))).map((e) => e.name), entities.join('; ')).toEqual(['Dorian Vance']);
    expect(kindOfCommonNoun('seven-year-old')).toBe('PERSON');
  });
});

describe('a place an organisation is named after', () => {
  it('"stopping at Harlecombe" is the village, not "the Harlecombe Rail Action Group", which keeps its own entity', () => {
    const { resolution } = entitiesOf('Passenger trains are stopping at Harlecombe again.', 'The Harlecombe Rail Action Group campaigned for years to reopen the line.');
    const named = resolution.entities.filter((e) => /Harlecombe/.test(e.name)).map((e) => `${e.kind} ${e.name}`).sort();
    expect(named).toEqual(['ORG Harlecombe Rail Action Group', 'PLACE Harlecombe']);
  });
});

describe('a kind counted by a denial', () => {
  it('keeps "No boxer from the club had won a title" apart from the boxer the story names', () => {
    const { subjects } = entitiesOf(
      'Sallowby boxer Keira Donnelly has won the national title.\n\nNo boxer from the Sallowby club had won a national title before.',
      'Keira Donnelly won the title on Saturday.',
    );
    const counted = subjects.find((s) => s.subject === 'boxer from the Sallowby club');
    expect(counted?.entity.name, JSON.stringify(subjects.map((s) => `${s.subject} → ${s.entity.name}`))).not.toBe('Keira Donnelly');
  });
});

describe('a popular-press description before a given name', () => {
  it('"Centenarian Peggy" of one outlet is "Peggy Ashdown" of another; "Faith Lyle" keeps her first name', () => {
    const { resolution } = entitiesOf('Peggy Ashdown swam 100 lengths of Cresswold pool on Sunday.', 'Centenarian Peggy swam 100 lengths on Sunday and raised £9,000.');
    const entities = resolution.entities.map((e) => `${e.name} [${e.aliases.join(', ')}]`);
    expect(resolution.entities.filter((e) => e.kind === 'PERSON').map((e) => e.name), entities.join('; ')).toEqual(['Peggy Ashdown']);
    // (A first name the lists miss is no description: "Faith Lyle" is not a "Lyle" who meets Anna Lyle.)
    const faith = entitiesOf('Faith Lyle swam 100 lengths on Sunday.', 'Anna Lyle swam 50 lengths on Sunday.').resolution.entities.filter((e) => e.kind === 'PERSON').map((e) => e.name).sort();
    expect(faith).toEqual(['Anna Lyle', 'Faith Lyle']);
  });
});

describe('names of events, prizes and societies', () => {
  it('reads "the Fenby Cup", "the Marsh Oyster Festival" as things and "the Hale Astronomical Society" as an organisation, not people', () => {
    const kinds = ['Fenby Cup', 'Marsh Oyster Festival', 'Booker Prize', 'Hale Astronomical Society', 'Colbury Wildlife Trust', 'Grace Fair'].map((n) => `${n}: ${kindOfName(n)}`);
    expect(kinds).toEqual(['Fenby Cup: THING', 'Marsh Oyster Festival: THING', 'Booker Prize: THING', 'Hale Astronomical Society: ORG', 'Colbury Wildlife Trust: ORG', 'Grace Fair: PERSON']);
  });
  it('lets "she" after "presented with the Fenby Cup" stand for the winner, not the cup', () => {
    const { subjects } = entitiesOf('Jo Ashby was presented with the Fenby Cup at the prize-giving. She works as a veterinary nurse.');
    const nurse = subjects.filter((s) => s.subject === 'She').map((s) => s.entity.name);
    expect(nurse, JSON.stringify(subjects.map((s) => `${s.subject} → ${s.entity.name}`))).toEqual(['Jo Ashby']);
  });
});

describe('buildings named after their towns', () => {
  it('"Harnsey Community Hospital" and "Kingsmere General Hospital" are two places, and "Harnsey hospital" is the first', () => {
    const { resolution } = entitiesOf(
      'Births have stopped at Harnsey Community Hospital. Women will go to Kingsmere General Hospital instead.',
      'Births suspended at Harnsey hospital\n\nMothers will be sent to Kingsmere General Hospital, 23 miles away.',
    );
    const entities = resolution.entities.map((e) => `${e.kind} ${e.name} [${e.aliases.join(', ')}]`);
    const hospitals = resolution.entities.filter((e) => /Hospital/.test(e.name));
    expect(hospitals.map((e) => `${e.kind} ${e.name}`).sort(), entities.join('; ')).toEqual(['PLACE Harnsey Community Hospital', 'PLACE Kingsmere General Hospital']);
    expect(hospitals.find((e) => e.aliases.includes('Harnsey hospital'))?.name, entities.join('; ')).toBe('Harnsey Community Hospital');
  });

  it('a description with a town\'s name is still the one building the story names ("Little Brancote wedding barn" / "Oakhollow Barn")', () => {
    const { resolution } = entitiesOf('Noise curfew at Little Brancote wedding barn\n\nOakhollow Barn must stop music at 11pm.', 'Oakhollow Barn must stop music at 11pm.');
    const entities = resolution.entities.map((e) => `${e.kind} ${e.name} [${e.aliases.join(', ')}]`);
    expect(resolution.entities.filter((e) => /barn/i.test(`${e.name} ${e.aliases.join(' ')}`)), entities.join('; ')).toHaveLength(1);
  });

  it('a site named after its town is not the town: "Harnsey Community Hospital" / "in Harnsey", "the Ostrel River Bridge" / "the town of Ostrel"', () => {
    const { resolution } = entitiesOf(
      'Births have stopped at Harnsey Community Hospital. Home births will continue in Harnsey.',
      'A quake struck the town of Ostrel on Monday. The Ostrel River Bridge was damaged.',
    );
    const entities = resolution.entities.map((e) => `${e.kind} ${e.name} [${e.aliases.join(', ')}]`);
    const entityOf = (alias: string) => resolution.entities.find((e) => e.name === alias || e.aliases.includes(alias))?.id;
    expect(entityOf('Harnsey'), entities.join('; ')).not.toBe(entityOf('Harnsey Community Hospital'));
    expect(entityOf('the town of Ostrel'), entities.join('; ')).not.toBe(entityOf('the Ostrel River Bridge'));
  });

  it('"Harnsey Methodist Hall" is a place, "Jerry Hall" a person', () => {
    expect(kindOfName('Harnsey Methodist Hall')).toBe('PLACE');
    expect(kindOfName('Jerry Hall')).toBe('PERSON');
  });
});

describe('a form of address that says a man or a woman', () => {
  it('"Mr Whitlow" is not "Agnes Whitlow", "Mrs Marchbank" not "Roland Marchbank"; "Mrs Marchbank" is "Edith Marchbank"', () => {
    const { resolution } = entitiesOf(
      'Agnes Whitlow wrote the symphony in 1927. Mr Whitlow said his great-aunt had been forgotten.',
      'Edith Marchbank died in 2022. Her nephew Roland Marchbank produced a will. Mrs Marchbank never signed it.',
    );
    const entities = resolution.entities.map((e) => `${e.name} [${e.aliases.join(', ')}]`);
    const named = (alias: string) => resolution.entities.find((e) => e.name === alias || e.aliases.includes(alias))?.name;
    expect(named('Mr Whitlow'), entities.join('; ')).not.toBe('Agnes Whitlow');
    expect(named('Mrs Marchbank'), entities.join('; ')).toBe('Edith Marchbank');
  });
});
