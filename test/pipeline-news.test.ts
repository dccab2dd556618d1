// News constructions through the whole pipeline (extract → resolve → compare) on short articles
// written for this test: each case is what two outlets would print about one event.
import { describe, expect, it } from 'vitest';
import { buildStory } from '../src/ingest.ts';
import type { Article, StoryExport } from '../src/types.ts';

function storyOf(...texts: string[]): StoryExport {
  const articles: Article[] = texts.map((text, i) => ({ id: `n${i}`, title: `outlet ${i}`, outlet: `Outlet ${i}`, published: null, path: `n${i}.txt`, text }));
  return buildStory(articles);
}

function kinds(story: StoryExport): string[] {
  return story.contradictions.map((c) => c.kind);
}

/** What each contradiction of one kind says, to compare with what is expected. */
function explanations(story: StoryExport, kind: string): string[] {
  return story.contradictions.filter((c) => c.kind === kind).map((c) => c.explanation);
}

/** The corroborated facts holding a claim told in a sentence that matches `written`. */
function corroboratedFactsTelling(story: StoryExport, written: RegExp) {
  return story.facts.filter((f) => f.status === 'corroborated' && f.claims.some((id) => story.claims.find((c) => c.id === id)?.sources.some((x) => written.test(x.text))));
}

function claimsAbout(story: StoryExport, subject: RegExp) {
  const name = new Map(story.entities.map((e) => [e.id, e.name]));
  return story.claims.filter((c) => subject.test(name.get(c.subject) ?? ''));
}

describe('an amount that is the whole object', () => {
  it('corroborates "rose about 7%" and "climbed nearly 7%"', () => {
    const story = storyOf('Shares of Corlin Foods rose about 7% on Friday.', 'Corlin Foods shares climbed nearly 7% on Friday.');
    const moves = claimsAbout(story, /shares/i).filter((c) => c.predicate === 'increase');
    // "about 7%" and "nearly 7%" are two wordings (two claims) of one fact, told by both outlets.
    expect(new Set(moves.map((c) => story.facts.find((f) => f.claims.includes(c.id))!.id)).size).toBe(1);
    expect(moves.every((c) => c.status === 'corroborated')).toBe(true);
    expect(kinds(story)).toEqual([]);
  });

  it('contradicts "rose 4%" and "rose 9%" for the same shares', () => {
    const story = storyOf('Shares of Corlin Foods rose 4% on Friday.', 'Corlin Foods shares jumped 9% on Friday.');
    expect(kinds(story)).toEqual(['numeric']);
  });

  it('keeps a counted noun apart from another counted noun ("38 depots" vs "1,200 drivers")', () => {
    const story = storyOf('Halden Freight has 38 depots.', 'Halden Freight has about 1,200 drivers.');
    expect(kinds(story)).toEqual([]);
  });
});

describe('what an amount counts', () => {
  it('keeps counts of different things apart ("a 43 - 39 record" / "a 10 - win improvement")', () => {
    const story = storyOf('Coach Dale Pike led the Rovers to a 43 - 39 record last season.', 'Coach Dale Pike led the Rovers to a 10 - win improvement last season.');
    const amounts = story.claims.flatMap((c) => c.sources.map((s) => s.qualifiers?.quantity)).filter((q) => q !== undefined);
    expect(amounts.map((q) => `${q!.text} ${q!.counted}`).sort()).toEqual(['10 improvement', '43 record']);
    expect(story.contradictions.map((c) => c.explanation)).toEqual([]);
  });

  it('still sets counts of one thing against each other ("43 wins" / "39 wins")', () => {
    const story = storyOf('Coach Dale Pike led the Rovers to 43 wins last season.', 'Coach Dale Pike led the Rovers to 39 wins last season.');
    expect(new Set(kinds(story))).toEqual(new Set(['numeric']));
  });
});

describe('a word joined on by a hyphen', () => {
  it('keeps "four All-Star games" one object, so its four is no rival to "15 seasons"', () => {
    const story = storyOf('Cheeks played 15 seasons in the league.', 'Cheeks played in four All-Star games.');
    const name = new Map(story.entities.map((e) => [e.id, e.name]));
    expect(story.claims.map((c) => name.get(c.object ?? '') ?? c.objectText)).toContain('four All-Star games');
    expect(story.contradictions.map((c) => c.explanation)).toEqual([]);
  });
});

describe('a number with letters written onto it', () => {
  it('is a name ("the 76ers"), not a count', () => {
    const story = storyOf('Cheeks was a member of the 76ers championship team.');
    expect(story.claims.flatMap((c) => c.sources.map((s) => s.qualifiers?.quantity?.text ?? null))).toEqual([null]);
  });
});

describe('a new holder of a post', () => {
  it('is no contradiction with another holder named elsewhere: the post changed hands', () => {
    const story = storyOf(
      'Interior Secretary Dirk Kempthorne announced the rule on Thursday.',
      'Interior Secretary Ken Salazar announced the rule on Thursday. "We will not wait," said new Interior Secretary Ken Salazar.',
    );
    expect(story.contradictions.map((c) => c.explanation)).toEqual([]);
  });

  it('while two holders of one post, neither called new, still clash', () => {
    const story = storyOf('Interior Secretary Dirk Kempthorne announced the rule on Thursday.', 'Interior Secretary Ken Salazar announced the rule on Thursday.');
    expect(kinds(story)).toEqual(['role']);
  });
});

describe('a description before a name', () => {
  it('is the named company, so the price of one purchase is compared', () => {
    const story = storyOf(
      'Orvik Energy agreed to buy wind farm developer Saltmere Power for $800 million.',
      'Orvik Energy agreed to acquire Saltmere Power for $950 million.',
    );
    expect(story.entities.map((e) => e.name)).not.toContain('wind farm developer Saltmere Power');
    expect(kinds(story)).toEqual(['numeric']);
  });
});

describe('"take" in its news senses', () => {
  it('does not read "took questions" or "could take weeks" as winning', () => {
    const story = storyOf('The minister took questions from reporters.', 'The inquiry could take several weeks.');
    expect(story.claims.map((c) => c.predicate)).not.toContain('win');
  });
});

describe('a name spelled two ways by outlets that give the same role', () => {
  it('is one person and a spelling contradiction, not two people in one role', () => {
    const story = storyOf(
      'Marit Solbakken, head of the Fjordline ferry workers union, said the strike would go ahead.',
      'Marith Solbaken, head of the Fjordline ferry workers union, said members were angry.',
    );
    expect(kinds(story)).toEqual(['spelling']);
  });

  it('also with no role at all, when the given name is the same and a long surname one letter apart', () => {
    const story = storyOf(
      'Rhys Cadwallader, an analyst at Stonegate Partners, said the ruling was a blow to Kestrel.',
      'Rhys Cadwalader of Stonegate Partners said the ruling was a blow to Kestrel.',
    );
    expect(kinds(story)).toEqual(['spelling']);
    // A short surname one letter apart is another person: "John Smith" and "John Smyth".
    expect(kinds(storyOf('John Smith opened the new Kestrel shop in Dorvik on Monday.', 'John Smyth closed the old Kestrel depot in Dorvik on Monday.'))).not.toContain('spelling');
  });

  it('also when one outlet puts the title before the name and the other says it after', () => {
    const story = storyOf(
      'Finance Minister Tomas Brandl urged lenders to show patience. He said it was not for ministers to second-guess the bank.',
      'Tomas Brandt, the finance minister, said the government respected the independence of the bank.',
    );
    expect(story.contradictions.map((c) => c.explanation)).toEqual([expect.stringMatching(/"Tomas Brandl".*vs "Tomas Brandt"|"Tomas Brandt".*vs "Tomas Brandl"/)]);
  });
});

describe('a union post phrased two ways', () => {
  it('sets the two people each outlet names for it side by side', () => {
    const story = storyOf(
      'Dale Whitcombe, regional organiser for the United Manufacturing Workers, said members felt betrayed.',
      "Karen Oduya, the United Manufacturing Workers' regional organiser, said the union would fight the closure.",
    );
    const roles = story.contradictions.filter((c) => c.kind === 'role').map((c) => c.explanation);
    expect(roles, JSON.stringify(story.contradictions.map((c) => c.explanation))).toEqual([expect.stringMatching(/organiser of United Manufacturing Workers is (Dale Whitcombe|Karen Oduya) .* vs (Karen Oduya|Dale Whitcombe)/)]);
  });
});

describe('one post phrased two ways', () => {
  it('compares the people two outlets name for it', () => {
    const story = storyOf(
      // The organisation as the other outlet writes it, with its legal suffix: one organisation, so one post.
      'Velda Marine Ltd named a new leader on Tuesday. Jonas Ekberg, the chief executive of Velda Marine Ltd, said the fleet would grow.',
      "Velda said on Tuesday that orders were up. Velda's chief executive, Petra Lind, said the fleet would grow.",
    );
    const role = story.contradictions.filter((c) => c.kind === 'role');
    expect(role.map((c) => c.explanation)).toHaveLength(1);
    expect(role[0]!.explanation).toMatch(/Jonas Ekberg/);
    expect(role[0]!.explanation).toMatch(/Petra Lind/);
  });

  it('is no clash when an article names both people: a predecessor, not another answer for the post', () => {
    const story = storyOf(
      'Velda Marine Ltd named a new leader on Tuesday. Jonas Ekberg, the chief executive of Velda Marine Ltd, said the fleet would grow.',
      "Velda said on Tuesday that orders were up. Velda's chief executive, Petra Lind, said the fleet would grow. Jonas Ekberg left the company in March.",
    );
    expect(story.contradictions.filter((c) => c.kind === 'role').map((c) => c.explanation)).toEqual([]);
  });

  it('corroborates the same person given the post both ways', () => {
    const story = storyOf('Jonas Ekberg, the chief executive of Velda Marine, spoke first.', "Velda Marine's chief executive, Jonas Ekberg, spoke first.");
    expect(kinds(story)).toEqual([]);
    const posts = claimsAbout(story, /Jonas Ekberg/).filter((c) => c.predicate === 'be');
    expect(posts).toHaveLength(1);
    expect(posts[0]!.status).toBe('corroborated');
  });
});

describe('a passive with its agent', () => {
  it('is the same claim as the active, agent as subject', () => {
    const story = storyOf('Harrowgate Freight will close nine depots next year.', 'Nine depots will be closed by Harrowgate Freight next year.');
    const closing = claimsAbout(story, /Harrowgate/).filter((c) => c.predicate === 'close');
    expect(closing).toHaveLength(1);
    expect(closing[0]!.status).toBe('corroborated');
    expect(closing[0]!.alignment?.join(' ')).toMatch(/passive/);
  });

  it('and without its agent: "was announced on Thursday after a meeting" dates the same announcement', () => {
    const story = storyOf(
      'The central bank decision was announced on Thursday after a two-day meeting of the committee in Dorvik.',
      'Rate-setters at the central bank in Dorvik announced the decision on Wednesday afternoon.',
    );
    const times = story.contradictions.filter((c) => c.kind === 'time').map((c) => c.explanation);
    expect(times, JSON.stringify(story.claims.map((c) => [c.predicate, c.qualifiers.time, c.status]))).toEqual([expect.stringMatching(/"Thursday".*"Wednesday afternoon"|"Wednesday afternoon".*"Thursday"/)]);
  });
});

describe('a deal expected to close', () => {
  it('is the acquisition expected to be completed, so two quarters clash', () => {
    const story = storyOf(
      'Orvik Energy will buy Saltmere Power. The deal is expected to close in the second quarter of 2027.',
      'Orvik Energy will acquire Saltmere Power. The acquisition is expected to be completed in the third quarter of 2027.',
    );
    expect(kinds(story)).toEqual(['time']);
  });

  it('keeps a company closing stores apart from a deal closing', () => {
    const story = storyOf('Orvik Energy will close six offices.', 'Orvik Energy will complete six offices.');
    const predicates = claimsAbout(story, /Orvik/).map((c) => c.predicate);
    expect(predicates).toContain('close');
    expect(predicates).toContain('complete');
  });
});

describe('nobody hurt', () => {
  it('is one denied claim whether an outlet writes "Nobody was hurt" or "No one was injured"', () => {
    const story = storyOf('Nobody was hurt in the warehouse fire at Hollins Park on Sunday.', 'No one was injured in the warehouse blaze at Hollins Park on Sunday.');
    const denied = story.claims.filter((c) => c.qualifiers.negated);
    expect(denied.map((c) => [c.predicate, c.status]), JSON.stringify(story.claims.map((c) => [c.subject, c.predicate, c.qualifiers.negated, c.status]))).toEqual([
      [expect.any(String), 'corroborated'],
      [expect.any(String), 'corroborated'],
    ]);
  });
});

describe('a workforce', () => {
  it('is the same claim whether a company "has staff" or "employs workers"', () => {
    const agree = storyOf('Halden Freight employs about 1,200 workers.', 'Halden Freight has around 1,200 staff.');
    const employ = claimsAbout(agree, /Halden/).filter((c) => c.predicate === 'employ');
    expect(new Set(employ.map((c) => agree.facts.find((f) => f.claims.includes(c.id))!.id)).size).toBe(1);
    expect(employ.every((c) => c.status === 'corroborated')).toBe(true);
    expect(kinds(storyOf('Halden Freight employs 1,200 workers.', 'Halden Freight has 1,900 staff.'))).toEqual(['numeric']);
  });
});

describe('a size', () => {
  it('"the farm covers 140 acres" measures the farm (no report covering a story) and sets 140 against 180', () => {
    const story = storyOf('Hollins Farm covers 140 acres.', 'Hollins Farm covers 180 acres of grazing land.');
    const covers = claimsAbout(story, /Hollins/).map((c) => `${c.predicate} ${c.qualifiers.quantity?.text ?? ''}`);
    expect(covers.sort()).toEqual(['measure 140', 'measure 180']);
    expect(kinds(story)).toEqual(['numeric']);
    expect(claimsAbout(storyOf('The report covers crime in the town.'), /report/).map((c) => c.predicate)).toEqual(['discuss']);
  });
});

describe('what two speakers tell only as the when of their own statements', () => {
  it('"… while a small group of women were working on crafts" in two speakers\' different statements credits no statement twice', () => {
    const story = storyOf(
      'Pastor Larry Kroon said the fire broke out on Friday night while a small group of women were working on crafts.',
      'The fire was set at the entrance and moved inward as a small group of women were working on crafts, Chief Ray Steele said.',
    );
    expect(explanations(story, 'attribution')).toEqual([]);
    const clash = storyOf(
      'Mayor Ivo Brant said the city would repave the ring road while the bridge was closed.',
      'Deputy Mayor Lisa Krantz said the city would repave the ring road while the bridge was closed.',
    );
    expect(kinds(clash), JSON.stringify(clash.contradictions)).toContain('attribution');
  });
});

describe('who said it, and whether it happened', () => {
  it('flags the same reported statement credited to two different named people', () => {
    const story = storyOf(
      'Mayor Ivo Brant said the city would repave the ring road.',
      'Deputy Mayor Lisa Krantz said the city would repave the ring road.',
    );
    const attribution = story.contradictions.filter((c) => c.kind === 'attribution');
    expect(attribution).toHaveLength(1);
    expect(attribution[0]!.explanation).toMatch(/Ivo Brant/);
    expect(attribution[0]!.explanation).toMatch(/Lisa Krantz/);
  });

  it('does not flag one statement confirmed by two bodies that are not people', () => {
    const story = storyOf('Police said the ring road would reopen.', 'The transport agency said the ring road would reopen.');
    expect(kinds(story)).toEqual([]);
  });

  it('meets "has not conceded" with "conceded the race", but not "did not say which" with "said that"', () => {
    expect(kinds(storyOf('Tomas Berg conceded the race on Monday.', 'Tomas Berg has not conceded.'))).toEqual(['polarity']);
    expect(kinds(storyOf('Velda Marine said the ferry would resume.', 'Velda Marine did not say which routes would close.'))).toEqual([]);
  });
});

describe('people named with their party or their post', () => {
  it('is the person in "Name of the Party", and a role given in an apposition is not resolved to anyone', () => {
    const story = storyOf(
      'Rolf Asker of the Harbour League won 41 percent of the vote. Rolf Asker, the outgoing mayor, congratulated her.',
      'Deputy Mayor Lise Holm praised the count. Asker won 46 percent of the vote.',
    );
    const names = story.entities.map((e) => e.name);
    expect(names).not.toContain('Rolf Asker of the Harbour League');
    // "the outgoing mayor" is not Deputy Mayor Lise Holm.
    const name = new Map(story.entities.map((e) => [e.id, e.name]));
    expect(story.claims.some((c) => name.get(c.subject) === 'Rolf Asker' && c.object !== null && name.get(c.object) === 'Lise Holm')).toBe(false);
    expect(kinds(story)).toEqual(['numeric']);
  });
});

describe('a quote that writes a number two ways', () => {
  it('is the same words ("11th hour" / "eleventh-hour"); "three" against "four" is still worded differently', () => {
    const same = storyOf('"By rolling back this 11th hour regulation, we are ensuring protection," Salazar said.', '"By rolling back this eleventh-hour regulation, we are ensuring protection," said Salazar.');
    expect(kinds(same), same.contradictions.map((c) => c.explanation).join('\n')).toEqual([]);
    const other = storyOf('"We lost three homes," Salazar said.', '"We lost four homes," said Salazar.');
    expect(kinds(other)).toEqual(['quote']);
  });
});

describe('news verbs of one act', () => {
  it('corroborates "approved the budget" / "adopted the budget" and "hired 60 officers" / "recruited 60 officers"', () => {
    const budget = storyOf('The finance committee approved the city budget on Monday.', 'The finance committee adopted the city budget on Monday.');
    expect(budget.claims.filter((c) => c.status === 'corroborated').map((c) => c.predicate), JSON.stringify(budget.claims.map((c) => c.predicate))).toContain('approve');
    const officers = storyOf('The police department hired 60 officers.', 'The police department recruited 60 officers.');
    expect(officers.claims.filter((c) => c.status === 'corroborated').map((c) => c.predicate), JSON.stringify(officers.claims.map((c) => c.predicate))).toContain('hire');
  });
});

describe('two speakers\' quotes that share only their small words', () => {
  const lead = 'Orlan Rovers sacked coach Dale Pike on Monday. ';

  it('are two things said, not one quote credited to two people', () => {
    const story = storyOf(
      `${lead}"I felt we were not improving the way we had wanted to improve," Halvorsen said.`,
      `${lead}"I just felt the direction we were going was not where we wanted to go," Brandt said.`,
    );
    expect(story.contradictions.map((c) => c.explanation)).toEqual([]);
  });

  it('while the same words credited to two people still clash', () => {
    const story = storyOf(
      `${lead}"We will rebuild every home that was lost in the flood," Halvorsen said.`,
      `${lead}"We will rebuild every home that was lost in the flood," Brandt said.`,
    );
    expect(kinds(story)).toEqual(['attribution']);
  });
});

describe('a quote after "said:" or "told reporters:"', () => {
  it('credits the quote to its speaker, so two wordings of it are a quote contradiction', () => {
    const story = storyOf(
      'Harbour master Lien Ostrova told reporters: "The channel will stay shut until the wreck is lifted."',
      'Lien Ostrova said: "The channel will remain closed until the wreck has been raised."',
    );
    const quotes = story.contradictions.filter((c) => c.kind === 'quote');
    expect(quotes.map((c) => c.explanation)).toHaveLength(1);
    expect(quotes[0]!.explanation).toMatch(/Ostrova/);
  });
});

describe('two people named in one post', () => {
  it('sets "Tarn\'s site manager, Olek Grant," against "Mira Stone, Tarn\'s site manager,"', () => {
    const story = storyOf(
      "Tarn Quarries' site manager, Olek Grant, said the blast was routine.",
      "Mira Stone, Tarn Quarries' site manager, said the blast was routine.",
    );
    expect(story.entities.map((e) => e.name)).toContain('Olek Grant');
    expect(story.contradictions.filter((c) => c.kind === 'role').map((c) => c.explanation)).toEqual([expect.stringMatching(/manager of Tarn Quarries is (Olek Grant|Mira Stone)/)]);
  });

  it('is one councillor under "Councillor Ada Finch" and "Ada Finch", not two people in one post', () => {
    const story = storyOf(
      'The chair of the Tolland planning committee is Councillor Ada Finch, who opposed the plan.',
      'The plan was opposed by Ada Finch, the chair of the Tolland planning committee.',
    );
    expect(story.contradictions.map((c) => c.explanation)).toEqual([]);
  });
});

describe('an obligation: "will not have to pay" / "will pay"', () => {
  it('reads "have to pay" as paying, obliged, and sets the denial against the affirmation', () => {
    const story = storyOf(
      'The Harlow council will not have to pay Brisk Bikes any compensation.',
      'The Harlow council will pay Brisk Bikes compensation.',
    );
    const pay = story.claims.filter((c) => c.predicate === 'pay');
    expect(pay.map((c) => [c.sources[0]?.qualifiers?.negated, c.sources[0]?.qualifiers?.modality])).toEqual(expect.arrayContaining([[true, 'necessary']]));
    expect(kinds(story)).toEqual(['polarity']);
  });
});

describe('a date in a clause the rest of the sentence moves away from', () => {
  it('contradicts "began in March 2023, when …" and "was opened in May 2023, and …"', () => {
    const story = storyOf(
      'The inquiry began in March 2023, when officials searched offices in three towns and seized phones and laptops from senior staff.',
      'The inquiry was opened in May 2023, and investigators went on to read thousands of emails sent between managers at rival firms.',
    );
    expect(story.contradictions.map((c) => c.explanation)).toEqual([expect.stringMatching(/^time: .*March 2023.*May 2023/)]);
  });

  it('meets "councillors voted on Tuesday" and "City councillors voted on Wednesday"', () => {
    const story = storyOf('Councillors voted on Tuesday night to close the Fenn Street depot.', 'City councillors voted on Wednesday evening to close the Fenn Street depot.');
    expect(kinds(story)).toContain('time');
  });
});

describe('one event dated two ways in sentences that go on differently', () => {
  it('sets "the storm struck in November, and …" against "the storm hit in February, sending …"', () => {
    const story = storyOf(
      'Thornwick village hall has reopened after storm damage. The storm struck in November, and the building was declared unsafe within days.',
      'Thornwick village hall is open again after storm damage. The storm hit in February, sending slates crashing into the main hall.',
    );
    expect(explanations(story, 'time'), JSON.stringify(story.claims.map((c) => `${c.subject} | ${c.predicate} | ${c.qualifiers.time ?? ''}`))).toEqual([expect.stringMatching(/November.*February|February.*November/)]);
  });
});

describe('what a council means to do, called the scheme, the plan or the proposal', () => {
  it('sets "did not object to the scheme" against "objected to the proposal"', () => {
    const story = storyOf(
      'A 20mph limit was approved for Kersley. Harlshire Police did not object to the scheme.',
      'A 20mph limit was approved for Kersley. Harlshire Police objected to the proposal, saying it had too few officers.',
    );
    expect(explanations(story, 'polarity'), JSON.stringify(story.claims.map((c) => `${c.subject} | ${c.predicate} | ${c.object}`))).toEqual([expect.stringMatching(/object to/)]);
  });
});

describe('the same reported words credited to two people', () => {
  it('flags one clause said by two named people in two outlets, with no claim read inside it', () => {
    const story = storyOf(
      'A 20mph limit was approved for Kersley. Cllr Jane Whitlow said the limit was about protecting people, not punishing drivers.',
      'A 20mph limit was approved for Kersley. Parish council chairman Geoff Barraclough said the limit was about protecting people, not punishing drivers.',
    );
    expect(explanations(story, 'attribution')).toEqual([expect.stringMatching(/Jane Whitlow.*vs.*Geoff Barraclough|Geoff Barraclough.*vs.*Jane Whitlow/)]);
  });

  it('leaves two claims about one thing told with other verbs alone ("their money was being spent" / "the money raised")', () => {
    const story = storyOf(
      'The Regal cinema share offer raised £310,000. Treasurer Martin Gale said the accounts would be published so that shareholders could see how their money was being spent.',
      'The Regal cinema share offer raised £310,000. The treasurer, Owen Pask, said the money raised would be held in a separate account.',
    );
    expect(explanations(story, 'attribution')).toEqual([]);
  });

  it('leaves it alone when both people speak in one article, or the clause is a commonplace', () => {
    expect(kinds(storyOf(
      'Geoff Barraclough said he backed the plan. Cllr Jane Whitlow said the limit was about protecting people, not punishing drivers.',
      'Parish council chairman Geoff Barraclough said the limit was about protecting people, not punishing drivers.',
    ))).toEqual([]);
    expect(kinds(storyOf('Jane Whitlow said it was good news.', 'Geoff Barraclough said it was good news.'))).toEqual([]);
  });
});

describe('a post named by the words before its title', () => {
  it('sets "Harwick Hall director Ian Moss" against "Harwick Hall\'s director, Ruth Vane,"', () => {
    const story = storyOf(
      'Harwick Hall director Ian Moss said the loan had been agreed.',
      "Harwick Hall's director, Ruth Vane, said the loan had been agreed.",
    );
    expect(story.contradictions.filter((c) => c.kind === 'role').map((c) => c.explanation)).toEqual([expect.stringMatching(/director of Harwick Hall.*(Ian Moss|Ruth Vane).*vs.*(Ian Moss|Ruth Vane)/)]);
  });

  it('leaves the deputy apart from the director', () => {
    const story = storyOf('Harwick Hall deputy director Ian Moss said the loan had been agreed.', "Harwick Hall's director, Ruth Vane, said the loan had been agreed.");
    expect(story.contradictions.filter((c) => c.kind === 'role')).toEqual([]);
  });
});

describe('a cause after the verb', () => {
  it('is no participant: "were not cancelled as a result of the closure" denies "were cancelled"', () => {
    const story = storyOf(
      'No planned operations at Daleford Hospital have been cancelled as a result of the ward closure.',
      'Some planned operations at Daleford Hospital have been cancelled because of the pressure on beds.',
    );
    const cancelled = story.claims.filter((c) => c.predicate.includes('cancel'));
    expect(cancelled.map((c) => c.object ?? null)).toEqual(cancelled.map(() => null));
    expect(kinds(story)).toEqual(['polarity']);
  });
});

describe('a named person said to be "the …"', () => {
  it('sets two outlets\' holders of one definite description against each other', () => {
    const story = storyOf(
      "Tolland council's motion to build 400 homes at Fenn Quay was put forward by Nadia Rusk, the council's cabinet member for housing.",
      'Councillor Owen Pell, the cabinet member for housing, tabled the Tolland council motion to build 400 homes at Fenn Quay.',
    );
    expect(story.contradictions.filter((c) => c.kind === 'role').map((c) => c.explanation)).toEqual([expect.stringMatching(/cabinet member for housing is (Nadia Rusk|Owen Pell) .* vs (Nadia Rusk|Owen Pell)/)]);
  });

  it('but not "a member" or "the members", which have many holders', () => {
    const story = storyOf(
      "Tolland council's motion to build 400 homes at Fenn Quay was put forward by Nadia Rusk, a member of the housing committee.",
      'Owen Pell, a member of the housing committee, tabled the Tolland council motion to build 400 homes at Fenn Quay.',
    );
    expect(story.contradictions.filter((c) => c.kind === 'role')).toEqual([]);
  });
});


describe('a post an organisation has many holders of', () => {
  it('names two officers, not two answers for one post: "Harbour Police Officer Ana Kell" / "Harbour Police Officer Tom Rees"', () => {
    const story = storyOf(
      'Harbour Police Officer Ana Kell said the Fenn Street driver failed a breath test shortly after 2am.',
      'The Fenn Street driver failed a breath test shortly after 2am, Harbour Police Officer Tom Rees said.',
    );
    expect(explanations(story, 'role')).toEqual([]);
  });

  it('while one post still has one holder: "Harbour Police director Ana Kell" / "Harbour Police director Tom Rees"', () => {
    const story = storyOf(
      'Harbour Police director Ana Kell said the Fenn Street driver failed a breath test shortly after 2am.',
      'The Fenn Street driver failed a breath test shortly after 2am, Harbour Police director Tom Rees said.',
    );
    expect(story.contradictions.filter((c) => c.kind === 'role')).toHaveLength(1);
  });
});

describe('a post named by the words before its title', () => {
  it('sets "Returning officer Kofi Mensah" against "The returning officer, Ruth Aldane," and "the medical director" against "Medical director Dr Ines Varo"', () => {
    const officer = storyOf(
      'Ivo Shawcross won the Millbrook seat by two votes. The returning officer, Ruth Aldane, declared the result at 4am.',
      'Ivo Shawcross won the Millbrook seat by two votes. Returning officer Kofi Mensah announced the result.',
    );
    expect(officer.contradictions.map((c) => c.explanation)).toEqual([expect.stringMatching(/returning officer is (Ruth Aldane|Kofi Mensah) .* vs (Kofi Mensah|Ruth Aldane)/)]);
    const director = storyOf(
      "Cracks delayed the Kingsholm cancer unit. The trust's medical director, Dr Tomas Reyes, said staff would stay at Kingsholm.",
      'Cracks delayed the Kingsholm cancer unit. Medical director Dr Ines Varo said the faults were fixable.',
    );
    expect(director.contradictions.map((c) => c.explanation)).toEqual([expect.stringMatching(/medical director (of trust )?is (Ines Varo|Tomas Reyes)/)]);
  });

  it('reads a WordNet adjective at the head of a sentence as the post\'s word, not an owner ("Environmental health manager Tom Rix")', () => {
    const story = storyOf(
      'Mice were found at the Golden Wok. Environmental health manager Tom Rix said the kitchen was filthy.',
      "Mice were found at the Golden Wok. The council's environmental health manager, Alison Beech, said the owner had been warned.",
    );
    expect(explanations(story, 'role')).toEqual([expect.stringMatching(/environmental health manager .*is (Tom Rix|Alison Beech) .* vs (Alison Beech|Tom Rix)/)]);
  });

  it('reads the owner written after the post as the possessive one ("organiser for the union" = "the union\'s organiser")', () => {
    const story = storyOf('Dale Whitby, regional organiser for the Allied Rail Union, said members were angry.', "Karen Oduro, the Allied Rail Union's regional organiser, said talks had failed.");
    expect(kinds(story)).toEqual(['role']);
  });

  it('leaves posts many hold, two owners\' posts and a rank alone', () => {
    expect(kinds(storyOf('Police officer Dan Reeve said the road was closed.', 'Police officer Amy Holt said two people were hurt.'))).toEqual([]);
    expect(kinds(storyOf("Fennick's technical director, Joanne Marsh, said tests were under way.", "Greenvale's technical director, Kevin Oller, said tests were under way."))).toEqual([]);
    expect(kinds(storyOf('Senior officer Dan Reeve said the road was closed.', 'Senior officer Amy Holt said two people were hurt.'))).toEqual([]);
  });

  it('keeps the speaker\'s apposition as the speaker, and the object as the object ("The returning officer, Ruth Aldane, declared the result")', () => {
    const story = storyOf('The returning officer, Ruth Aldane, declared the result.');
    // "declare" is read as a speech verb: what was declared is the result, not the officer.
    const declared = claimsAbout(story, /Ruth Aldane/).find((c) => c.predicate === 'say');
    const name = new Map(story.entities.map((e) => [e.id, e.name]));
    expect(name.get(declared?.object ?? '')).toBe('result');
  });
});

describe('one statement credited to two people', () => {
  it('is flagged when the claim is worded alike, and not for two different claims in like sentences (a guard)', () => {
    const alike = storyOf(
      'The council met on Monday. City Hall would ensure an orderly handover, Mayor Ivo Hume said at the meeting.',
      'The council met on Monday. City Hall would ensure an orderly handover, Deputy Mayor Ana Solberg said at the meeting.',
    );
    expect(kinds(alike)).toEqual(['attribution']);
    const apart = storyOf(
      'The council met on Monday. The old mayor died in 2008, Mayor Ivo Hume said at the meeting on the handover.',
      'The council met on Monday. The handover was agreed after the meeting, Deputy Mayor Ana Solberg said at the meeting.',
    );
    expect(kinds(apart)).toEqual([]);
  });
});

describe('one post, its owner written before or after the title', () => {
  const roles = (story: StoryExport) => story.contradictions.filter((c) => c.kind === 'role').map((c) => c.explanation);
  it('sets "X\'s director of public health, A," against "B, director of public health for X,"', () => {
    const story = storyOf(
      "Brackley District Council's director of public health, Dr Anna Pryce, said residents should keep windows shut.",
      'Dr Colm Reardon, director of public health for Brackley District Council, said the smoke could sting the eyes.',
    );
    expect(roles(story), JSON.stringify(story.claims.map((c) => `${c.subject} ${c.predicate} ${c.object ?? ''}`))).toEqual([expect.stringMatching(/director of public health.*(Anna Pryce|Colm Reardon).*vs.*(Anna Pryce|Colm Reardon)/)]);
  });
  it('sets "Chief executive of the Tollan Housing Trust" against "the trust\'s chief executive"', () => {
    const story = storyOf(
      'Marcus Vell, chief executive of the Tollan Housing Trust, said repairs would start in May.',
      "The trust's chief executive, Irene Dowd, said repairs would start in May.",
    );
    expect(roles(story), JSON.stringify(story.claims.map((c) => `${c.subject} ${c.predicate} ${c.object ?? ''}`))).toEqual([expect.stringMatching(/chief executive.*(Marcus Vell|Irene Dowd).*vs.*(Marcus Vell|Irene Dowd)/)]);
  });
  it('keeps "the zoo\'s director" with the name it is written beside: no other director, and a clash with "Zoo director" elsewhere', () => {
    const story = storyOf(
      'An Asian elephant at Hollin Zoo has given birth to a female calf. Zoo director Ada Finch said the birth was the result of years of planning.',
      "Hollin Zoo has announced the birth of an elephant calf. The zoo's director, Ben Oakes, said staff were overjoyed.",
    );
    const lines = story.claims.map((c) => `${c.subject} ${c.predicate} ${c.object ?? ''}`);
    expect(lines.filter((l) => l.startsWith('e:ben-oakes be')), lines.join('\n')).not.toContain('e:ben-oakes be e:ada-finch');
    expect(roles(story), lines.join('\n')).toEqual([expect.stringMatching(/director.*(Ada Finch|Ben Oakes).*vs.*(Ada Finch|Ben Oakes)/)]);
  });
  it('reads "cabinet member for transport at X Council," between commas, "the company\'s managing director" as the named company\'s, and "Mayor of X Councillor Y" as Y\'s post', () => {
    const transport = storyOf(
      'Councillor Nia Holt, the council\'s cabinet member for transport, said the Orrin Valley bus routes would be protected.',
      'Councillor Sam Reed, cabinet member for transport at Orrin County Council, described the Orrin Valley bus cuts as worrying.',
    );
    expect(roles(transport), JSON.stringify(transport.claims.map((c) => `${c.subject} ${c.predicate} ${c.object ?? ''}`))).toEqual([expect.stringMatching(/cabinet member for transport.*(Nia Holt|Sam Reed).*vs.*(Nia Holt|Sam Reed)/)]);
    const company = storyOf(
      'Ivo Brandt, managing director of Kell Plastics, said the Kell Plastics factory fire had shocked staff.',
      "The company's managing director, Lena Voss, said the Kell Plastics factory fire had shocked staff.",
    );
    expect(roles(company), JSON.stringify(company.claims.map((c) => `${c.subject} ${c.predicate} ${c.object ?? ''}`))).toEqual([expect.stringMatching(/managing director.*(Ivo Brandt|Lena Voss).*vs.*(Ivo Brandt|Lena Voss)/)]);
    const mayor = storyOf(
      'Mayor of Fenby Councillor Tom Ash said the Fenby lights switch-on would go ahead next year.',
      'The Mayor of Fenby, Councillor Ann Lowe, said the Fenby lights switch-on had been cancelled.',
    );
    expect(roles(mayor), JSON.stringify(mayor.claims.map((c) => `${c.subject} ${c.predicate} ${c.object ?? ''}`))).toEqual([expect.stringMatching(/mayor.*(Tom Ash|Ann Lowe).*vs.*(Tom Ash|Ann Lowe)/i)]);
  });
  it('leaves two posts apart: another owner, a deputy under a title, or a post many hold', () => {
    expect(roles(storyOf(
      'Marcus Vell, chief executive of the Tollan Housing Trust, said repairs would start in May.',
      'Irene Dowd, chief executive of Carrow Homes, said repairs would start in May.',
    ))).toEqual([]);
    expect(roles(storyOf(
      'Brackley County Sheriff Alan Toms said the road was closed.',
      'His name is Brackley County Sheriff deputy Ray Quill.',
    ))).toEqual([]);
    // Two clubs' general managers named: a bare "general manager" may be either club's.
    expect(roles(storyOf(
      'Yankees general manager Brian Cole said the club had made an offer to Mark Tully.',
      'Hawks general manager Dan Pyle said his club had made an offer to Mark Tully.',
      'Mark Tully has an offer of eight years, general manager Tony Rees said on Friday.',
    ))).toEqual([]);
    expect(roles(storyOf(
      'Harbour Police Officer Jan Pike said the road was closed.',
      'Harbour Police Officer Lee Rowe said the road was closed.',
    ))).toEqual([]);
  });
});

describe('a post named "head of" a field', () => {
  it('sets "the council\'s head of parks and open spaces, Ann Lowe," against "Ben Hale, head of parks and open spaces at Tolland Borough Council"', () => {
    const story = storyOf(
      "Tolland Borough Council closed Fenn Mere to swimmers on Tuesday after toxic algae was found. The council's head of parks and open spaces, Ann Lowe, said the ban was a sensible precaution.",
      'Swimmers have been banned from Fenn Mere after toxic algae was found, Tolland Borough Council said. Ben Hale, head of parks and open spaces at Tolland Borough Council, said closing the mere was the right decision.',
    );
    expect(story.contradictions.filter((c) => c.kind === 'role').map((c) => c.explanation), JSON.stringify(story.contradictions.map((c) => c.explanation))).toEqual([expect.stringMatching(/head of parks and open spaces is (Ann Lowe|Ben Hale) .* vs (Ann Lowe|Ben Hale)/)]);
  });

  it('also with the holder after the field ("Head of trading standards Ann Lowe said")', () => {
    const story = storyOf(
      'A rogue roofer who took £90,000 from elderly people in Tolland was jailed on Friday. Head of trading standards Ann Lowe said the sentence sent a clear message.',
      'A rogue roofer who conned elderly Tolland residents out of £90,000 has been jailed. Ben Hale, head of trading standards at Tolland Borough Council, welcomed the sentence.',
    );
    expect(story.contradictions.filter((c) => c.kind === 'role').map((c) => c.explanation), JSON.stringify(story.contradictions.map((c) => c.explanation))).toEqual([expect.stringMatching(/head of trading standards is (Ann Lowe|Ben Hale) .* vs (Ann Lowe|Ben Hale)/)]);
  });
});

describe('an event dated by "happened" in one outlet and "occurred" in another', () => {
  it('sets the two clock times side by side', () => {
    const story = storyOf(
      'Scaffolding fell onto Market Street in Penholt on Saturday, crushing a parked car. The terrifying collapse happened shortly after 2pm, when the street was busy.',
      'A parked car was crushed when scaffolding fell onto Market Street in Penholt on Saturday. The collapse occurred at about 4pm, according to police.',
    );
    expect(explanations(story, 'time'), JSON.stringify(story.contradictions.map((c) => c.explanation))).toEqual([expect.stringMatching(/(shortly after 2pm|about 4pm).*vs.*(shortly after 2pm|about 4pm)/)]);
  });
});

describe('a fine told actively and passively', () => {
  it('sets "fined Rovers £250" against "Rovers have been fined £350 by the league"', () => {
    const story = storyOf(
      'An under-13s match in Fordingley was abandoned after parents fought on the touchline. The league has also fined Rovers £250.',
      'Parents fought on the touchline at an under-13s match in Fordingley, which was abandoned. Rovers have been fined £350 by the league.',
    );
    expect(explanations(story, 'numeric'), JSON.stringify(story.contradictions.map((c) => c.explanation))).toEqual([expect.stringMatching(/£ ?250.*£ ?350|£ ?350.*£ ?250/)]);
  });
});

describe('one sum of money told of differently worded subjects', () => {
  it('corroborates "Repairs are expected to cost about £6,000" and "Fixing the damage will cost £6k"', () => {
    const story = storyOf(
      'Vandals drove a car across the bowling green at Pellingham Bowls Club on Saturday night. Repairs are expected to cost about £6,000.',
      'A car was driven across the bowling green at Pellingham Bowls Club on Saturday night. Fixing the damage will cost £6k.',
    );
    const costs = story.claims.filter((c) => c.predicate === 'cost');
    expect(costs.map((c) => c.status), JSON.stringify(costs)).toEqual(['corroborated', 'corroborated']);
  });
});

describe('a person\'s age', () => {
  it('is one fact across outlets that write it differently, and two ages clash', () => {
    const story = storyOf(
      'Dean Kerr, 34, of Harrowby, was jailed for nine years at Castlebrook Crown Court on Friday for a string of cash machine raids.',
      'Aged 34, Dean Kerr was jailed for nine years on Friday for the cash machine raids, Castlebrook Crown Court heard.',
      'Harrowby man Dean Kerr, 43, was jailed for nine years at Castlebrook Crown Court on Friday over cash machine raids.',
    );
    expect(explanations(story, 'numeric'), JSON.stringify(story.contradictions.map((c) => c.explanation))).toEqual([expect.stringMatching(/Dean Kerr be age.*"(34|43)".*"(34|43)"/)]);
    const age = claimsAbout(story, /^Dean Kerr$/).filter((c) => c.predicate === 'be age');
    expect(age.flatMap((c) => c.sources.map((s) => s.article)).sort(), JSON.stringify(age)).toEqual(['n0', 'n1', 'n2']);
  });
});

describe('one post in other words', () => {
  it('sets "Parish council chairman Brian Lusk" against "Maggie Horne, chair of Fenby Parish Council"', () => {
    const story = storyOf(
      'The village surgery in Fenby will close in March, the practice said. Parish council chairman Brian Lusk said the village was being left to rot.',
      'The Fenby branch surgery is to close in March, the practice confirmed. Maggie Horne, chair of Fenby Parish Council, said the decision would hit elderly residents hardest.',
    );
    expect(explanations(story, 'role'), JSON.stringify(story.contradictions.map((c) => c.explanation))).toEqual([expect.stringMatching(/chair is (Brian Lusk|Maggie Horne) .* vs (Brian Lusk|Maggie Horne)/)]);
  });

  it('sets "who chairs the campaign group" against "Campaign chair Helen Ferris"', () => {
    const story = storyOf(
      'Villagers in Ashcombe Cross have launched a campaign to buy the Plough Inn before it closes on Saturday. Derek Lomax, who chairs the campaign group, said the village would fight to keep its last pub.',
      'A campaign has been launched to save the Plough Inn in Ashcombe Cross, which closes on Saturday. Campaign chair Helen Ferris said the village would fight to keep its last pub.',
    );
    expect(explanations(story, 'role'), JSON.stringify(story.contradictions.map((c) => c.explanation))).toEqual([expect.stringMatching(/chair is (Derek Lomax|Helen Ferris) .* vs (Derek Lomax|Helen Ferris)/)]);
  });

  it('sets "DC Paul Hegarty, who is leading the inquiry" against "Detective Constable Amy Rudd, who is leading the investigation"', () => {
    const story = storyOf(
      'A Brindlecombe pensioner lost her savings to a courier fraudster. Detective Constable Amy Rudd, who is leading the investigation, said the fraudsters were cruel.',
      'A Brindlecombe pensioner was conned out of her savings. DC Paul Hegarty, who is leading the inquiry, said officers were examining CCTV.',
    );
    expect(explanations(story, 'role'), JSON.stringify(story.claims.map((c) => `${c.subject} | ${c.predicate} | ${c.object}`))).toEqual([expect.stringMatching(/leader .*is (Amy Rudd|Paul Hegarty) .* vs (Amy Rudd|Paul Hegarty)/)]);
  });

  it('sets "Head nurse Priya Shah" against "Head nurse Tom Bellamy" (head + a trade is one post)', () => {
    const story = storyOf(
      'A cat missing for five years was reunited with its owner after a vet in Rushworth scanned its microchip. Head nurse Priya Shah said the team was delighted.',
      'A cat that vanished five years ago is home again after a Rushworth vet read its microchip. Head nurse Tom Bellamy said the team was thrilled.',
    );
    expect(explanations(story, 'role'), JSON.stringify(story.contradictions.map((c) => c.explanation))).toEqual([expect.stringMatching(/head nurse is (Priya Shah|Tom Bellamy) .* vs (Priya Shah|Tom Bellamy)/)]);
  });

  it('sets "who chairs the Tolland Museum Trust" against "chairwoman of the trust"', () => {
    const story = storyOf(
      'Thieves stole a silver clock from Tolland Museum on Sunday night. Geoffrey Lang, who chairs the Tolland Museum Trust, said staff were shocked by the theft.',
      'A silver clock was stolen from Tolland Museum on Sunday night. Ann Osborne, chairwoman of the trust, said staff were devastated by the theft.',
    );
    expect(explanations(story, 'role'), JSON.stringify(story.contradictions.map((c) => c.explanation))).toEqual([expect.stringMatching(/chair is (Geoffrey Lang|Ann Osborne) .* vs (Geoffrey Lang|Ann Osborne)/)]);
  });
});

describe('a post whose owner is written inside its field', () => {
  it('sets "Ann Lowe, chair of the museum\'s trustees" against "Ben Hale, chair of trustees at the museum"', () => {
    const story = storyOf(
      "Thieves stole a silver clock from Tolland Museum on Sunday night. Ann Lowe, chair of the museum's trustees, said staff were shocked by the theft.",
      'A silver clock was stolen from Tolland Museum on Sunday night. Ben Hale, chair of trustees at the museum, said staff were devastated by the theft.',
    );
    expect(story.contradictions.filter((c) => c.kind === 'role').map((c) => c.explanation), JSON.stringify(story.contradictions.map((c) => c.explanation))).toEqual([expect.stringMatching(/chair of trustees is (Ann Lowe|Ben Hale) .* vs (Ann Lowe|Ben Hale)/)]);
  });
});

describe('a denial told by "no" before the object', () => {
  const opening = 'Hail wrecked greenhouses at the Friars Lane allotments in Tolland on Monday, the Tolland Allotment Society said.';
  it('"have no insurance" and "do not have insurance" agree; "have insurance" clashes with both', () => {
    const agreeing = storyOf(`${opening} Most plot holders have no insurance for their sheds.`, `${opening} Most plot holders do not have insurance for their sheds.`);
    expect(agreeing.contradictions.map((c) => c.explanation)).toEqual([]);
    const clashing = storyOf(`${opening} Most plot holders have no insurance for their sheds.`, `${opening} Most plot holders have insurance for their sheds.`);
    expect(clashing.contradictions.filter((c) => c.kind === 'polarity').map((c) => c.explanation), JSON.stringify(clashing.contradictions.map((c) => c.explanation))).toHaveLength(1);
  });

  it('"little shade" is not denied by "no shade"', () => {
    const story = storyOf(`${opening} There was little shade on the plots.`, `${opening} There was no shade on the plots.`);
    expect(story.contradictions.map((c) => c.explanation)).toEqual([]);
  });
});

describe('an event named by its noun', () => {
  it('joins "The raid on the farm took place in May" with "The farm was raided in May"', () => {
    const story = storyOf(
      'Dog breeder Dale Holt was jailed on Friday for running a puppy farm near Harle. The raid on the farm took place in May last year.',
      'Harle puppy farmer Dale Holt has been jailed for running a puppy farm. The farm was raided in May last year.',
    );
    const source = (words: string) => story.claims.find((c) => c.sources.some((s) => s.text.includes(words)));
    const [told, raided] = [source('took place'), source('was raided')];
    const factOf = (id?: string) => story.facts.find((f) => id && f.claims.includes(id))?.id;
    expect(factOf(told?.id), JSON.stringify(story.claims.map((c) => [c.predicate, c.status]))).toBeDefined();
    expect(factOf(told?.id)).toBe(factOf(raided?.id));
  });
});

describe('a noun in two numbers is not a name spelled two ways', () => {
  it('never reports "police officer" / "police officers" as a spelling', () => {
    const story = storyOf(
      'A driver who hit a cyclist in Harle on Friday fled, but a police officer arrested the driver nearby.',
      'The driver who hit a cyclist in Harle on Friday fled the scene but police officers arrested the driver nearby.',
    );
    expect(explanations(story, 'spelling')).toEqual([]);
  });
});

describe('an owner whose name goes on after "of"', () => {
  it('sets "who chairs Tolland Chamber of Trade" against "chairman of Tolland Chamber of Trade"', () => {
    const story = storyOf(
      'Tolland council will scrap free parking in the town centre. Nadia Fenn, who chairs Tolland Chamber of Trade, called the decision short-sighted.',
      'Free parking in Tolland town centre is to be scrapped by the council. Tom Ash, chairman of Tolland Chamber of Trade, said shops were already struggling.',
    );
    expect(explanations(story, 'role'), JSON.stringify(story.contradictions.map((c) => c.explanation))).toEqual([expect.stringMatching(/Chamber of Trade's chair is (Nadia Fenn|Tom Ash) .* vs (Nadia Fenn|Tom Ash)/)]);
  });
});

describe('a sum told as what the active raises and what the passive says was raised', () => {
  it('sets "raised more than £46,000" against "a total of £38,500 has been raised"', () => {
    const story = storyOf(
      'Forty volunteers abseiled down the Tolland mill chimney on Saturday for the hospice. The volunteers raised more than £46,000 for the hospice.',
      'Forty people abseiled down the Tolland mill chimney on Saturday for the hospice. A total of £38,500 has been raised for the hospice.',
    );
    expect(explanations(story, 'numeric'), JSON.stringify(story.contradictions.map((c) => c.explanation))).toEqual([expect.stringMatching(/£ 38,500.* vs .*more than £ 46,000|more than £ 46,000.* vs .*£ 38,500/)]);
  });

  it('sets "fined Rovers £250" against "Rovers have been fined £350" (one claim per sentence, about Rovers)', () => {
    const story = storyOf('Tolland Rovers were punished after a brawl at the cup final. The league has also fined Tolland Rovers £250.', 'Tolland Rovers were punished after a brawl at the cup final. Tolland Rovers have been fined £350 by the league.');
    expect(explanations(story, 'numeric'), JSON.stringify(story.contradictions.map((c) => c.explanation))).toEqual([expect.stringMatching(/£ 250.* vs .*£ 350|£ 350.* vs .*£ 250/)]);
  });
});

describe('one sum of money is a participant both outlets name', () => {
  it('corroborates "will bring in about £1m annually" and "will generate roughly £1m each year"', () => {
    const story = storyOf(
      'Tolland hospital will charge staff to park from April. The changes are expected to bring in about £1m annually.',
      'Staff at Tolland hospital will pay to park from April. The trust estimates the charges will generate roughly £1m each year.',
    );
    const money = story.claims.filter((c) => c.sources.some((s) => /£1m/.test(s.text)) && c.qualifiers.quantity);
    const facts = new Set(money.map((c) => story.facts.find((f) => f.claims.includes(c.id))?.id));
    expect(facts.size, JSON.stringify(money.map((c) => [c.predicate, c.status]))).toBe(1);
    expect(money.length).toBeGreaterThanOrEqual(2);
  });
});

describe('a speaker the outlet does not name', () => {
  it('sets no attribution between "her agent" and the agent named in another outlet', () => {
    const story = storyOf(
      'Actress Lena Varga died on Friday at her home in Tolland. "She lit up every stage she ever stood on and every room she ever walked into," her agent said.',
      'Actress Lena Varga has died at home in Tolland, aged 81. "She lit up every stage she ever stood on and every room she ever walked into," said agent Mark Roesby.',
    );
    expect(explanations(story, 'attribution')).toEqual([]);
  });

  it('still sets two named speakers of one quote against each other', () => {
    const story = storyOf(
      'Actress Lena Varga died on Friday at her home in Tolland. "She lit up every stage she ever stood on and every room she ever walked into," said agent Mark Roesby.',
      'Actress Lena Varga has died at home in Tolland, aged 81. "She lit up every stage she ever stood on and every room she ever walked into," said her daughter, Anna Varga-Holt.',
    );
    expect(explanations(story, 'attribution'), JSON.stringify(story.contradictions.map((c) => c.explanation))).toHaveLength(1);
  });
});

describe('one participant named by a word and a more general word for it', () => {
  it('sets "The new vessel cost £420,000" against "The boat cost £480,000"', () => {
    const story = storyOf(
      'The Tolland lifeboat was named on Saturday in front of hundreds of people. The new vessel cost £420,000.',
      'Hundreds of people watched the Tolland lifeboat being named on Saturday. The boat cost £480,000 to build.',
    );
    expect(explanations(story, 'numeric'), JSON.stringify(story.contradictions.map((c) => c.explanation))).toEqual([expect.stringMatching(/£ 420,000.* vs .*£ 480,000|£ 480,000.* vs .*£ 420,000/)]);
  });
});

describe('the owner in a title before a name', () => {
  it('keeps "the forum" the forum where "Forum chairman Graham Pyne" is named (only "chairman" says what he is)', () => {
    const story = storyOf("The Tolland Motorists' Forum obtained the figures. Forum chairman Graham Pyne said drivers were paying for years of neglect.");
    const obtained = story.claims.find((c) => c.predicate === 'obtain');
    const name = new Map(story.entities.map((e) => [e.id, e.name]));
    expect(name.get(obtained?.subject ?? ''), JSON.stringify(story.entities.map((e) => [e.name, e.kind, e.aliases]))).toBe("Tolland Motorists' Forum");
  });
});

describe('an event said to take place, happen or be held', () => {
  it('sets "took place on Sunday" against "happened on Saturday" for the same event', () => {
    const story = storyOf('Ravensby Rovers beat Ashby Town 3-1. The Ravensby cup final took place on Sunday.', 'Ravensby Rovers beat Ashby Town 3-1. The Ravensby cup final happened on Saturday.');
    expect(explanations(story, 'time'), JSON.stringify(story.claims.map((c) => c.predicate))).toHaveLength(1);
  });
  it('sets "came into force on 1 September" against "takes effect from 1 October" for the same ban', () => {
    const story = storyOf('Ravensby council banned barbecues on the beach. The ban came into force on 1 September.', 'Ravensby council has banned barbecues on the beach. The ban takes effect from 1 October.');
    expect(explanations(story, 'time'), JSON.stringify(story.claims.map((c) => c.predicate))).toHaveLength(1);
  });
});

describe('a speaker named with an organisation word', () => {
  it('reads "according to the Ravensby Roads Authority" and "the Ravensby Growers\' Federation" as organisations, not people', () => {
    const story = storyOf('Nobody was hurt, according to the Ravensby Roads Authority. Egg prices have risen 12 per cent, according to the Ravensby Growers\' Federation.');
    const kinds = Object.fromEntries(story.entities.map((e) => [e.name, e.kind]));
    expect(kinds['Ravensby Roads Authority'], JSON.stringify(kinds)).toBe('ORG');
    expect(kinds["Ravensby Growers' Federation"], JSON.stringify(kinds)).toBe('ORG');
  });
});

describe('a vicar of a church named with "\'s"', () => {
  it('sets "The Rev Sarah Pennock, vicar of St Wilfrid\'s" against "The vicar of St Wilfrid\'s, the Rev Andrew Hollins"', () => {
    const story = storyOf("The Rev Sarah Pennock, vicar of St Wilfrid's, said she was heartbroken when she saw the damage.", "The vicar of St Wilfrid's, the Rev Andrew Hollins, said villagers were sickened by the theft.");
    expect(explanations(story, 'role'), JSON.stringify(story.claims.map((c) => c.predicate))).toHaveLength(1);
  });
});

describe('an act dated to a year by one outlet only', () => {
  const bought = 'Supporters of Marlingford Town FC have bought Brook Lane, ending years of uncertainty.';
  const developer = (when: string) => `The home of Marlingford Town FC is Brook Lane. Harlow Keep Estates, the developer that owned the site, had hoped to build houses. The firm bought Brook Lane ${when}.`;
  const roles = (story: ReturnType<typeof storyOf>) => story.contradictions.filter((c) => c.kind === 'role').map((c) => c.explanation);
  it('"The firm bought Brook Lane in 2016" is an earlier sale, not another buyer of this one', () => {
    expect(roles(storyOf(bought, developer('in 2016')))).toEqual([]);
  });
  it('the same sale told undated or of one week is still two buyers', () => {
    expect(roles(storyOf(bought, developer('last week')))).toEqual([expect.stringMatching(/buyer of Brook Lane is/)]);
  });
});

describe('the first time against an earlier occasion', () => {
  const polarity = (story: ReturnType<typeof storyOf>) => explanations(story, 'polarity');
  const read = (story: ReturnType<typeof storyOf>) => JSON.stringify(story.claims.map((c) => [c.predicate, c.qualifiers]));
  it('sets "It was the first time the choir had reached the final" against "were also in the final in 2011"', () => {
    const story = storyOf('It was the first time Harnby Male Voice Choir had reached the final.', 'Harnby Male Voice Choir were also in the final in 2011, when they finished third.');
    expect(polarity(story), read(story)).toEqual([expect.stringMatching(/first time.*happened before/)]);
  });
  it('sets "won the cup for the first time" against "last won the cup in 1987"', () => {
    const story = storyOf('Dunmere Rovers won the county cup for the first time on Saturday.', 'Dunmere Rovers last won the county cup in 1987.');
    expect(polarity(story), read(story)).toEqual([expect.stringMatching(/first time.*happened before/)]);
  });
  it('sets "It is the first time otters have been seen on the river" against "had been seen on the river before"', () => {
    const story = storyOf('It is the first time otters have been seen on the River Lune at Caton, the trust said.', 'Otters have been seen on the River Lune at Caton before, in 2015 and 2019.');
    expect(polarity(story), read(story)).toEqual([expect.stringMatching(/first time.*happened before/)]);
  });
  it('reads "had never previously won" as a first, against "also won it in 1987"', () => {
    const story = storyOf('Dunmere Rovers had never previously won the county cup, the club said.', 'Dunmere Rovers also won the county cup in 1987, beating Hexley.');
    expect(polarity(story), read(story)).toEqual([expect.stringMatching(/first time.*happened before/)]);
  });
  it('leaves "the first time since 2014" and an undated win of the same day alone', () => {
    expect(polarity(storyOf('It is the first time the trust has closed the pool since 2014.', 'The trust also closed the pool in 2014.'))).toEqual([]);
    expect(polarity(storyOf('Dunmere Rovers won the county cup for the first time on Saturday.', 'Dunmere Rovers won the county cup on Saturday.'))).toEqual([]);
  });
  it('reads "It is the first time …" as the clause it counts, with no "it" and no "the first time" in a subject', () => {
    const story = storyOf('It is the first time legionnaires have been found in the Fellside baths.');
    const subjects = story.claims.map((c) => story.entities.find((e) => e.id === c.subject)?.name);
    expect(subjects, read(story)).toEqual([expect.stringMatching(/^legionnaires?$/)]);
    expect(story.claims[0]!.sources[0]!.qualifiers!.occasion).toBe('first');
  });
});

describe('counsel named by a participle, as British court reports do', () => {
  const court = 'Landlord Alan Pike was fined £20,000 at Tollbridge Magistrates\' Court for failing to fit fire doors.';
  it('sets "Fiona Harkness, prosecuting," against "Lawrence Adeyemi, prosecuting on behalf of the council,"', () => {
    const story = storyOf(`${court} Fiona Harkness, prosecuting, said the tenants had no way out.`, `${court} Lawrence Adeyemi, prosecuting on behalf of the council, described the conditions as shocking.`);
    expect(explanations(story, 'role')).toEqual([expect.stringMatching(/prosecuting counsel is (Fiona Harkness|Lawrence Adeyemi).* vs (Fiona Harkness|Lawrence Adeyemi)/)]);
  });
  it('in a court report, sets "Prosecutor Marcus Hale said" against "Fiona Harkness, prosecuting,"; two titled prosecutors alone stay apart', () => {
    const story = storyOf(`${court} Fiona Harkness, prosecuting, said the tenants had no way out.`, `${court} Prosecutor Marcus Hale said the conditions were shocking.`);
    expect(explanations(story, 'role')).toEqual([expect.stringMatching(/prosecuting counsel is (Fiona Harkness|Marcus Hale).* vs (Fiona Harkness|Marcus Hale)/)]);
    expect(explanations(storyOf(`${court} Prosecutor Fiona Harkness said the tenants had no way out.`, `${court} Prosecutor Marcus Hale said the conditions were shocking.`), 'role')).toEqual([]);
  });
  it('leaves one counsel named the same way, and a runner "defending his title", alone', () => {
    expect(explanations(storyOf(`${court} Fiona Harkness, prosecuting, said the tenants had no way out.`, `${court} Fiona Harkness, prosecuting on behalf of the council, described the conditions as shocking.`), 'role')).toEqual([]);
    const race = 'Tom Ward won the Fellside fell race on Saturday in a record time.';
    expect(explanations(storyOf(`${race} Tom Ward, defending his title, led from the start.`, `${race} Sam Bell, defending his title, finished second.`), 'role')).toEqual([]);
  });
});

describe('a first name the tagger takes for a verb', () => {
  it('reads "Josh Ferrier, the Harnby FC chairman, said" as a person holding a post', () => {
    const story = storyOf('Josh Ferrier, the Harnby FC chairman, said the ground would reopen.', 'Ravi Sandhu, the Harnby FC chairman, said the ground would reopen in May.');
    expect(story.entities.filter((e) => e.kind === 'PERSON').map((e) => e.name)).toContain('Josh Ferrier');
    expect(explanations(story, 'role')).toEqual([expect.stringMatching(/chairman of Harnby FC/)]);
  });
});

describe('the receiver of a handing, told by a passive or by "receive"', () => {
  const fined = (court: string) => `Scrap dealer Owen Marr was fined £4,000 ${court}.`;
  it('sets "had been sent a final notice" against "had never received a notice"', () => {
    const story = storyOf(`${fined('by Carsby magistrates')} Marr had been sent a final notice by the council.`, `${fined("at Carsby Magistrates' Court")} Marr had never received a notice from the council, the court heard.`);
    expect(explanations(story, 'polarity')).toEqual([expect.stringMatching(/be sent.*not receive|not receive.*be sent/)]);
  });
  it('sets "tenants are not being charged rent" against "tenants still pay rent"', () => {
    const moved = 'The Orchard Row tenants moved into cabins on the green after the fire.';
    const story = storyOf(`${moved} The tenants are not being charged rent while the flats are repaired.`, `${moved} The tenants still pay rent for the cabins, at a reduced rate.`);
    expect(explanations(story, 'polarity')).toEqual([expect.stringMatching(/pay rent.*not be charge rent|not be charge rent.*pay rent/)]);
  });
  it('keeps "the notice was sent to the council" apart from "Marr received a notice"', () => {
    const story = storyOf(`${fined('by Carsby magistrates')} The notice was sent to the yard in May.`, `${fined("at Carsby Magistrates' Court")} Marr had never received a notice from the council.`);
    expect(explanations(story, 'polarity')).toEqual([]);
  });
});

describe('"the project" and the act it names', () => {
  const opened = 'The rebuilt Harnby lido reopened on Saturday after two years of work.';
  it('sets "The project cost £1.2m" against "The refurbishment cost £1.5m"', () => {
    const story = storyOf(`${opened} The project cost £1.2m.`, `${opened} The refurbishment cost £1.5m.`);
    expect(explanations(story, "numeric")).toEqual([expect.stringMatching(/1\.2 ?m.*1\.5 ?m|1\.5 ?m.*1\.2 ?m/)]);
  });
  it('leaves "The project cost £1.2m" beside "The new boiler cost £80,000" alone', () => {
    const story = storyOf(`${opened} The project cost £1.2m.`, `${opened} The new boiler cost £80,000.`);
    expect(explanations(story, 'numeric')).toEqual([]);
  });
});

describe('one quote transcribed two ways', () => {
  const lead = 'Fire crews spent the night at the Harnby timber yard blaze.';
  const quoted = (words: string) => `${lead} Station manager Rhys Cowell said: "${words}"`;
  it('takes an editor\'s bracketed words and one dropped small word for the same quote', () => {
    expect(explanations(storyOf(quoted('They had a very hard night because the wind kept changing.'), quoted('[The crews] had a very hard night because the wind kept changing.')), 'quote')).toEqual([]);
    expect(explanations(storyOf(quoted('It was the worst fire the crews have seen in years at the yard.'), quoted('It was worst fire the crews have seen in years at the yard.')), 'quote')).toEqual([]);
  });
  it('still sets a dropped "not" against the quote without it', () => {
    expect(explanations(storyOf(quoted('The crews were not able to save the main shed at the yard.'), quoted('The crews were able to save the main shed at the yard.')), 'quote')).toEqual([expect.stringMatching(/quoted differently/)]);
  });
});

describe('one person given two posts of one organisation by two outlets', () => {
  const lead = 'The Harnby Rowing Club boathouse reopened on Saturday after a £300,000 rebuild.';
  it('sets "Mia Corran, secretary of the Harnby Rowing Club" against "Mia Corran, treasurer of the Harnby Rowing Club"', () => {
    const story = storyOf(`${lead} Mia Corran, secretary of the Harnby Rowing Club, said members had waited three years.`, `${lead} Mia Corran, treasurer of the Harnby Rowing Club, said the money came from a bequest.`);
    expect(explanations(story, 'role')).toEqual([expect.stringMatching(/Mia Corran is (secretary|treasurer) .* vs (secretary|treasurer)/)]);
  });
  it('sets "Operations manager Ivo Stannard" against "Ivo Stannard, the club\'s finance director"', () => {
    const story = storyOf(`${lead} Operations manager Ivo Stannard said the slipway was wider.`, `${lead} Ivo Stannard, the club's finance director, said the rebuild came in under budget.`);
    // ("finance director" is read as "director of finance", one post however it is written.)
    expect(explanations(story, 'role')).toEqual([expect.stringMatching(/Ivo Stannard is (operations manager|director of finance) .* vs (operations manager|director of finance)/)]);
  });
  it('leaves one post told two ways, and posts one holder may have together, alone', () => {
    const pair = (a: string, b: string) => explanations(storyOf(`${lead} Mia Corran, ${a}, said members had waited three years.`, `${lead} Mia Corran, ${b}, said the money came from a bequest.`), 'role');
    expect(pair('chief executive of the Harnby Rowing Club', 'the club\'s CEO')).toEqual([]);
    expect(pair('chairwoman of the Harnby Rowing Club', 'the club\'s chair')).toEqual([]);
    expect(pair('founder of the Harnby Rowing Club', 'the club\'s treasurer')).toEqual([]);
    expect(pair('head of the Harnby Rowing Club', 'the club\'s chief executive')).toEqual([]);
    expect(pair('head of fundraising at the Harnby Rowing Club', 'the club\'s fundraising manager')).toEqual([]);
  });
  it('leaves an outlet naming both posts alone', () => {
    const both = storyOf(`${lead} Mia Corran, secretary of the Harnby Rowing Club, said members had waited three years. Mia Corran, the club's treasurer, thanked donors.`, `${lead} Mia Corran, treasurer of the Harnby Rowing Club, said the money came from a bequest.`);
    expect(explanations(both, 'role')).toEqual([]);
  });
});

describe('one count of one thing told with two figures by outlets whose claims never meet', () => {
  const lead = 'A lorry carrying sheep overturned on the A614 near Oxburgh on Tuesday morning.';
  it('sets "In all, 31 sheep were loose on the carriageway" against "Some 45 sheep escaped from the trailer"', () => {
    const story = storyOf(`${lead} In all, 31 sheep were loose on the carriageway.`, `${lead} Some 45 sheep escaped from the trailer.`);
    expect(explanations(story, 'numeric')).toEqual([expect.stringMatching(/"31".*"Some 45"|"Some 45".*"31"/)]);
  });
  it('leaves a whole and its part, an outlet counting two sets, a narrowed set and another set alone', () => {
    const pair = (a: string, b: string) => explanations(storyOf(`${lead} ${a}`, `${lead} ${b}`), 'numeric');
    expect(pair('The lorry was carrying 120 sheep.', 'Some 45 sheep escaped from the trailer.')).toEqual([]);
    expect(pair('Some 45 sheep escaped and 30 sheep were later recovered.', 'In all, 31 sheep were loose on the carriageway.')).toEqual([]);
    expect(pair('Three drivers from the haulage firm were praised.', 'Two drivers were treated in hospital.')).toEqual([]);
    expect(pair('Officers later checked four other lorries.', 'Three lorries were turned back at the roundabout.')).toEqual([]);
  });
});

describe('a denial set against a subject told with a place or a share', () => {
  const lead = 'The Harnby canal bank gave way on Sunday night after days of heavy rain.';
  it('sets "Several homes on Mill Row were flooded" against "no homes were flooded"', () => {
    const story = storyOf(`${lead} Several homes on Mill Row were flooded as the water poured out.`, `${lead} The water poured into fields, but no homes were flooded.`);
    expect(explanations(story, 'polarity')).toEqual([expect.stringMatching(/be flood.*not be flood|not be flood.*be flood/)]);
  });
  it('sets "Most residents backed the plan" against "The majority of residents did not support the plan"', () => {
    const plan = 'Harnby council has published its plan to rebuild the canal bank with steel piles.';
    const story = storyOf(`${plan} Most residents who answered the survey backed the plan.`, `${plan} The majority of residents who answered the survey did not support the plan.`);
    expect(explanations(story, 'polarity')).toEqual([expect.stringMatching(/support plan.*not support plan|not support plan.*support plan/)]);
  });
});

describe('a named event against another event the story names', () => {
  it('never sets "the Sandby Folk Festival will not go ahead" against "Sandby\'s annual carnival is expected to go ahead"', () => {
    const lead = 'This weekend\'s Sandby Folk Festival has been cancelled because of Storm Idris.';
    const story = storyOf(`${lead} The Sandby Folk Festival will not go ahead this weekend.`, `${lead} Sandby's annual carnival, planned for the following weekend, is still expected to go ahead.`);
    expect(explanations(story, 'polarity')).toEqual([]);
  });
});

describe('one remark quoted once by each outlet, worded far apart', () => {
  const lead = 'Dozens of drivers were held up on the Fenby bypass on Monday when cattle escaped from a farm.';
  it('sets "I\'m so sorry to everyone who was held up" against "I\'m not going to apologise to anyone who was held up"', () => {
    const story = storyOf(
      `${lead} Farmer Tom Askew said: "I'm so sorry to everyone who was held up, it's the last thing we wanted."`,
      `${lead} Farmer Tom Askew said: "I'm not going to apologise to anyone who was held up, because this wasn't our doing."`,
    );
    expect(explanations(story, 'quote')).toEqual([expect.stringMatching(/Tom Askew quoted differently/)]);
  });
  it('leaves two remarks on different matters alone, and a speaker one outlet quotes twice', () => {
    const apart = storyOf(
      `${lead} Farmer Tom Askew said: "I'm so sorry to everyone who was held up on the road."`,
      `${lead} Farmer Tom Askew said: "The fences were cut by someone in the night, we think."`,
    );
    expect(explanations(apart, 'quote')).toEqual([]);
    const twice = storyOf(
      `${lead} Farmer Tom Askew said: "I'm so sorry to everyone who was held up, it's the last thing we wanted." He added: "The fences had been cut in the night."`,
      `${lead} Farmer Tom Askew said: "I'm not going to apologise to anyone who was held up, because this wasn't our doing."`,
    );
    expect(explanations(twice, 'quote')).toEqual([]);
  });
});

describe('an amount after the one who pays it', () => {
  it('sets "The scheme will cost £45,000" against "The changes will cost the county council £62,000"', () => {
    const lead = 'Kelby county council will paint new lines and put up signs on Mill Road next month.';
    const story = storyOf(`${lead} The scheme will cost £45,000.`, `${lead} The changes will cost the county council £62,000.`);
    const costs = story.claims.filter((c) => c.predicate === 'cost').map((c) => c.sources.map((s) => s.qualifiers?.quantity?.text ?? c.qualifiers.quantity?.text));
    expect(explanations(story, 'numeric'), JSON.stringify(costs)).toEqual([expect.stringMatching(/45,000.*62,000|62,000.*45,000/)]);
  });
});

describe('one act dated twice (the seventeenth session, read from rounds 4-47)', () => {
  it('sets "the fire broke out on Sunday" against "the blaze started on Saturday": one doer, a verb and a more general verb', () => {
    const lead = 'A huge fire has destroyed the Pellow timber yard, and firefighters are still damping it down.';
    const story = storyOf(`${lead} The fire broke out shortly after 4pm on Sunday.`, `${lead} It is thought the blaze started at around 11pm on Saturday.`);
    expect(explanations(story, 'time'), JSON.stringify(story.claims.map((c) => c.predicate))).toEqual([expect.stringMatching(/Sunday.*Saturday|Saturday.*Sunday/)]);
  });
  it('sets "the first branches will close on 14 January" against "the first branch will shut on 21 January"', () => {
    const story = storyOf('Ordley Bank is closing 12 branches. The first branches will close on 14 January.', 'Ordley Bank is shutting 12 branches. The first branch will shut on 21 January.');
    expect(explanations(story, 'time')).toEqual([expect.stringMatching(/14 January.*21 January|21 January.*14 January/)]);
  });
  it('leaves two acts of one doer about different things alone ("charged with theft in 2004" / "charged with assault in 2005")', () => {
    const story = storyOf('In 2004, Dean Marl was charged with stealing a guitar from his sister.', 'In 2005, Dean Marl was charged with assault on a neighbour.');
    expect(explanations(story, 'time')).toEqual([]);
  });
  it('leaves "the first raid" and "the most serious raid" apart, and one night told as the next small hours', () => {
    const raids = storyOf('The first raid happened in March at a petrol station in Oldwick.', 'The most serious raid happened in June at a shop in Kelsall.');
    expect(explanations(raids, 'time')).toEqual([]);
    const night = storyOf('The singer checked into the Harlow clinic late on Thursday night.', 'The singer checked into the Harlow clinic early on Friday morning.');
    expect(explanations(night, 'time')).toEqual([]);
  });
  it('counts "a staircase of 127 steps" as 127 steps, against another outlet\'s "There are 172 steps"', () => {
    const lead = 'The Pellow Head lighthouse has been sold at auction for £400,000.';
    const story = storyOf(`${lead} A spiral staircase of 127 steps leads up to the lamp room.`, `${lead} There are 172 steps to the top of the tower.`);
    expect(explanations(story, 'numeric')).toEqual([expect.stringMatching(/"127".*"172"|"172".*"127"/)]);
    // A part named before "of" by another preposition is no whole: "homes in five villages".
    const apart = storyOf(`${lead} Homes in five villages lost power.`, `${lead} Eight villages lost power.`);
    expect(explanations(apart, 'numeric')).toEqual([]);
  });
  it('sets two weights of one marrow against each other, however the weighing is worded', () => {
    const story = storyOf('Ted Rusk grew a giant marrow for the Pellow show. The marrow tipped the scales at 86kg.', 'Ted Rusk grew a giant marrow for the Pellow show. His marrow weighed in at 68kg.');
    expect(explanations(story, 'numeric')).toEqual([expect.stringMatching(/86 kg.*68 kg|68 kg.*86 kg/)]);
  });
});

describe('read from round 48 after its first run (the eighteenth session)', () => {
  it('reads a name written with accents as a person\'s, so two mayors of one town are set against each other', () => {
    const story = storyOf('The mayor of Kerlouan, Anaïs Le Bihan, said the town would miss its friends.', 'Kerlouan\'s mayor, Josée Morvan, said the town would miss its friends.');
    const people = story.entities.filter((e) => /Bihan|Morvan/.test(e.name)).map((e) => `${e.name}: ${e.kind}`);
    expect(people.sort()).toEqual(['Anaïs Le Bihan: PERSON', 'Josée Morvan: PERSON']);
    expect(explanations(story, 'role'), JSON.stringify(people)).toEqual([expect.stringMatching(/mayor.*(Bihan.*Morvan|Morvan.*Bihan)/)]);
  });
  it('sets "by seven votes to three" against "by seven votes to five": the votes against, which no claim keeps', () => {
    const story = storyOf('The planning committee approved the new library by seven votes to three.', 'The new library was approved by seven votes to five.');
    expect(explanations(story, 'numeric'), JSON.stringify(story.claims.map((c) => c.predicate))).toEqual([expect.stringMatching(/seven votes to (three|five).*seven votes to (three|five)/)]);
  });
  it('leaves this year\'s tally and last year\'s alone, and one outlet that gives two tallies', () => {
    const years = storyOf('The budget was approved by 31 votes to 20.', 'Last year\'s budget passed by 33 votes to 18.');
    expect(explanations(years, 'numeric')).toEqual([]);
    const two = storyOf('The plan was approved by nine votes to four.', 'The first motion was carried by nine votes to two. A second motion was lost by six votes to five.');
    expect(explanations(two, 'numeric')).toEqual([]);
  });
  it('sets "the chef told reporters menu prices would not go up" against "the owners warned that prices would have to rise": the verb that reports is not what is told', () => {
    const lead = 'The Old Forge in Ketley has won a Michelin star.';
    const story = storyOf(`${lead} The chef told reporters that menu prices would not go up.`, `${lead} The owners warned that prices would have to rise.`);
    expect(explanations(story, 'polarity'), JSON.stringify(story.claims.map((c) => `${c.predicate} ${c.qualifiers.negated}`))).toEqual([expect.stringMatching(/increase/)]);
  });
  it('gives "they" to a group named by a singular noun, and never "it" to a plural noun opening a sentence', () => {
    const pair = storyOf('The cider farm faces a legal claim from Castlebrook Drinks. But the pair said they could not afford a long legal fight.');
    const afford = pair.claims.find((c) => c.predicate === 'afford');
    const name = new Map(pair.entities.map((e) => [e.id, e.name]));
    expect(name.get(afford?.subject ?? ''), JSON.stringify(pair.claims.map((c) => `${name.get(c.subject)} ${c.predicate}`))).toBe('pair');
    const mast = storyOf('The mast will be 20 metres tall. Opponents pointed out that it would stand 90 metres from the nearest house.');
    const stand = mast.claims.find((c) => c.predicate === 'stand');
    const names = new Map(mast.entities.map((e) => [e.id, e.name]));
    expect(names.get(stand?.subject ?? '')).not.toMatch(/opponent/i);
  });
  it('keeps "Councillors voted" apart from "District councillor Ruth Okoro": many people are not one', () => {
    const story = storyOf(
      'The Ashby Road library is to close after councillors decided to act over its costs.',
      'Councillors voted to shut the library at a meeting on Monday. District councillor Ruth Okoro said readers were being punished.',
      'One man was asked to leave after shouting at councillors. Councillors ruled out keeping the library open.',
    );
    const name = new Map(story.entities.map((e) => [e.id, e.name]));
    const voters = story.claims.filter((c) => /^(vote|decide|rule)/.test(c.predicate)).map((c) => name.get(c.subject));
    expect(voters.length).toBeGreaterThan(0);
    expect(voters.filter((v) => /Okoro/.test(v ?? ''))).toEqual([]);
  });
  it('reads "paid tribute to her sous chef, Priya Nair, and the rest of the staff" as naming the sous chef, against another outlet\'s "Sous chef Tom Ridley"', () => {
    const lead = 'The Brambles in Oxley has won its first Michelin star.';
    const story = storyOf(`${lead} Owner Jo Kemp paid tribute to her sous chef, Priya Nair, and the rest of the staff.`, `${lead} Sous chef Tom Ridley was also praised for his part in the success.`);
    expect(explanations(story, 'role'), JSON.stringify(story.claims.map((c) => c.predicate))).toEqual([expect.stringMatching(/sous chef.*(Nair.*Ridley|Ridley.*Nair)/)]);
  });
  it('reads a hedged amount after the one who pays it: "will cost the county council about £62,000"', () => {
    const lead = 'Kelby county council will paint new lines and put up signs on Mill Road next month.';
    const story = storyOf(`${lead} The scheme will cost £45,000.`, `${lead} The changes will cost the county council about £62,000.`);
    const costs = story.claims.filter((c) => c.predicate === 'cost').map((c) => c.sources.map((s) => s.qualifiers?.quantity?.text ?? c.qualifiers.quantity?.text));
    expect(explanations(story, 'numeric'), JSON.stringify(costs)).toEqual([expect.stringMatching(/45,000.*62,000|62,000.*45,000/)]);
  });
  it('sets "stayed open on Monday" against "was closed on Monday": opposite states of one thing on one day', () => {
    const lead = 'Flood water reached the Ridgeway estate over the weekend.';
    const story = storyOf(`${lead} The Ridgeway surgery stayed open on Monday.`, `${lead} The Ridgeway surgery was closed on Monday while the cellar was pumped out.`);
    expect(explanations(story, 'polarity'), JSON.stringify(story.claims.map((c) => `${c.predicate} ${c.qualifiers.time}`))).toEqual([expect.stringMatching(/surgery.*(close.*open|open.*close)/)]);
    const days = storyOf(`${lead} The Ridgeway surgery was closed on Monday.`, `${lead} The Ridgeway surgery stayed open on Tuesday.`);
    expect(explanations(days, 'polarity')).toEqual([]);
  });
  it('keeps "she works as a veterinary nurse" when another outlet calls her "vet nurse Jo Lane": what one is, not another participant', () => {
    const story = storyOf('Vet nurse Jo Lane won the Ashby fell race. She works as a veterinary nurse in Ashby.', 'Jo Lane won the Ashby fell race. Away from the fells, she works as a veterinary nurse.');
    const name = new Map(story.entities.map((e) => [e.id, e.name]));
    const work = story.claims.filter((c) => c.predicate === 'work as').map((c) => `${name.get(c.subject)} | ${name.get(c.object ?? '')} | ${c.status}`);
    expect(work, JSON.stringify(story.claims.map((c) => `${name.get(c.subject)} ${c.predicate} ${name.get(c.object ?? '')}`))).toEqual(['Jo Lane | veterinary nurse | corroborated']);
  });
  it('sets "Manager Neil Hart" against "Tom Birch, the club\'s manager": a title one holds, before a name, is the story\'s post', () => {
    const lead = 'Ashby Rovers have been bought by a trust set up by their fans.';
    const story = storyOf(`${lead} Manager Neil Hart said the players had been lifted by the news.`, `${lead} Tom Birch, the club's manager, said the players could now concentrate on football.`);
    expect(explanations(story, 'role'), JSON.stringify(story.claims.map((c) => c.predicate))).toEqual([expect.stringMatching(/manager.*(Hart.*Birch|Birch.*Hart)/)]);
    // A match has two coaches: "Coach Brad Hale" may be the other side's.
    const match = storyOf('Ashby beat Oxley 24-20 on Sunday. Coach Brad Hale said the win was earned.', 'Ashby beat Oxley 24-20 on Sunday. Oxley coach Tom Rudd said his side had been unlucky.');
    expect(explanations(match, 'role')).toEqual([]);
  });
  it('dates one departure twice: "will leave the Ashby yard in June" / "will leave for Norway in August"', () => {
    const lead = 'A new ferry for the Ashby to Bergen route has been built at the Ashby yard.';
    const story = storyOf(`${lead} The new ferry will leave the Ashby yard in June.`, `${lead} The new ferry is expected to leave for Norway in August.`);
    expect(explanations(story, 'time'), JSON.stringify(story.claims.map((c) => `${c.predicate} ${c.qualifiers.time}`))).toEqual([expect.stringMatching(/June.*August|August.*June/)]);
  });
  it('reads "Ploumel Gardens" as a place of its own, not the town of Ploumel', () => {
    const story = storyOf('Ploumel Gardens will keep its name.', 'The link with Ploumel began in 1978.');
    const gardens = story.entities.find((e) => e.name === 'Ploumel Gardens');
    expect(gardens?.kind).toBe('PLACE');
    expect(gardens?.aliases ?? []).not.toContain('Ploumel');
  });
});

describe('read from round 49 after its first run (the eighteenth session)', () => {
  it('sets "will appeal against the ruling" against "have decided not to appeal": a bare denial denies every instance', () => {
    const lead = 'Oxley Town have been docked six points for fielding an ineligible player.';
    const story = storyOf(`${lead} Oxley have confirmed they will appeal against the ruling.`, `${lead} Oxley have decided not to appeal.`);
    expect(explanations(story, 'polarity'), JSON.stringify(story.claims.map((c) => `${c.predicate} ${c.qualifiers.negated}`))).toEqual([expect.stringMatching(/appeal.*not appeal|not appeal.*appeal/)]);
    // "has not stopped ringing" denies no ringing.
    const phones = storyOf(`${lead} The club's phone rang off the hook.`, `${lead} The club's phone has not stopped ringing.`);
    expect(explanations(phones, 'polarity')).toEqual([]);
  });
  it('reads "a rare type of space rock" as a space rock, so its weight meets "the rock weighs …"', () => {
    const lead = 'A meteorite has landed in a garden in Ashby.';
    const story = storyOf(`${lead} Experts say it is a rare type of space rock. It weighs 213 grams.`, `${lead} The rock weighs 312 grams.`);
    expect(explanations(story, 'numeric'), JSON.stringify(story.claims.map((c) => `${c.predicate} ${c.qualifiers.quantity?.text}`))).toEqual([expect.stringMatching(/213 grams.*312 grams|312 grams.*213 grams/)]);
  });
});

describe('words in quote marks inside a report', () => {
  it('are the speaker\'s own: "simply written out of history" credited to Mr Whitlow and to Dr Strickland is an attribution clash', () => {
    const story = storyOf(
      'Mr Whitlow said his great-aunt had been "simply written out of history".',
      'Dr Strickland said Whitlow had been "simply written out of history".',
    );
    expect(explanations(story, 'attribution')).toEqual([expect.stringMatching(/simply written out of history.*Strickland|Strickland.*simply written out of history/)]);
    // Two words in quote marks are a phrase anyone may use: "torn apart" makes no quote.
    const phrase = storyOf('Mr Whitlow said the family had been "torn apart".', 'Dr Strickland said the town had been "torn apart" by floods.');
    expect(phrase.claims.filter((c) => c.qualifiers.quote).map((c) => c.qualifiers.quote)).toEqual([]);
    // Words quoted inside a report of another's words are that other's: the spokesman relays them.
    const relayed = storyOf(
      'Her spokesman, Bill Hale, said Governor Ann Palmer told a pastor she was sorry for the "undeserved negative attention" the church had received.',
      'Governor Ann Palmer said she was sorry for the "undeserved negative attention" her campaign had brought.',
    );
    expect(explanations(relayed, 'attribution')).toEqual([]);
  });
});

describe('a fragment quoted inside a report, beside whole quotes', () => {
  it('is compared with the speaker\'s whole quote ("a massive vote of confidence" / "a huge vote of confidence")', () => {
    const story = storyOf(
      'Hannah Rudd said: "This is a huge vote of confidence in Kellbrook and in the people who work here."',
      'Hannah Rudd, the MP for Kellbrook, said the announcement was "a massive vote of confidence in Kellbrook and its workforce".',
    );
    expect(explanations(story, 'quote')).toEqual([expect.stringContaining('Hannah Rudd')]);
  });

  it('is no second remark that keeps a reworded whole quote from its counterpart', () => {
    const story = storyOf(
      'Landlady Janet Corrie said: "We have poured our lives into this pub and it breaks our hearts to hand back the keys." Janet added that the couple would be "pulling pints until the very last minute".',
      'Janet Corrie told the Kelder Valley News: "We have given this pub everything we had and it breaks our hearts to walk away."',
    );
    expect(explanations(story, 'quote')).toEqual([expect.stringContaining('to walk away')]);
  });
});

describe('one person, two posts at one trust', () => {
  it('"chief nursing officer" is one post, set against "director of midwifery"', () => {
    const story = storyOf(
      'Gillian Frears, the trust\'s chief nursing officer, said the decision had not been taken lightly.',
      'The trust\'s director of midwifery, Gillian Frears, said the safety of mothers had to come first.',
    );
    expect(explanations(story, 'role')).toEqual([expect.stringContaining('chief nursing officer')]);
  });
});

describe('a passive with an irregular participle', () => {
  it('"The piece was written in 1927 by Agnes Whitlow" is the claim "Agnes Whitlow wrote the piece in 1927"', () => {
    const story = storyOf('The piece was written in 1927 by Agnes Whitlow.', 'Agnes Whitlow wrote the piece in 1927.');
    const claims = story.claims.map((c) => `${c.predicate} ${c.status}`);
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatch(/corroborated$/);
  });
});

describe('what is done instead', () => {
  it('"can no longer give birth at Harnsey" / "will be sent to Kingsmere to give birth instead" is no polarity clash', () => {
    const story = storyOf(
      'Women will no longer be able to give birth at Harnsey Community Hospital.',
      'Expectant mothers will be sent to Kingsmere General Hospital to give birth instead.',
    );
    expect(explanations(story, 'polarity')).toEqual([]);
    const clash = storyOf('Women will no longer be able to give birth at Harnsey Community Hospital.', 'Women will still be able to give birth at Harnsey Community Hospital.');
    expect(kinds(clash), JSON.stringify(clash.contradictions)).toContain('polarity');
  });
});

describe('the story\'s undertaking named two ways', () => {
  it('"The scheme cost £1.2m" / "The rebuild cost a whopping £1.9m" is one cost told with two figures', () => {
    const story = storyOf('The scheme cost £1.2m.', 'The rebuild cost a whopping £1.9m.');
    expect(explanations(story, 'numeric'), JSON.stringify(story.claims.map((c) => [c.predicate, c.qualifiers.quantity?.value]))).toEqual([expect.stringContaining('1.9')]);
  });

  it('"the project had been completed within budget" / "the job was not completed within budget, with …" is a polarity clash', () => {
    const lead = 'Brackley swimming baths reopened on Monday after a two-year refurbishment.';
    const story = storyOf(
      `${lead} The council said the project had been completed within budget.`,
      `${lead} But the job was not completed within budget, with the reopening delayed by a month after builders found asbestos in the roof.`,
    );
    expect(explanations(story, 'polarity'), JSON.stringify(story.claims.map((c) => [c.subject, c.predicate, c.qualifiers.negated]))).toEqual([expect.stringContaining('budget')]);
  });
});

describe('a denial in its own clause of a longer sentence', () => {
  it('"did not win the race, finishing third behind …" clashes with "won the race to qualify for …"', () => {
    const lead = 'Lena Fry, 15, runs for Ambleton Athletic Club.';
    const story = storyOf(
      `${lead} Lena also won the race to qualify for the county team.`,
      `${lead} However, she did not win the race, finishing third behind the defending champion from Lowther Harriers.`,
    );
    expect(explanations(story, 'polarity')).toEqual([expect.stringContaining('race')]);
  });

  it('a clause alike is not enough where the objects differ ("police identified the driver" / "the passenger, whom police did not identify")', () => {
    const story = storyOf('The driver, identified by police as Carl Moss, was taken to hospital.', 'The passenger, whom police did not identify, was unhurt.');
    expect(explanations(story, 'polarity')).toEqual([]);
  });
});

describe('one speaker quoted once by each outlet on one figure', () => {
  it('"I have run this stall for thirty years …" / "Thirty years is a long time …" is one remark told two ways', () => {
    const story = storyOf(
      'Market trader Elsie Brand said: "I have run this stall for thirty years and I never thought I would see it go."',
      '"Thirty years is a long time, but nothing lasts for ever," said Elsie Brand.',
    );
    expect(explanations(story, 'quote')).toEqual([expect.stringContaining('Elsie Brand')]);
  });

  it('two quotes of one speaker on different matters, with no figure in common, stay apart', () => {
    const story = storyOf(
      'Market trader Elsie Brand said: "I have run this stall for thirty years and I never thought I would see it go."',
      '"My customers have been wonderful to me, and I will miss every one of them," said Elsie Brand.',
    );
    expect(explanations(story, 'quote')).toEqual([]);
  });
});

describe('one person, posts at two organisations', () => {
  it('"the district council\'s finance director" / "who chairs the Hexley Rotary Club" is a role clash', () => {
    const story = storyOf(
      'Martin Crane, the district council\'s finance director, said the market would be missed.',
      'Martin Crane, who chairs the Hexley Rotary Club, said the market would be missed.',
    );
    expect(explanations(story, 'role')).toEqual([expect.stringContaining('Martin Crane')]);
  });
});

describe('a count hedged on both sides', () => {
  it('"an estimated 1,200 tonnes" / "around 2,000 tonnes" are two figures for one count', () => {
    const story = storyOf('An estimated 1,200 tonnes of grain was lost in the fire.', 'Around 2,000 tonnes of grain is thought to have been destroyed.');
    expect(explanations(story, 'numeric'), JSON.stringify(story.claims.map((c) => [c.predicate, c.qualifiers.quantity]))).toEqual([expect.stringContaining('2,000')]);
  });
});

describe('an occasion dated by a verb that only says it happened', () => {
  it('"The unveiling took place on Monday morning" / "The statue was unveiled on Thursday evening" is a time clash', () => {
    const lead = 'A bronze statue of the poet Ada Crewe now stands in Kelby market square.';
    const story = storyOf(`${lead} The statue was unveiled by the mayor on Thursday evening.`, `${lead} The unveiling took place on Monday morning in front of a small crowd.`);
    expect(explanations(story, 'time'), JSON.stringify(story.claims.map((c) => [c.subject, c.predicate, c.qualifiers.time]))).toEqual([expect.stringMatching(/Thursday evening.*Monday morning|Monday morning.*Thursday evening/)]);
  });

  it('leaves a plural occasion, one singled out, and a noun that is its verb\'s own form alone', () => {
    const lead = 'A bronze statue of the poet Ada Crewe now stands in Kelby market square.';
    const plural = storyOf(`${lead} The statue was unveiled on Thursday evening.`, `${lead} The unveilings took place between March and October.`);
    expect(explanations(plural, 'time')).toEqual([]);
    const first = storyOf(`${lead} The statue was unveiled on Thursday evening.`, `${lead} The first unveiling took place on Monday morning.`);
    expect(explanations(first, 'time')).toEqual([]);
    const run = storyOf(`${lead} The poetry race is run by volunteers on Sunday mornings.`, `${lead} The run took place on Saturday morning.`);
    expect(explanations(run, 'time')).toEqual([]);
  });
});

describe('people counted by two nouns in one fact', () => {
  it('"Around 120 volunteers take part each year" / "about 80 people take part" is a numeric clash', () => {
    const lead = 'The Holmfirth litter pick is held every spring along the river.';
    const story = storyOf(`${lead} Around 120 volunteers take part each year, according to the organisers.`, `${lead} On average about 80 people take part.`);
    expect(explanations(story, 'numeric'), JSON.stringify(story.claims.map((c) => [c.subject, c.predicate, c.qualifiers.quantity]))).toEqual([expect.stringMatching(/80.*120|120.*80/)]);
  });

  it('leaves a count that is one part of the doers alone ("a driver and two passengers were hurt" / "three people were hurt")', () => {
    const lead = 'A bus and a van collided on the A61 near Holmfirth on Sunday.';
    const story = storyOf(`${lead} The driver and two passengers were hurt in the crash.`, `${lead} Three people were hurt in the crash.`);
    expect(explanations(story, 'numeric')).toEqual([]);
  });
});

describe('a court report\'s defending counsel named as the accused\'s own lawyer', () => {
  it('"Defending, Ruth Mayhew said" / "His solicitor, Owen Pryce, said" is a role clash', () => {
    const lead = 'Darren Kell, 44, of Halford, admitted stealing copper cable from a railway depot at Halford Crown Court.';
    const story = storyOf(`${lead} Defending, Ruth Mayhew said Kell had lost his job and was desperate.`, `${lead} His solicitor, Owen Pryce, said Kell was deeply ashamed.`);
    expect(explanations(story, 'role')).toEqual([expect.stringMatching(/defending counsel is (Ruth Mayhew|Owen Pryce) .* vs (Ruth Mayhew|Owen Pryce)/)]);
  });

  it('leaves "his solicitor" alone where no counsel is named by a participle', () => {
    const lead = 'Darren Kell, 44, of Halford, has bought the old railway depot at Halford.';
    const story = storyOf(`${lead} His solicitor, Owen Pryce, said the sale went through on Friday.`, `${lead} Estate agent Ruth Mayhew said the sale went through on Friday.`);
    expect(explanations(story, 'role')).toEqual([]);
  });
});

describe('words in quote marks after a naming verb', () => {
  it('"Prof Lyle described it as “…”" / "Warden Jo Fenn said it was “…”" is an attribution clash', () => {
    const lead = 'A Roman mosaic has been uncovered beneath a car park in Castleby.';
    const story = storyOf(
      `${lead} Prof Anna Lyle described it as "the finest mosaic found in the north for fifty years".`,
      `${lead} Warden Jo Fenn said it was "the finest mosaic found in the north for fifty years".`,
    );
    expect(explanations(story, 'attribution')).toEqual([expect.stringMatching(/Anna Lyle.*Jo Fenn|Jo Fenn.*Anna Lyle/)]);
  });

  it('leaves words two namers share alone ("Prof Anna Lyle and Dr Sam Odell called it “…”" / "… said Dr Sam Odell")', () => {
    const lead = 'A Roman mosaic has been uncovered beneath a car park in Castleby.';
    const story = storyOf(
      `${lead} Prof Anna Lyle and Dr Sam Odell called it "the finest mosaic found in the north for fifty years".`,
      `${lead} "It is the finest mosaic found in the north for fifty years," said Dr Sam Odell.`,
    );
    expect(explanations(story, 'attribution')).toEqual([]);
  });
});

describe('a curator is a post', () => {
  it('"curator of the Hexley Museum" / "chair of the Hexley Civic Society" is a role clash for one person', () => {
    const lead = 'A Saxon brooch found by a detectorist near Hexley has been declared treasure.';
    const story = storyOf(`${lead} Paula Sands, curator of the Hexley Museum, said the town was delighted.`, `${lead} Paula Sands, chair of the Hexley Civic Society, said the town was delighted.`);
    expect(explanations(story, 'role')).toEqual([expect.stringContaining('Paula Sands')]);
  });
});

describe('round 54\'s shapes, on our own sentences', () => {
  it('"It was the first time the pumps had ever failed" / "The pumps have failed twice before this year" is a first-time clash', () => {
    const lead = 'Flooding closed the Lowgate underpass in Brackley on Monday after its pumps failed.';
    const story = storyOf(`${lead} It was the first time the pumps had ever failed, the council said.`, `${lead} The pumps have failed twice before this year, during storms in March.`);
    expect(explanations(story, 'polarity')).toEqual([expect.stringMatching(/first time.*happened before|happened before.*first time/)]);
  });

  it('"Chairman Paul Dent" / "Club chairman Ian Royle": a bare title and the story\'s club name one post', () => {
    const lead = 'Hexley Rovers were fined £5,000 on Friday for fielding an ineligible player.';
    const story = storyOf(`${lead} Chairman Paul Dent said the club would appeal.`, `${lead} Club chairman Ian Royle said the club would appeal.`);
    expect(explanations(story, 'role')).toEqual([expect.stringMatching(/Paul Dent.*Ian Royle|Ian Royle.*Paul Dent/)]);
  });

  it('"the original bell could not be saved" is the bell not saved, against "the original bell was saved"', () => {
    const lead = 'The clock tower of St Anne\'s church in Dunmore has been restored after a fire.';
    const story = storyOf(`${lead} The original bell was saved and has been rehung.`, `${lead} The original bell could not be saved, so a new one had to be cast.`);
    expect(explanations(story, 'polarity')).toEqual([expect.stringContaining('bell')]);
  });

  it('"last brewed beer commercially in 1961" / "last produced beer on a commercial basis in 1974": the last time is one occasion', () => {
    const lead = 'The old brewery at Kelby has been turned into flats.';
    const story = storyOf(`${lead} The brewery last brewed beer commercially in 1961.`, `${lead} The brewery last produced beer on a commercial basis in 1974.`);
    expect(explanations(story, 'time')).toEqual([expect.stringMatching(/1961.*1974|1974.*1961/)]);
  });
});

describe('a perfect repeated "every year"', () => {
  it('"It is the first time the bakery has entered the show" / "The bakery has entered the show every year since 2012" is a first-time clash', () => {
    const lead = 'A Dunmore bakery has won gold at the county food show.';
    const story = storyOf(`${lead} It is the first time the bakery has entered the show.`, `${lead} The bakery has entered the show every year since 2012.`);
    expect(explanations(story, 'polarity')).toEqual([expect.stringMatching(/first time.*happened before|happened before.*first time/)]);
  });

  it('leaves a plan to do it every year alone ("will enter the show every year")', () => {
    const lead = 'A Dunmore bakery has won gold at the county food show.';
    const story = storyOf(`${lead} It is the first time the bakery has entered the show.`, `${lead} The bakery will enter the show every year from now on.`);
    expect(explanations(story, 'polarity')).toEqual([]);
  });
});

describe('round 56\'s shapes, on our own sentences', () => {
  it('"Pupils from 14 schools took part in the final" / "Pupils from 19 schools competed in the final": one count led alike', () => {
    const lead = 'A Dunmore primary school has won the county quiz.';
    const story = storyOf(`${lead} Pupils from 14 schools took part in the final.`, `${lead} Pupils from 19 schools competed in the final.`);
    expect(explanations(story, 'numeric')).toEqual([expect.stringMatching(/14.*19|19.*14/)]);
  });

  it('"The survey found no otters on the river" / "Otters were found on the river" is a denial of one finding', () => {
    const lead = 'A wildlife survey of the River Kell near Dunmore has been published.';
    const story = storyOf(`${lead} The survey found no otters along the upper river.`, `${lead} Otters were also found along the upper river.`);
    expect(explanations(story, 'polarity')).toEqual([expect.stringContaining('otter')]);
  });

  it('"has not repaid any of the grant" / "had paid back some of the grant": a phrasal verb WordNet knows is its verb', () => {
    const lead = 'A Dunmore charity boss has been banned from being a trustee.';
    const story = storyOf(`${lead} The tribunal heard she has not repaid any of the grant.`, `${lead} The tribunal heard she had paid back some of the grant last year.`);
    expect(explanations(story, 'polarity')).toEqual([expect.stringContaining('grant')]);
  });

  it('"The report was published on Thursday" / "The report was published last month" is a time clash', () => {
    const lead = 'A report on the Dunmore bypass has found it cut journey times.';
    const story = storyOf(`${lead} The report was published on Thursday.`, `${lead} The report was published last month.`);
    expect(explanations(story, 'time')).toEqual([expect.stringMatching(/Thursday.*last month|last month.*Thursday/)]);
  });

  it('leaves two sayings told from different days alone ("Last month, the council said" / "The council said on Friday")', () => {
    const lead = 'The Dunmore bypass will open in spring.';
    const story = storyOf(`${lead} Last month, the council said the road would cost £12m.`, `${lead} The council said on Friday the road would cost £12m.`);
    expect(explanations(story, 'time')).toEqual([]);
  });

  it('leaves "Until now, the farm has never sold its milk abroad" alone beside the news that it will', () => {
    const lead = 'A Dunmore dairy farm has signed a deal to sell its milk in France.';
    const story = storyOf(`${lead} The farm will sell its milk in France from May.`, `${lead} Until now, the farm has never sold its milk abroad.`);
    expect(explanations(story, 'polarity')).toEqual([]);
  });

  it('"was found by a walker" is keyed as the walker finding it, not founding it', () => {
    const story = storyOf('A fossil fish has been found on the beach at Kell Bay. It was found by a walker from Dunmore.');
    expect(story.claims.map((c) => c.predicate)).toContain('find');
    expect(story.claims.map((c) => c.predicate)).not.toContain('found');
  });

  it('"The society was formed in 1962 by three teachers" / "The society was founded in 1968": one founding, two years', () => {
    const lead = 'The Dunmore Choral Society has won a national award.';
    const story = storyOf(`${lead} The Dunmore Choral Society was formed in 1962 by three teachers.`, `${lead} The Dunmore Choral Society was founded in 1968.`);
    expect(explanations(story, 'time')).toEqual([expect.stringMatching(/1962.*1968|1968.*1962/)]);
  });

  it('"Kell Rovers took the final 3-1" / "Kell Rovers won the final": one win', () => {
    const lead = 'Kell Rovers are county champions.';
    const story = storyOf(`${lead} Kell Rovers took the final 3-1 at Dunmore Park.`, `${lead} Kell Rovers won the final at Dunmore Park on Saturday.`);
    const wins = story.claims.filter((c) => c.predicate === 'win' && /final/.test(c.object ?? c.objectText ?? ''));
    expect(wins.map((c) => c.sources.length).reduce((a, b) => a + b, 0), JSON.stringify(story.claims.map((c) => `${c.subject} ${c.predicate} ${c.object}`))).toBe(2);
  });

  it('"The ring was found in the garden" and "The club was founded in 1990" are two verbs', () => {
    const story = storyOf('A gold ring lost in 1970 has been returned. The ring was found in a garden. The club was founded in 1990.');
    const predicates = story.claims.map((c) => c.predicate);
    expect(predicates).toContain('be find in');
    expect(predicates).toContain('be found');
  });

  it('leaves "not only saved the dog but also" affirmed', () => {
    const lead = 'A Dunmore lifeguard has been praised for a rescue at Kell Bay.';
    const story = storyOf(`${lead} The lifeguard saved the dog from the water.`, `${lead} The lifeguard not only saved the dog, but also pulled its owner ashore.`);
    expect(explanations(story, 'polarity')).toEqual([]);
  });
});

describe('round 57\'s shapes, on our own sentences', () => {
  it('"No one was bitten" / "A walker was bitten on the leg" is a denial of the act for anyone', () => {
    const lead = 'An adder was seen on the Kell Bay cliff path near Dunmore on Sunday.';
    const story = storyOf(`${lead} No one was bitten.`, `${lead} A walker was bitten on the leg as the snake crossed the path.`);
    expect(explanations(story, 'polarity')).toEqual([expect.stringMatching(/walker be bit.*not be bit|not be bit.*walker be bit/)]);
  });

  it('"by 14 votes to 6" / "14 in favour and 9 against" is one vote tallied two ways', () => {
    const lead = 'A new skate park for Dunmore has been approved.';
    const story = storyOf(`${lead} The council backed the plan by 14 votes to 6.`, `${lead} The council vote was 14 in favour and 9 against.`);
    expect(explanations(story, 'numeric')).toEqual([expect.stringMatching(/14 votes to 6.*14 in favour and 9 against|14 in favour and 9 against.*14 votes to 6/)]);
  });

  it('"Director of finance Ann Lowe" / "the council\'s finance director, Ben Hale": one post, two holders', () => {
    const lead = 'Dunmore Town Council has overcharged 900 households.';
    const story = storyOf(`${lead} Director of finance Ann Lowe said every account had been checked.`, `${lead} The council's finance director, Ben Hale, said every account had been checked by hand.`);
    expect(explanations(story, 'role')).toEqual([expect.stringMatching(/director of finance is (Ann Lowe|Ben Hale) .* vs (Ann Lowe|Ben Hale)/)]);
  });

  it('"The mistake was uncovered on 3 May" / "The error was discovered on 9 May" is a time clash', () => {
    const lead = 'Dunmore Town Council has overcharged 900 households.';
    const story = storyOf(`${lead} The error was discovered on 9 May.`, `${lead} The mistake was uncovered on 3 May.`);
    expect(explanations(story, 'time')).toEqual([expect.stringMatching(/3 May.*9 May|9 May.*3 May/)]);
  });

  it('"Ferry sailings to Kell were not affected" / "Ferry sailings to Kell were cancelled on Friday" is a polarity clash', () => {
    const lead = 'Storm Ada brought gales to Dunmore on Friday.';
    const story = storyOf(`${lead} Ferry sailings to Kell were not affected.`, `${lead} Ferry sailings to Kell were cancelled on Friday afternoon.`);
    expect(explanations(story, 'polarity')).toEqual([expect.stringMatching(/cancel.*not be affect/)]);
  });

  it('"There was no official car park" / "A public car park was set up at the school" is a polarity clash', () => {
    const lead = 'The Dunmore kite festival drew 3,000 visitors on Sunday.';
    const story = storyOf(`${lead} A public car park was set up at the school.`, `${lead} There was no official car park, and visitors were told to walk.`);
    expect(explanations(story, 'polarity')).toEqual([expect.stringMatching(/There not be official car park.*set up|set up.*There not be official car park/)]);
  });

  it('"Police set up a 300-metre cordon" / "A cordon of 200 metres was put in place": one cordon, two sizes', () => {
    const lead = 'A gas leak closed Dunmore High Street on Monday.';
    const story = storyOf(`${lead} Police set up a 300-metre cordon around the street.`, `${lead} A cordon with a radius of 200 metres was put in place.`);
    expect(explanations(story, 'numeric')).toEqual([expect.stringMatching(/300-metre.*200 metres|200 metres.*300-metre/)]);
  });
});

describe('round 59\'s shapes, on our own sentences', () => {
  it('"The baby arrived at 6.10am" / "Oscar was born at 4.25am" is a time clash (a clock time wink cuts in three, a baby arriving born)', () => {
    const lead = 'A baby boy was born in a car park in Dunmore on Friday.';
    const story = storyOf(`${lead} The couple have named their son Oscar. Oscar was born at 4.25am on Friday.`, `${lead} The couple have called the baby Oscar. The baby arrived at 6.10am on Friday.`);
    expect(explanations(story, 'time')).toEqual([expect.stringMatching(/4\.25am on Friday.*6\.10am on Friday|6\.10am on Friday.*4\.25am on Friday/)]);
  });

  it('"Council leader Ann Lowe" / "Ann Lowe, the council\'s parks manager": a council\'s leader is an office of its own', () => {
    const lead = 'Dunmore Town Council has closed the Kell Park playground.';
    const story = storyOf(`${lead} The closure was ordered by Ann Lowe, the council's parks manager.`, `${lead} Council leader Ann Lowe said safety had to come first.`);
    expect(explanations(story, 'role')).toEqual([expect.stringMatching(/Ann Lowe is (manager|leader) .* vs (manager|leader)/)]);
  });

  it('"No signs were put up at the park" / "Signs had been put up at the park gates a week before": a part named by its place is at it', () => {
    const lead = 'Dunmore Town Council has closed the Kell Park playground.';
    const story = storyOf(`${lead} No signs were put up at the park before the closure.`, `${lead} Signs had been put up at the park gates a week before the closure.`);
    expect(explanations(story, 'polarity')).toEqual([expect.stringMatching(/sign be put up at park gates.*sign not be put up at|sign not be put up at.*sign be put up at park gates/)]);
  });

  it('"Ann Lowe, of Kell Green, had set off for the hospital" / "Ann Lowe, who lives in Kell Green, was heading to the hospital": two facts told alike', () => {
    const lead = 'A baby girl was born in a car in Dunmore on Friday.';
    const story = storyOf(`${lead} Her mother, Ann Lowe, of Kell Green, had set off for Dunmore General Hospital.`, `${lead} Her mother, Ann Lowe, who lives in Kell Green, was heading to Dunmore General Hospital.`);
    const told = (predicate: string) => story.facts.filter((f) => f.status === 'corroborated').flatMap((f) => f.claims).map((id) => story.claims.find((c) => c.id === id)!).filter((c) => c.predicate === predicate);
    expect(told('live in').length, JSON.stringify(story.claims.map((c) => c.predicate))).toBeGreaterThan(0);
    expect(told('visit').length, JSON.stringify(story.claims.map((c) => c.predicate))).toBeGreaterThan(0);
  });

  it('"closed for 18 months" / "closed for two and a half years" is one closure of two lengths, in months and years', () => {
    const lead = 'The Kell Lane footpath in Dunmore will reopen on Monday.';
    const story = storyOf(`${lead} The footpath has been closed for 18 months.`, `${lead} The footpath has been closed for two and a half years.`);
    expect(explanations(story, 'numeric')).toEqual([expect.stringMatching(/18 months.*two and a half years|two and a half years.*18 months/)]);
  });
});

describe('round 60\'s shapes, on our own sentences', () => {
  it('"A total of 35 floats will take part" / "Some 28 floats have been entered": one count of floats, two figures', () => {
    const lead = 'The Dunmore carnival returns on Saturday.';
    const story = storyOf(`${lead} A total of 35 floats will take part.`, `${lead} Some 28 floats have been entered.`);
    expect(explanations(story, 'numeric')).toEqual([expect.stringMatching(/Some 28.*35|35.*Some 28/)]);
  });

  it('"The council has put the cost of the scheme at £180,000" / "The scheme is expected to cost around £240,000" is one cost, two sums', () => {
    const lead = 'Dunmore is to get a night bus under a six-month trial.';
    const story = storyOf(`${lead} The council has put the cost of the scheme at £180,000.`, `${lead} The scheme is expected to cost around £240,000.`);
    expect(explanations(story, 'numeric')).toEqual([expect.stringMatching(/(scheme|plan) cost .*180,000.*240,000|(scheme|plan) cost .*240,000.*180,000/)]);
  });

  it('"Plans to turn the mill into flats have been shelved" / "its plans to turn the mill into flats will go ahead" is one plan\'s fate told both ways', () => {
    const lead = 'Bats have been found roosting in the old Dunmore mill.';
    const story = storyOf(`${lead} Plans to turn the mill into flats have now been shelved.`, `${lead} The trust said its plans to turn the mill into flats would still go ahead.`);
    expect(explanations(story, 'polarity')).toEqual([expect.stringMatching(/plan go ahead .* vs plan be (suspend|shelve)/)]);
  });

  it('"The pavilion cost £950,000 to build" / "The pavilion was built at a cost of £850,000" is one cost, two sums', () => {
    const lead = 'Dunmore Cricket Club has opened its new pavilion.';
    const story = storyOf(`${lead} The new pavilion cost £950,000 to build.`, `${lead} The new pavilion was built at a cost of £850,000.`);
    expect(explanations(story, 'numeric')).toEqual([expect.stringMatching(/pavilion cost .*850,000.*950,000|pavilion cost .*950,000.*850,000/)]);
  });
});

describe('round 61\'s shapes, on our own sentences', () => {
  it('"Trust chief executive Ann Lowe" / "Ben Hale, the trust\'s chief executive": a capitalised word that ends organisations\' names owns the post', () => {
    const lead = 'The Dunmore Learning Trust is to close a school breakfast club.';
    const story = storyOf(`${lead} Trust chief executive Ann Lowe said the decision was hard.`, `${lead} Ben Hale, the trust's chief executive, said the decision was hard.`);
    expect(explanations(story, 'role')).toEqual([expect.stringMatching(/chief executive is (Ann Lowe|Ben Hale) .* vs (Ann Lowe|Ben Hale)/)]);
  });

  it('"the trust\'s medical director, Dr Ann Lowe" / "Ann Lowe, the trust\'s chief nurse": one person, two posts', () => {
    const lead = 'The Dunmore minor injuries unit will close overnight.';
    const story = storyOf(`${lead} The trust's medical director, Dr Ann Lowe, said night shifts were hard to fill.`, `${lead} Ann Lowe, the trust's chief nurse, said night shifts were hard to fill.`);
    expect(explanations(story, 'role')).toEqual([expect.stringMatching(/Ann Lowe is (chief nurse|medical director) .* vs (chief nurse|medical director)/)]);
  });

  it('"received 212 letters of objection" / "A total of 271 objection letters were sent": one set written two ways, two figures', () => {
    const lead = 'Dunmore councillors have refused a solar farm.';
    const story = storyOf(`${lead} The council received 212 letters of objection.`, `${lead} A total of 271 objection letters were sent to the council.`);
    expect(explanations(story, 'numeric')).toEqual([expect.stringMatching(/"212".*"271"|"271".*"212"/)]);
  });

  it('"would hold a public consultation" / "there would be no public consultation" is a polarity clash', () => {
    const lead = 'The Dunmore minor injuries unit will close overnight.';
    const story = storyOf(`${lead} The trust said it would hold a public consultation on the change.`, `${lead} The trust confirmed there would be no public consultation on the change.`);
    expect(explanations(story, 'polarity')).toEqual([expect.stringMatching(/not be public consultation/)]);
  });
});

describe('round 63\'s shapes, on our own sentences', () => {
  it('"Club secretary Ann Lowe said the vast majority of visitors had been patient and polite" / "Most of the visitors have been polite, according to local PCSO Ben Hale": one statement credited to two people', () => {
    const lead = 'Crowds have gathered in Dunmore to see a rare snowy owl.';
    const story = storyOf(`${lead} Club secretary Ann Lowe said the vast majority of visitors had been patient and polite.`, `${lead} Most of the visitors have been polite, according to local PCSO Ben Hale.`);
    expect(explanations(story, 'attribution')).toEqual([expect.stringMatching(/credited to (Ann Lowe|Ben Hale) .* vs (Ann Lowe|Ben Hale)/)]);
  });

  it('"The club has around 300 registered players" / "The club now has around 420 players": one count of players, two figures', () => {
    const lead = 'Dunmore Rovers junior football club has been given a new ground.';
    const story = storyOf(`${lead} The club has around 300 registered players.`, `${lead} The club now has around 420 players.`);
    expect(explanations(story, 'numeric')).toEqual([expect.stringMatching(/300.*420|420.*300/)]);
  });

  it('"At its peak the choir had more than 60 members" / "The choir now has just 12 members" are two times, no clash', () => {
    const lead = 'The Dunmore Singers are to disband after 90 years.';
    const story = storyOf(`${lead} At its peak the choir had more than 60 members.`, `${lead} The choir now has just 12 members.`);
    expect(explanations(story, 'numeric')).toEqual([]);
  });

  it('"the Driver and Vehicle Standards Agency" / "The DVSA said": the initials after "the" are the agency', () => {
    const lead = 'The driving test centre in Dunmore is to close.';
    const story = storyOf(`${lead} The Driver and Vehicle Standards Agency said the lease was ending.`, `${lead} The DVSA said the lease was ending.`);
    const agencies = story.entities.filter((e) => /DVSA|Standards/.test([e.name, ...e.aliases].join(' ')));
    expect(agencies.map((e) => e.name)).toHaveLength(1);
  });

  it('"A grant covered most of the cost", "insurers will cover the loss": the sum was paid, nothing was discussed', () => {
    const lead = 'Dunmore Museum has bought a rare clock.';
    const story = storyOf(`${lead} A grant covered most of the cost.`, `${lead} The museum paid for the clock. Its insurers have agreed to cover the loss.`);
    const predicateOf = (word: string) => story.claims.find((c) => c.sources.some((s) => s.text.includes(word)))?.predicate;
    expect(predicateOf('covered'), JSON.stringify(story.claims.map((c) => c.predicate))).toBe('pay');
    expect(predicateOf('insurers'), JSON.stringify(story.claims.map((c) => c.predicate))).toMatch(/pay$/);
  });

  it('"All the money raised will go to the food bank" / "Every penny raised is being handed to the food bank": sentences told alike with a participant in common are one fact', () => {
    const lead = 'A charity concert raised money in Dunmore.';
    const story = storyOf(`${lead} All the money raised will go to the Dunmore food bank.`, `${lead} Every penny raised is being handed to the Dunmore food bank.`);
    const fact = story.facts.find((f) => f.alignment.some((a) => a.reasons.includes('sentences told alike, with a participant in common')));
    expect(fact, JSON.stringify(story.facts.map((f) => f.alignment.map((a) => a.reasons)))).toBeDefined();
    const predicates = fact!.claims.map((id) => story.claims.find((c) => c.id === id)!.sources[0]!.text);
    expect(predicates).toEqual(expect.arrayContaining([expect.stringContaining('will go to'), expect.stringContaining('being handed to')]));
  });

  it('"Terrified residents ran into the street": running somewhere is no running of anything', () => {
    const lead = 'An earthquake shook Dunmore on Tuesday night.';
    const story = storyOf(`${lead} Terrified residents ran into the street.`, `${lead} The tremor struck at 11.40pm.`, `${lead} The quake hit at 11.40pm.`);
    const predicateOf = (word: string) => story.claims.find((c) => c.sources.some((s) => s.text.includes(word)))?.predicate;
    expect(predicateOf('ran into')).toBe('run into');
    expect(predicateOf('struck'), 'a tremor strikes as a quake hits').toBe(predicateOf('hit'));
  });

  it('"The hall already has changing rooms" / "There are no changing rooms at the hall" is a polarity clash', () => {
    const lead = 'Dunmore Juniors football club has been given a new ground.';
    const story = storyOf(`${lead} The new ground already has changing rooms, which the club will repaint.`, `${lead} There are no changing rooms at the new ground yet.`);
    expect(explanations(story, 'polarity'), JSON.stringify(story.claims.map((c) => `${c.subject} ${c.predicate} ${c.object} ${c.qualifiers.negated}`))).toEqual([expect.stringMatching(/changing rooms/)]);
  });

  it('"The water supply has been cut off" / "The water supply has not been turned off" is a polarity clash: one act, two verbs', () => {
    const lead = 'A landslip has forced families from their homes in Dunmore.';
    const story = storyOf(`${lead} The water supply to the homes has been cut off.`, `${lead} The water supply to the homes has not been turned off, the council said.`);
    expect(explanations(story, 'polarity'), JSON.stringify(story.claims.map((c) => `${c.subject} ${c.predicate} ${c.qualifiers.negated}`))).toEqual([expect.stringMatching(/water supply/)]);
  });
});

describe('round 64\'s shapes, on our own sentences', () => {
  it('"Skipper Ann Lowe lifted the trophy" / "Ben Hale, the team\'s captain, lifted the trophy": one captaincy, two holders', () => {
    const lead = 'Dunmore Women have won the county league title.';
    const story = storyOf(`${lead} Skipper Ann Lowe lifted the trophy at the final whistle.`, `${lead} Kate Hale, the team's captain, lifted the trophy after the final whistle.`);
    expect(explanations(story, 'role')).toEqual([expect.stringMatching(/captain is (Ann Lowe|Kate Hale) .* vs (Ann Lowe|Kate Hale)/)]);
  });

  it('"A parade through Dunmore will take place on Sunday": the parade is the subject, not the town it passes through', () => {
    const lead = 'Dunmore Women have won the county league title.';
    const story = storyOf(`${lead} An open-top bus parade through Dunmore will take place on Sunday.`, `${lead} Fans lined the streets of Dunmore.`);
    const parade = story.claims.find((c) => c.sources.some((s) => s.text.includes('parade')));
    const subject = story.entities.find((e) => e.id === parade?.subject);
    expect(subject?.name, JSON.stringify(story.claims.map((c) => c.subject))).toMatch(/parade/i);
  });
});


describe('round 65\'s shapes, on our own sentences', () => {
  it('"Inspectors seized 420 fake watches" / "A total of 610 fake watches were seized": one count of what was done to, whoever did it', () => {
    const lead = 'A Dunmore market trader has been fined for selling fake watches.';
    const story = storyOf(`${lead} In total, inspectors seized 420 fake watches.`, `${lead} A total of 610 fake watches were seized.`);
    expect(explanations(story, 'numeric'), JSON.stringify(story.claims.map((c) => `${c.subject} ${c.predicate} ${JSON.stringify(c.qualifiers.quantity ?? null)}`))).toEqual([expect.stringMatching(/420.*610|610.*420/)]);
  });

  it('"has seized more than 5,000 fake watches since 2020" is a running total, no answer to one seizure\'s count', () => {
    const lead = 'A Dunmore market trader has been fined for selling fake watches.';
    const story = storyOf(`${lead} Dunmore Council has seized more than 5,000 fake watches since 2020.`, `${lead} A total of 610 fake watches were seized.`, `${lead} In total, inspectors seized 610 fake watches.`);
    expect(explanations(story, 'numeric')).toEqual([]);
  });

  it('"Detectives raided the warehouse on 3 June" / "The raid on the warehouse took place on 12 August": one raid, two dates', () => {
    const lead = 'A Dunmore man has been jailed for storing stolen goods.';
    const story = storyOf(`${lead} Detectives raided the warehouse on 3 June last year.`, `${lead} The raid on the warehouse took place on 12 August last year.`);
    expect(explanations(story, 'time'), JSON.stringify(story.claims.map((c) => `${c.subject} ${c.predicate} ${c.qualifiers.time}`))).toEqual([expect.stringMatching(/3 June.*12 August|12 August.*3 June/)]);
  });

  it('"The run took place every Saturday" / "The event is run by volunteers": a noun that is its verb needs what was done to', () => {
    const lead = 'The Dunmore parkrun celebrated its tenth birthday.';
    const story = storyOf(`${lead} The first run took place on 4 May 2015.`, `${lead} The event was run by volunteers on 9 May 2015.`);
    expect(explanations(story, 'time')).toEqual([]);
  });

  it('"had been given a formal warning in 2021" / "had never previously been warned": a warning given is a warning, told as never before', () => {
    const lead = 'A Dunmore landlord has been fined for letting an unsafe flat.';
    const story = storyOf(`${lead} Reeves had been given a formal warning by the council in 2021, the tribunal heard.`, `${lead} The tribunal heard Reeves had never previously been warned by the council.`);
    expect(explanations(story, 'polarity'), JSON.stringify(story.claims.map((c) => `${c.subject} ${c.predicate} ${c.object} ${c.qualifiers.negated} ${c.qualifiers.occasion}`))).toEqual([expect.stringMatching(/warn/)]);
  });

  it('one speaker\'s same quoted words under two verbs ("described the win as", "admitted the victory had been") are one fact', () => {
    const lead = 'Dunmore Rovers won the county cup on Saturday.';
    const story = storyOf(`${lead} Manager Dan Reilly described the win as "the best day of my career".`, `${lead} Manager Dan Reilly admitted the victory had been "the best day of my career".`);
    const quoted = story.claims.filter((c) => c.qualifiers.quote === 'the best day of my career').map((c) => c.id);
    const fact = story.facts.find((f) => quoted.every((id) => f.claims.includes(id)));
    expect(quoted).toHaveLength(2);
    expect(fact?.status, JSON.stringify(story.facts.filter((f) => f.claims.some((id) => quoted.includes(id))))).toBe('corroborated');
  });

  it('"The bakery was founded by Ann Marsh\'s grandfather": founding, not finding', () => {
    const story = storyOf('The bakery was founded by Ann Marsh\'s grandfather.', 'The body was found by a dog walker.');
    const predicateOf = (word: string) => story.claims.find((c) => c.sources.some((s) => s.text.includes(word)) && c.predicate !== 'have')?.predicate;
    expect(predicateOf('founded')).toBe('found');
    expect(predicateOf('dog walker')).toBe('find');
  });
});

describe('round 66\'s shapes, on our own sentences', () => {
  it('"Prosecuting, Ann Kerr told the court" / "Ann Kerr, defending, said": one counsel named for both sides', () => {
    const lead = 'A Dunmore man has been jailed for arson.';
    const story = storyOf(`${lead} Prosecuting, Ann Kerr told the court the fire had been started deliberately.`, `${lead} Ann Kerr, defending, said her client was deeply sorry.`);
    expect(explanations(story, 'role'), JSON.stringify(story.claims.map((c) => `${c.subject} ${c.predicate}`))).toEqual([expect.stringMatching(/Ann Kerr is (prosecuting|defending) counsel .* vs (prosecuting|defending) counsel/)]);
  });

  it('"had not known anyone was living above the shop" / "knew people were living in the flats above" is a polarity clash', () => {
    const lead = 'A Dunmore man has been jailed for setting fire to a shop.';
    const story = storyOf(`${lead} Hale told police he had not known anyone was living above the shop.`, `${lead} Hale admitted to police that he knew people were living in the flats above.`);
    expect(explanations(story, 'polarity'), JSON.stringify(story.claims.map((c) => `${c.subject} ${c.predicate} ${c.objectText} ${c.qualifiers.negated}`))).toEqual([expect.stringMatching(/know/)]);
  });

  it('"met its target for cutting leaks" / "missed its target for cutting leaks": one attempt, two outcomes', () => {
    const lead = 'Dunmore Water has brought in a hosepipe ban.';
    const story = storyOf(`${lead} Dunmore Water met its target for cutting leaks this year.`, `${lead} Dunmore Water missed its target for cutting leaks this year.`);
    expect(explanations(story, 'polarity'), JSON.stringify(story.claims.map((c) => `${c.subject} ${c.predicate} ${c.object}`))).toEqual([expect.stringMatching(/meet .* miss|miss .* meet/)]);
  });

  it('"Hosepipes must not be used for watering gardens" is a rule, which "the ban covers using a hosepipe" does not deny', () => {
    const lead = 'Dunmore Water has brought in a hosepipe ban.';
    const story = storyOf(`${lead} The ban covers using a hosepipe to water gardens.`, `${lead} Hosepipes must not be used for watering gardens.`, `${lead} Under the ban, people must not use a hosepipe to water gardens.`);
    expect(explanations(story, 'polarity')).toEqual([]);
  });

  it('"Local MP Jo Pratt said …" / "The Dunmore Civic Society said …" the same words: one statement credited to a person and to a named body', () => {
    const lead = 'The Dunmore library is to close.';
    const words = 'the closure was the result of years of cuts to council budgets';
    const story = storyOf(`${lead} Local MP Jo Pratt said ${words}.`, `${lead} The Dunmore Civic Society said ${words}.`);
    expect(explanations(story, 'attribution'), JSON.stringify(story.entities.map((e) => `${e.name} ${e.kind}`))).toEqual([expect.stringMatching(/Jo Pratt .* vs Dunmore Civic Society|Dunmore Civic Society .* vs Jo Pratt/)]);
  });

  it('a body and someone who speaks for it in the same words are no attribution clash ("Dunmore Council leader Jo Pratt said")', () => {
    const lead = 'The Dunmore library is to close.';
    const words = 'the closure was the result of years of cuts to council budgets';
    const story = storyOf(`${lead} Dunmore Civic Society chairman Jo Pratt said ${words}.`, `${lead} The Dunmore Civic Society said ${words}.`);
    expect(explanations(story, 'attribution')).toEqual([]);
  });

  it('"A man killed one person" / "two men were shot": the gunman\'s count of his victims is no count of the men shot', () => {
    const lead = 'A gunman opened fire at a Dunmore accounting firm on Monday.';
    const story = storyOf(`${lead} A man suspected of shooting three people, killing one, was arrested.`, `${lead} A Dunmore man shot to death one person and injured two others at the firm.`, `${lead} A woman and two men were shot, police said.`);
    expect(explanations(story, 'numeric')).toEqual([]);
  });

  it('"his solicitor" is never the prosecutor the story names ("Prosecutor Rachel Kerr")', () => {
    const lead = 'A Dunmore man has been banned from every shop in the town.';
    const story = storyOf(`${lead} Prosecutor Rachel Kerr told the court staff had been left shaken.`, `${lead} His solicitor said Keel had turned to shoplifting to fund his addiction.`);
    const kerr = story.entities.find((e) => e.name === 'Rachel Kerr');
    expect(kerr?.aliases.join(', '), JSON.stringify(story.entities.map((e) => [e.name, e.aliases]))).not.toMatch(/solicitor/i);
  });

  it('"The damage has been estimated at £85,000" / "The cost of the damage was put at £140,000": one sum, two figures', () => {
    const lead = 'A fire has gutted a charity shop in Dunmore.';
    const story = storyOf(`${lead} The damage has been estimated at £85,000.`, `${lead} The cost of the damage was put at £140,000.`);
    expect(explanations(story, 'numeric'), JSON.stringify(story.claims.map((c) => `${c.subject} ${c.predicate}`))).toEqual([expect.stringMatching(/85,000.*140,000|140,000.*85,000/)]);
  });
});

describe('round 67\'s shapes, on our own sentences', () => {
  it('"The awards ceremony was held at a hotel in London" / "The ceremony took place in London": an occasion held happened', () => {
    const lead = 'A Dunmore chip shop has been named the best in the country.';
    const story = storyOf(`${lead} The awards ceremony was held at a hotel in London.`, `${lead} The ceremony took place in London.`);
    const held = story.claims.find((c) => c.sources.some((s) => s.text.includes('was held')));
    const fact = story.facts.find((f) => held && f.claims.includes(held.id));
    expect(fact?.claims.length, JSON.stringify(story.facts.map((f) => f.alignment.map((a) => a.reasons)))).toBe(2);
  });

  it('"a seven-storey block" / "the blast killed four people": storeys are no count of the dead', () => {
    const lead = 'A gas blast wrecked a block of flats in Dunmore.';
    const story = storyOf(`${lead} The blast tore through a seven-storey block on Friday.`, `${lead} The blast killed four people on Friday.`);
    expect(explanations(story, 'numeric')).toEqual([]);
  });
});

describe('round 68\'s shapes, on our own sentences', () => {
  it('"Tom Rees, an off-duty paramedic" / "Tom Rees, a GP": one person given two trades is a role clash; "a doctor" and "a GP" are not', () => {
    const lead = 'A swimmer was pulled from Kelby lido on Sunday.';
    const story = storyOf(`${lead} The first to help was Tom Rees, an off-duty paramedic.`, `${lead} Among the helpers was Tom Rees, a GP who was swimming nearby.`);
    expect(explanations(story, 'role').join('\n')).toMatch(/Tom Rees is (paramedic|gp)/);
    const alike = storyOf(`${lead} The first to help was Tom Rees, a GP.`, `${lead} Among the helpers was Tom Rees, a doctor.`);
    expect(explanations(alike, 'role')).toEqual([]);
    // ("a GP" is a doctor, not Guadeloupe, whose code it spells; "the US" stays a country.)
    expect(story.entities.map((e) => e.name)).not.toContain('Guadeloupe');
    expect(storyOf('The US and China agreed a deal.').entities.map((e) => e.name)).toContain('United States');
  });

  it('"There are 40 stalls on Quay Street" / "Kelby has more than 60 stalls": counts in two places are two sets', () => {
    const lead = 'A market stall in Kelby has sold for a record sum.';
    const story = storyOf(`${lead} There are 40 stalls on Quay Street.`, `${lead} Kelby has more than 60 stalls.`);
    expect(explanations(story, 'numeric')).toEqual([]);
  });

  it('"The chapel dates from 1910" / "The chapel was built in 1890": a thing is built once, so two years are a clash', () => {
    const lead = 'A Kelby chapel has been sold at auction.';
    const story = storyOf(`${lead} The chapel dates from 1910.`, `${lead} The chapel was built in 1890.`);
    expect(explanations(story, 'time').join('\n')).toMatch(/1910[\s\S]*1890|1890[\s\S]*1910/);
  });

  it('"had never volunteered for the charity" / "had previously volunteered for the charity": the denial reaches a verb after "or"', () => {
    const lead = 'A Kelby man who posed as a charity collector was jailed.';
    const story = storyOf(`${lead} Dale had never worked or volunteered for the charity.`, `${lead} Dale had previously volunteered for the charity.`);
    expect(kinds(story)).toContain('polarity');
  });

  it('"Kelby" in "a stall in Kelby" is the town, not "the Kelby Pavilion" where the sale was held', () => {
    const lead = 'A market stall in Kelby has sold for a record sum.';
    const story = storyOf(`${lead} The sale was held at the Kelby Pavilion.`, `${lead} Kelby has more than 60 stalls.`);
    const pavilion = story.entities.find((e) => e.name === 'Kelby Pavilion');
    expect(pavilion?.aliases ?? [], JSON.stringify(story.entities.map((e) => [e.name, e.kind, e.aliases]))).not.toContain('Kelby');
  });

  it('"I owe my life to the lifeboat crew" / "I owe everything to people I had never met": one speaker quoted once in each outlet, in one frame of words, is one remark misquoted', () => {
    const lead = 'A Kelby fisherman was rescued after his boat sank.';
    const story = storyOf(`${lead} Mr Dunn said: "I owe my life to the crew of the lifeboat."`, `${lead} Mr Dunn said: "I owe everything to the people I had never met before."`);
    expect(explanations(story, 'quote').length, JSON.stringify(story.contradictions)).toBe(1);
    const apart = storyOf(`${lead} Mr Dunn said: "I am so grateful to the crew of the lifeboat."`, `${lead} Mr Dunn said: "The weather had been calm all morning until the storm."`);
    expect(explanations(apart, 'quote')).toEqual([]);
  });

  it('"said Pell and Dunn" / "Jo Pell and Sam Dunn said in a statement: …": words credited to both speakers are no attribution clash', () => {
    const lead = 'Kelby Players will stage a new play in May.';
    const story = storyOf(`${lead} "We are thrilled to bring this play to Kelby," said Pell and Dunn.`, `${lead} Producers Jo Pell and Sam Dunn said in a statement: "We are thrilled to bring this play to Kelby."`);
    expect(explanations(story, 'attribution')).toEqual([]);
  });

  it('"a Kelby Foods employee" / "a nurse", "she was a teacher": any trade is an employee\'s, and a pronoun\'s trade is a guess', () => {
    const lead = 'A Kelby factory was closed after a fire.';
    const story = storyOf(`${lead} Ann Hart, a Kelby Foods employee, raised the alarm.`, `${lead} Ann Hart, a nurse, raised the alarm.`);
    expect(explanations(story, 'role')).toEqual([]);
  });
});

describe('round 69\'s shapes, on our own sentences', () => {

  it('"The firm employs 30 people" / "The company has 45 employees": people a firm employs are its employees, counted two ways', () => {
    const lead = 'Kelby Glassworks has won a royal warrant.';
    const story = storyOf(`${lead} The firm employs 30 people.`, `${lead} The company has 45 employees.`);
    expect(explanations(story, 'numeric').join('\n')).toMatch(/30[\s\S]*45|45[\s\S]*30/);
  });

  it('"The fare rise kicks in on 1 May" / "The fare rise will take effect on 1 May": kicking in is taking effect', () => {
    const lead = 'Kelby bus fares are going up.';
    const story = storyOf(`${lead} The fare rise kicks in on 1 May.`, `${lead} The fare rise will take effect on 1 May.`);
    const kicks = story.claims.find((c) => c.sources.some((s) => s.text.includes('kicks in')));
    expect(kicks?.predicate).toBe('take effect');
    const fact = story.facts.find((f) => kicks && f.claims.includes(kicks.id));
    const told = story.claims.filter((c) => fact?.claims.includes(c.id)).flatMap((c) => c.sources.map((s) => s.text));
    expect(told, JSON.stringify(story.claims.map((c) => [c.predicate, c.sources.map((s) => s.text)]))).toEqual(expect.arrayContaining(['The fare rise kicks in on 1 May.', 'The fare rise will take effect on 1 May.']));
  });
});

describe('round 70\'s shapes, on our own sentences', () => {
  it('"Council leader Ann Marr" / "Deputy council leader Ann Marr": one person given a post and its deputy\'s is a role clash; two deputy district attorneys are two of many', () => {
    const lead = 'Kelby council has agreed to sell its town hall.';
    const story = storyOf(`${lead} Council leader Ann Marr said the sale would secure the building.`, `${lead} Deputy council leader Ann Marr said the sale was the best option.`);
    expect(explanations(story, 'role').join('\n'), JSON.stringify(story.contradictions.map((x) => x.explanation))).toMatch(/Ann Marr is (deputy leader|leader)/);
    const deputies = storyOf(`${lead} "It is a sad day," said Deputy District Attorney Tom Bell.`, `${lead} Deputy District Attorney Jo Hale said the sale could not be predicted.`);
    expect(explanations(deputies, 'role')).toEqual([]);
  });
});

describe('round 71\'s shapes, on our own sentences', () => {
  it('"The parade through Kelby will take place on Sunday" / "The parade will be held next Saturday": an occasion held happens, and two days for it clash', () => {
    const lead = 'Kelby will celebrate its cup win with a parade.';
    const story = storyOf(`${lead} An open-top bus parade through Kelby will take place on Sunday.`, `${lead} The open-top bus parade will be held next Saturday.`);
    expect(explanations(story, 'time').join('\n'), JSON.stringify(story.contradictions.map((x) => x.explanation))).toMatch(/Sunday[\s\S]*Saturday|Saturday[\s\S]*Sunday/);
  });

  it('"The committee vote was unanimous" / "Three members of the committee voted against the plan": one vote told as unanimous and as split ("voted against", all of them, and "requires a unanimous decision" are no such pair)', () => {
    const lead = 'Kelby council has approved a car ban in the market square.';
    const story = storyOf(`${lead} The committee vote was unanimous.`, `${lead} Three members of the committee voted against the plan.`);
    expect(explanations(story, 'polarity').join('\n'), JSON.stringify(story.contradictions.map((x) => x.explanation))).toMatch(/unanimous/);
    const all = storyOf(`${lead} The committee vote was unanimous.`, `${lead} Councillors voted against a second plan.`);
    expect(explanations(all, 'polarity')).toEqual([]);
    const rule = storyOf(`${lead} Such bans require a unanimous decision.`, `${lead} The committee failed to reach a unanimous decision on the fines.`);
    expect(explanations(rule, 'polarity')).toEqual([]);
  });

  it('"siphoned off £12,000 of the club\'s money" is stealing it', () => {
    const story = storyOf('A Kelby treasurer was jailed. Ann Dale siphoned off £12,000 of the club\'s money.');
    const siphoned = story.claims.find((c) => c.sources.some((s) => s.text.includes('siphoned')));
    expect(siphoned?.predicate, JSON.stringify(story.claims.map((c) => c.predicate))).toBe('steal');
  });

  it('"families who do not drive" / "families without a car" would be left stranded: one statement credited to two people', () => {
    const lead = 'Kelby council is to scrap its village bus service.';
    const story = storyOf(`${lead} Cllr Ann Lowe said families who do not drive would be left stranded in the villages.`, `${lead} Jo Hale, who chairs the Kelby Villages Forum, warned that families without a car would be left stranded in the villages.`);
    expect(explanations(story, 'attribution').join('\n'), JSON.stringify(story.contradictions.map((x) => x.explanation))).toMatch(/Ann Lowe[\s\S]*Jo Hale|Jo Hale[\s\S]*Ann Lowe/);
  });
});

describe('round 72\'s shapes, on our own sentences', () => {
  it('"The panel upheld two of his appeals" / "The panel heard six appeals in total": a part of a set against the whole is no numeric clash ("upheld two" / "upheld six" is)', () => {
    const lead = 'A Kelby taxi driver has won his licence back.';
    const story = storyOf(`${lead} The licensing panel upheld two of his appeals.`, `${lead} The licensing panel heard six appeals in total.`);
    expect(explanations(story, 'numeric'), JSON.stringify(story.contradictions.map((x) => x.explanation))).toEqual([]);
    const clash = storyOf(`${lead} The licensing panel upheld two of his appeals.`, `${lead} The licensing panel upheld six of his appeals.`);
    expect(explanations(clash, 'numeric').join('\n'), JSON.stringify(clash.claims.map((c) => [c.predicate, c.sources.map((x) => x.text)]))).toMatch(/two[\s\S]*six|six[\s\S]*two/);
  });

  it('"has lost her seat" / "since winning the seat in 2022": a seat is held between winning and losing it ("won the final" / "lost the final" clash)', () => {
    const lead = 'A Kelby councillor has been disqualified.';
    const story = storyOf(`${lead} Ann Lowe, who represented Eastfield ward, has lost her seat.`, `${lead} Ann Lowe had represented Eastfield since winning the seat in May 2022.`);
    expect(explanations(story, 'polarity'), JSON.stringify(story.contradictions.map((x) => x.explanation))).toEqual([]);
    const final = storyOf('Kelby Rovers played in the county cup on Saturday. Kelby Rovers won the final.', 'Kelby Rovers played in the county cup on Saturday. Kelby Rovers lost the final.');
    expect(explanations(final, 'polarity').join('\n'), JSON.stringify(final.contradictions.map((x) => x.explanation))).toMatch(/win|lose/);
  });

  it('"was confirmed by the council\'s chief executive, Ann Lowe" / "by chief executive Jo Hale": two holders of one post', () => {
    const lead = 'Kelby council has lost its appeal over the bypass.';
    const story = storyOf(`${lead} The decision was confirmed by the council's chief executive, Ann Lowe.`, `${lead} The decision was confirmed by chief executive Jo Hale.`);
    expect(explanations(story, 'role').join('\n'), JSON.stringify(story.contradictions.map((x) => x.explanation))).toMatch(/Ann Lowe[\s\S]*Jo Hale|Jo Hale[\s\S]*Ann Lowe/);
  });

  it('"It is the first time the yard has built a lifeboat" / "The yard has built lifeboats in the past": a first against an earlier occasion, though the first\'s outlet tells of others building them before', () => {
    const lead = 'A Kelby boatyard has won an order for a lifeboat.';
    const story = storyOf(`${lead} Until now, lifeboats have been built abroad. It is the first time the yard has built a lifeboat.`, `${lead} The yard has built lifeboats in the past.`);
    expect(explanations(story, 'polarity').join('\n'), JSON.stringify(story.contradictions.map((x) => x.explanation))).toMatch(/first time/);
  });

  it('"The contract will create 25 jobs" / "The deal will bring 40 jobs": a contract is the deal, and its figures clash', () => {
    const lead = 'A Kelby boatyard has won a contract to build three ferries.';
    const story = storyOf(`${lead} The contract will create 25 new jobs.`, `${lead} The deal will bring 40 new jobs to the town.`);
    expect(explanations(story, 'numeric').join('\n'), JSON.stringify(story.contradictions.map((x) => x.explanation))).toMatch(/25[\s\S]*40|40[\s\S]*25/);
  });

  it('"Kelby Vale said" after "Kelby Vale Homes was fined": two words opening one organisation\'s name are that organisation, not the place they sound like', () => {
    const story = storyOf('Kelby Vale Homes was fined £20,000 over damp flats. Kelby Vale said it was sorry.', 'Housing association Kelby Vale Homes has been fined £20,000.');
    const vale = story.entities.filter((e) => /Kelby Vale/.test(e.name));
    expect(vale.map((e) => `${e.name} ${e.kind}`), JSON.stringify(vale)).toHaveLength(1);
    expect(vale[0]?.kind).toBe('ORG');
  });

  it('"The Housing Ombudsman" is an office named by its holder\'s noun: never "the housing association" it rules against', () => {
    const story = storyOf('The Housing Ombudsman has criticised a Kelby landlord. It said the housing association ignored damp.', 'The housing association has apologised. The Housing Ombudsman ordered it to pay £4,000.');
    const ombudsman = story.entities.find((e) => e.name.includes('Ombudsman'));
    expect(ombudsman?.aliases.join('|') ?? '', JSON.stringify(story.entities)).not.toMatch(/association/i);
  });

  it('"Mum Kirsty Lowe" opening a sentence is Kirsty Lowe (a given name the lists do not know), whom "Ms Lowe" names too', () => {
    const story = storyOf('Mum Kirsty Lowe has won her fight with her landlord. Ms Lowe said she was relieved.', 'Kirsty Lowe has been paid compensation by her landlord.');
    const lowe = story.entities.filter((e) => /Lowe/.test(e.name) && e.kind === 'PERSON');
    expect(lowe.map((e) => e.name)).toEqual(['Kirsty Lowe']);
  });
});

describe('round 73\'s shapes, on our own sentences', () => {
  it('"The frame travelled inside the van" / "The frame did not make the journey and stays in storage": a place after the verb is where; a bare denial covers it', () => {
    const lead = 'A Kelby signal box has a new home on a heritage railway.';
    const story = storyOf(`${lead} The original lever frame travelled inside the box.`, `${lead} The box's original lever frame did not make the journey and will stay in storage.`);
    expect(explanations(story, 'polarity').join('\n'), JSON.stringify(story.contradictions.map((x) => x.explanation))).toMatch(/travel/);
  });

  it('"Pilot Owen Marr flew him to hospital" / "Owen Marr, the paramedic who treated him": one person given two trades', () => {
    const lead = 'A Kelby farmer rescued by air ambulance has led a tractor run for the charity.';
    const story = storyOf(`${lead} Owen Marr, the paramedic who treated him at the scene, drove a tractor.`, `${lead} Pilot Owen Marr, who flew him to hospital, was among the drivers.`);
    expect(explanations(story, 'role').join('\n'), JSON.stringify(story.contradictions.map((x) => x.explanation))).toMatch(/Owen Marr is (paramedic|pilot)/);
  });

  it('"Of its 40 units, 12 are currently empty" / "A total of 19 of the 40 shop units are now vacant": one count of units ("currently" and "now" are one time)', () => {
    const lead = 'Kelby council has bought the Market Walk shopping centre.';
    const story = storyOf(`${lead} Of its 40 units, 12 are currently empty.`, `${lead} A total of 19 of the 40 shop units are now vacant.`);
    expect(explanations(story, 'numeric').join('\n'), JSON.stringify(story.contradictions.map((x) => x.explanation))).toMatch(/12[\s\S]*19|19[\s\S]*12/);
  });

  it('"The purchase was completed on Friday" / "The sale went through on Monday": one transaction, two days', () => {
    const lead = 'Kelby council has bought the Market Walk shopping centre.';
    const story = storyOf(`${lead} The purchase was completed on Friday.`, `${lead} The sale went through on Monday.`);
    expect(explanations(story, 'time').join('\n'), JSON.stringify(story.contradictions.map((x) => x.explanation))).toMatch(/Friday[\s\S]*Monday|Monday[\s\S]*Friday/);
  });

  it('"The council expects the centre to make a profit" / "the centre would not make a profit": what is expected, denied', () => {
    const lead = 'Kelby council has bought the Market Walk shopping centre.';
    const story = storyOf(`${lead} The council expects the centre to make a profit from its first year.`, `${lead} Officers admitted the centre would not make a profit for three years.`);
    expect(explanations(story, 'polarity').join('\n'), JSON.stringify(story.contradictions.map((x) => x.explanation))).toMatch(/profit/);
  });

  it('"Vans will not be allowed to park near schools" is a rule, no denial that vans parked on the zigzags', () => {
    const lead = 'Kelby council has banned ice cream vans from school gates.';
    const story = storyOf(`${lead} Vans parked on the zigzag markings.`, `${lead} From May vans will not be allowed to park.`);
    expect(explanations(story, 'polarity'), JSON.stringify(story.contradictions.map((x) => x.explanation))).toEqual([]);
  });

  it('"One of the cattle was struck" counts a part: "28 cattle" / "Some 40 cattle" still clash', () => {
    const lead = 'Cattle escaped onto the Kelby bypass on Monday.';
    const story = storyOf(`${lead} In total, 28 cattle made it onto the road. One of the cattle was struck by a van.`, `${lead} Some 40 cattle were on the loose.`);
    expect(explanations(story, 'numeric').join('\n'), JSON.stringify(story.contradictions.map((x) => x.explanation))).toMatch(/28[\s\S]*40|40[\s\S]*28/);
  });

  it('"The council had expected around 5,000 people to attend" / "About 3,000 people attended last year": a figure looked for against one dated as done is no clash', () => {
    const lead = 'Kelby\'s Christmas lights switch-on has been cancelled.';
    const story = storyOf(`${lead} The council had expected around 5,000 people to attend.`, `${lead} About 3,000 people attended last year.`);
    expect(explanations(story, 'numeric'), JSON.stringify(story.contradictions.map((x) => x.explanation))).toEqual([]);
  });

  it('"Next year\'s run will take place in May" / "The tractor run took place on Sunday": a time owning the subject names another occasion', () => {
    const lead = 'A Kelby tractor run has raised £12,000 for the air ambulance.';
    const story = storyOf(`${lead} The charity tractor run took place on Sunday.`, `${lead} Next year's run will take place on the first Sunday in May.`);
    expect(explanations(story, 'time'), JSON.stringify(story.contradictions.map((x) => x.explanation))).toEqual([]);
  });

  it('"Ann Lowe said every flight cost the charity around £3,500" / "…, said the charity\'s treasurer, Jo Hale": one statement credited to two people', () => {
    const lead = 'A Kelby air ambulance charity has raised £20,000 from a tractor run.';
    const story = storyOf(`${lead} Ann Lowe, chief executive of the charity, said every flight cost the charity around £3,500.`, `${lead} Every flight costs around £3,500, said the charity's treasurer, Jo Hale.`);
    expect(explanations(story, 'attribution').join('\n'), JSON.stringify(story.contradictions.map((x) => x.explanation))).toMatch(/Ann Lowe[\s\S]*Jo Hale|Jo Hale[\s\S]*Ann Lowe/);
  });
});

describe('round 74\'s shapes, on our own sentences', () => {
  it('"Best in Show judge Alan Reed" / "The Best in Show judge, Margaret Hale,": two holders of one post', () => {
    const lead = 'A Kelby spaniel has won Best in Show at the county show.';
    const story = storyOf(`${lead} Best in Show judge Alan Reed described the dog as "a dog in her prime".`, `${lead} The Best in Show judge, Margaret Hale, said the dog had moved "beautifully" around the ring.`);
    expect(explanations(story, 'role').join('\n'), JSON.stringify(story.contradictions.map((x) => x.explanation))).toMatch(/Alan Reed[\s\S]*Margaret Hale|Margaret Hale[\s\S]*Alan Reed/);
  });

  it('"Ms Lowe" where the story names "Helen Lowe" and "Rob Lowe" is Helen Lowe; words credited to her and to him clash', () => {
    const lead = 'A Kelby spaniel owned by Helen Lowe has won Best in Show.';
    const story = storyOf(`${lead} Ms Lowe said the dog was "a working dog first and a show dog second".`, `${lead} Her husband, Rob Lowe, said the dog was "a working dog first and a show dog second".`);
    const helen = story.entities.find((e) => e.name === 'Helen Lowe');
    expect(helen?.aliases ?? [], JSON.stringify(story.entities.filter((e) => /Lowe/.test(e.name)))).toContain('Ms Lowe');
    expect(explanations(story, 'attribution').join('\n'), JSON.stringify(story.contradictions.map((x) => x.explanation))).toMatch(/Helen Lowe[\s\S]*Rob Lowe|Rob Lowe[\s\S]*Helen Lowe/);
  });

  it('"The treehouse went up in the summer of 2023" / "Mr Reed built the treehouse in the summer of 2021": a building going up is its building', () => {
    const lead = 'A Kelby grandfather has been told to take down his treehouse.';
    const story = storyOf(`${lead} Mr Reed built the treehouse in the summer of 2021.`, `${lead} The treehouse went up in the summer of 2023.`);
    expect(explanations(story, 'time').join('\n'), JSON.stringify(story.contradictions.map((x) => x.explanation))).toMatch(/2021[\s\S]*2023|2023[\s\S]*2021/);
  });

  it('"The oak is protected by a tree preservation order" / "The oak is not covered by a tree preservation order": what an order covers it protects', () => {
    const lead = 'A Kelby grandfather has been told to take down his treehouse.';
    const story = storyOf(`${lead} The oak is protected by a tree preservation order.`, `${lead} The oak is not covered by a tree preservation order, the council confirmed.`);
    expect(explanations(story, 'polarity').join('\n'), JSON.stringify(story.contradictions.map((x) => x.explanation))).toMatch(/protect/);
  });

  it('"The shop includes a post office counter" / "the new shop will not have a post office counter": a verb that entails the denied one, of one thing', () => {
    const lead = 'Kelby\'s new community shop has opened.';
    const story = storyOf(`${lead} The shop includes a post office counter.`, `${lead} The new shop will not have a post office counter.`);
    expect(explanations(story, 'polarity').join('\n'), JSON.stringify(story.contradictions.map((x) => x.explanation))).toMatch(/post office counter/);
  });

  it('"Councillor Ann Lowe, chairman of the council\'s planning committee" / "Councillor Jo Hale, who chairs the council\'s planning committee": two holders of one post', () => {
    const lead = 'Kelby District Council has ordered a treehouse to be taken down.';
    const story = storyOf(`${lead} Councillor Ann Lowe, chairman of the council's planning committee, said the authority had no choice.`, `${lead} Councillor Jo Hale, who chairs the council's planning committee, said the rules protect privacy.`);
    expect(explanations(story, 'role').join('\n'), JSON.stringify(story.contradictions.map((x) => x.explanation))).toMatch(/Ann Lowe[\s\S]*Jo Hale|Jo Hale[\s\S]*Ann Lowe/);
  });
});

describe('round 75\'s shapes, on our own sentences', () => {
  it('"The display takes place each year on Priory Fields" / "the display will not take place this year": a habit is no answer to one occasion denied', () => {
    const lead = 'Kelby\'s bonfire night display has been cancelled.';
    const story = storyOf(`${lead} The display takes place each year on Priory Fields.`, `${lead} The fireworks display will not take place this year.`);
    expect(explanations(story, 'polarity'), JSON.stringify(story.contradictions.map((x) => x.explanation))).toEqual([]);
  });

  it('"Club president Tom Reed" / "Club treasurer Tom Reed": a club\'s president is none of its other officers', () => {
    const lead = 'The Kelby Lions Club has cancelled its fireworks display.';
    const story = storyOf(`${lead} Club president Tom Reed said the decision was taken with a heavy heart.`, `${lead} Club treasurer Tom Reed said members were devastated.`);
    expect(explanations(story, 'role').join('\n'), JSON.stringify(story.contradictions.map((x) => x.explanation))).toMatch(/Tom Reed is (president|treasurer)/);
  });

  it('"The babies were born on the morning of 3 March" / "The quads arrived on the evening of 5 March": the quads are the babies', () => {
    const lead = 'Kelby hospital has delivered its first quadruplets.';
    const story = storyOf(`${lead} The babies were born on the morning of 3 March.`, `${lead} The quads arrived on the evening of 5 March.`);
    expect(explanations(story, 'time').join('\n'), JSON.stringify(story.contradictions.map((x) => x.explanation))).toMatch(/3 March[\s\S]*5 March|5 March[\s\S]*3 March/);
  });
});


describe('round 76\'s and 77\'s shapes, on our own sentences', () => {
  it('"Each man was fined £900" / "Each man must also pay £300 in costs": a fine and costs are two sums', () => {
    const lead = 'Three men were convicted of poaching deer at Kelby magistrates court.';
    const story = storyOf(`${lead} Each man was fined £900 by the magistrates.`, `${lead} Each man must also pay £300 in costs to the magistrates.`, `${lead} The men were each fined £1,500 by the magistrates.`);
    expect(explanations(story, 'numeric').filter((x) => x.includes('300')), JSON.stringify(story.contradictions.map((x) => x.explanation))).toEqual([]);
  });

  it('"Each woman was fined £900" / "The women were each fined £1,500": one fine, two figures', () => {
    const lead = 'Two women were convicted of poaching deer at Kelby magistrates court.';
    const story = storyOf(`${lead} Each woman was fined £900.`, `${lead} The women were each fined £1,500.`);
    expect(explanations(story, 'numeric').join('\n'), JSON.stringify(story.contradictions.map((x) => x.explanation))).toMatch(/900[\s\S]*1,500|1,500[\s\S]*900/);
  });

  it('"The bandstand was first opened in 1908" / "in 1912": the first occasion is one, however many years apart', () => {
    const lead = 'Kelby\'s Victorian bandstand has been restored.';
    const story = storyOf(`${lead} The bandstand was first opened in 1908.`, `${lead} Kelby's bandstand was first opened in 1912.`);
    expect(explanations(story, 'time').join('\n'), JSON.stringify(story.contradictions.map((x) => x.explanation))).toMatch(/1908[\s\S]*1912|1912[\s\S]*1908/);
  });

  it('"Town mayor Councillor Ann Pell" / "The mayor, Councillor Joe Marsh,": "Councillor" is how the holder is addressed, and "the mayor" is the story\'s one', () => {
    const lead = 'Kelby\'s new library has opened.';
    const story = storyOf(`${lead} Town mayor Councillor Ann Pell said the library was a great asset.`, `${lead} The mayor, Councillor Joe Marsh, said the town had waited years for it.`);
    expect(explanations(story, 'role').join('\n'), JSON.stringify(story.contradictions.map((x) => x.explanation))).toMatch(/mayor is (Ann Pell|Joe Marsh)/);
  });

  it('"Councillor Ann Pell, who chairs the planning committee" / "Planning committee chairwoman Councillor Joan Hebb": one post, two holders', () => {
    const lead = 'Kelby\'s new library has been approved.';
    const story = storyOf(`${lead} Councillor Ann Pell, who chairs the planning committee, said the scheme was welcome.`, `${lead} Planning committee chairwoman Councillor Joan Hebb said the scheme was welcome.`);
    expect(explanations(story, 'role').join('\n'), JSON.stringify(story.contradictions.map((x) => x.explanation))).toMatch(/(Ann Pell|Joan Hebb)[\s\S]*(Joan Hebb|Ann Pell)/);
  });

  it('"Ruth Dane said rural buses were now a lifeline for the whole valley" / "Her husband Colin said …": an outlet naming Colin without his speaking does not know him for a second speaker', () => {
    const lead = 'The Kelby bus service has been saved by Ruth and Colin Dane.';
    const story = storyOf(`${lead} Transport campaigner Ruth Dane said rural buses were now a lifeline for the whole valley.`, `${lead} Her husband Colin said rural buses were now a lifeline for the whole valley.`);
    expect(explanations(story, 'attribution').join('\n'), JSON.stringify(story.contradictions.map((x) => x.explanation))).toMatch(/Ruth Dane[\s\S]*Colin|Colin[\s\S]*Ruth Dane/);
  });

  it('"Ellie has never had a formal chess lesson" / "Ellie has weekly lessons with a private coach": one named person, one verb, one kind of thing', () => {
    const lead = 'Ten-year-old Ellie Marsh from Kelby has won the county chess title.';
    const story = storyOf(`${lead} Ellie has never had a formal chess lesson.`, `${lead} Ellie has weekly lessons with a private coach.`);
    expect(explanations(story, 'polarity').join('\n'), JSON.stringify(story.contradictions.map((x) => x.explanation))).toMatch(/lesson/);
  });

  it('"Ann Pell urged walkers to keep dogs on leads so lambs are not disturbed" / "Walkers should keep dogs on leads …, said Joe Marsh": one saying, two people credited', () => {
    const lead = 'Lambing has begun on Kelby Moor.';
    const story = storyOf(`${lead} Farmer Ann Pell urged walkers to keep their dogs on leads so lambs are not disturbed.`, `${lead} Walkers should keep their dogs on leads so lambs are not disturbed, said ranger Joe Marsh.`);
    expect(explanations(story, 'attribution').join('\n'), JSON.stringify(story.contradictions.map((x) => x.explanation))).toMatch(/Ann Pell[\s\S]*Joe Marsh|Joe Marsh[\s\S]*Ann Pell/);
  });

  it('"run by Helen and Tom Pell" … "Mrs Pell said" / "Helen said": Helen shares the family name written after her partner\'s', () => {
    const lead = 'The Kelby village shop is run by Helen and Tom Pell.';
    const story = storyOf(`${lead} Mrs Pell said: "We were amazed when the whole village turned out to help us."`, `${lead} Helen said: "We could not believe it when half the village came to help."`);
    const helen = story.entities.filter((e) => /Helen|Mrs Pell/.test(e.name));
    expect(helen.map((e) => e.name), JSON.stringify(story.entities.map((e) => [e.name, e.aliases]))).toEqual(['Helen Pell']);
    expect(kinds(story), JSON.stringify(story.contradictions.map((x) => x.explanation))).toContain('quote');
  });

  it('"Runners had urged organisers to move the start forward" / "The start was not moved forward": an urged act is no answer to whether it was done', () => {
    const lead = 'The Kelby half marathon was run in heat on Sunday.';
    const story = storyOf(`${lead} Running clubs in the town had urged organisers to move the start forward once a heat warning was issued.`, `${lead} Questions have been raised over why the start was not moved, given that a heat warning was issued on Thursday.`);
    expect(explanations(story, 'polarity'), JSON.stringify(story.contradictions.map((x) => x.explanation))).toEqual([]);
  });

  it('"Britain\'s urban sparrow population has halved since 1995" / "Sparrow numbers in British towns have fallen by half since 1995": falling by half is halving', () => {
    const lead = 'A Kelby bird charity has opened a sparrow nesting project.';
    const story = storyOf(`${lead} Britain's urban sparrow population has halved since 1995, according to bird groups.`, `${lead} Sparrow numbers in British towns have fallen by half since 1995.`);
    const halved = corroboratedFactsTelling(story, /fallen by half/);
    expect(halved, JSON.stringify(story.claims.map((c) => [c.predicate, c.status]))).toHaveLength(1);
  });

  it('"hit in the back by three of the seven pellets" / "Seven pellets hit the swan": a part of the set the other side counts agrees with it', () => {
    const lead = 'A swan was shot with an air rifle on the Kelby canal.';
    const story = storyOf(`${lead} An X-ray shows that the swan was hit in the back by three of the seven pellets fired.`, `${lead} Seven pellets hit the swan, including three that entered its back, according to the vet.`);
    expect(explanations(story, 'numeric'), JSON.stringify(story.contradictions.map((x) => x.explanation))).toEqual([]);
  });

  it('"The council typically empties the bins on a Tuesday" / "The council emptied the bins on Wednesday": a habit dates no one occasion', () => {
    const lead = 'Bin collections in Kelby were delayed by snow.';
    const story = storyOf(`${lead} The council typically empties the bins on a Tuesday.`, `${lead} The council emptied the bins on Wednesday after the snow cleared.`);
    expect(explanations(story, 'time'), JSON.stringify(story.contradictions.map((x) => x.explanation))).toEqual([]);
  });

  it('"She scored with her first 12 shots" / "She scored with 20 of her 26 shots": the start of a run is a part of the whole', () => {
    const lead = 'Kelby netball captain Amy Hale led her side to the county title.';
    const story = storyOf(`${lead} Hale scored with her first 12 shots.`, `${lead} Hale scored with 20 of 26 shots in the final.`);
    expect(explanations(story, 'numeric'), JSON.stringify(story.contradictions.map((x) => x.explanation))).toEqual([]);
  });

  it('"The new tennis courts will be floodlit until 10pm" / "There will be no floodlights at the tennis courts": none of what the verb is named by', () => {
    const lead = 'Kelby council has approved new tennis courts in Victoria Park.';
    const story = storyOf(`${lead} The new tennis courts will be floodlit until 10pm.`, `${lead} There will be no floodlights at the new tennis courts.`);
    expect(explanations(story, 'polarity').join('\n'), JSON.stringify(story.contradictions.map((x) => x.explanation))).toMatch(/floodl/);
  });
});


describe('round 78\'s shapes, on our own sentences', () => {
  it('"The food bank\'s coordinator, Ann Pell, said" / "Coordinator Joe Marsh said": a coordinator is a post, one holder each', () => {
    const lead = 'The Kelby food bank has given out its 10,000th parcel.';
    const story = storyOf(`${lead} The food bank's coordinator, Ann Pell, said the milestone belonged to the volunteers.`, `${lead} Coordinator Joe Marsh said demand had never been higher.`);
    expect(explanations(story, 'role').join('\n'), JSON.stringify(story.contradictions.map((x) => x.explanation))).toMatch(/coordinator is (Ann Pell|Joe Marsh)/);
  });

  it('"He was fined £5,000" / "A fine of £7,500 was imposed": one court sum, one figure from each outlet, however worded', () => {
    const lead = 'A Kelby landlord has been sentenced for letting an unsafe flat.';
    const story = storyOf(`${lead} He was fined £5,000.`, `${lead} A fine of £7,500 was imposed by magistrates.`);
    expect(explanations(story, 'numeric').join('\n'), JSON.stringify(story.contradictions.map((x) => x.explanation))).toMatch(/5,000[\s\S]*7,500|7,500[\s\S]*5,000/);
  });

  it('an outlet that names two fines (two defendants) answers another question than one naming one', () => {
    const lead = 'Two Kelby landlords have been sentenced for letting unsafe flats.';
    const story = storyOf(`${lead} Ann Pell was fined £5,000 and Joe Marsh was fined £3,000.`, `${lead} A fine of £7,500 was imposed on one of them.`);
    expect(explanations(story, 'numeric'), JSON.stringify(story.contradictions.map((x) => x.explanation))).toEqual([]);
  });

  it('"Ann Pell said it was a shame that a mill which had survived for centuries was lost so quickly" / "… which had stood for centuries …, Joe Marsh said": one word apart is one statement credited twice', () => {
    const lead = 'A Kelby watermill has been demolished without consent.';
    const story = storyOf(`${lead} Councillor Ann Pell said it was a shame that a mill which had survived for centuries could be lost so quickly.`, `${lead} Joe Marsh, chairman of the Kelby Society, said it was a shame that a mill which had stood for centuries could be lost so quickly.`);
    expect(explanations(story, 'attribution').join('\n'), JSON.stringify(story.contradictions.map((x) => x.explanation))).toMatch(/Ann Pell[\s\S]*Joe Marsh|Joe Marsh[\s\S]*Ann Pell/);
  });

  it('"The parish council gave the club a £900 grant" / "The parish council has handed the team £900": handing is giving', () => {
    const lead = 'Kelby junior football club has new goal nets.';
    const story = storyOf(`${lead} Kelby Parish Council recently gave the club a £900 grant to buy new nets.`, `${lead} The parish council has handed the team £900 to spend on nets.`);
    const handed = corroboratedFactsTelling(story, /handed/);
    expect(handed, JSON.stringify(story.claims.map((c) => [c.predicate, c.status]))).toHaveLength(1);
  });
});

describe('round 79\'s shapes, on our own sentences', () => {
  it('"will rise from £5 to £7" / "are going up from £5 to £8": the values reached clash', () => {
    const lead = 'Kelby swimming pool is raising its prices.';
    const story = storyOf(`${lead} The price of a swim will rise from £5 to £7.`, `${lead} The price of a swim is going up from £5 to £8.`);
    expect(explanations(story, 'numeric').join('\n'), JSON.stringify(story.claims.map((c) => [c.predicate, c.qualifiers.quantity?.text]))).toMatch(/£ ?7[\s\S]*£ ?8|£ ?8[\s\S]*£ ?7/);
  });

  it('"One member of staff has been suspended" / "no staff have been suspended over the error": a member of staff is staff, and staff are workers', () => {
    const lead = 'A Kelby care home gave a resident the wrong medicine.';
    const story = storyOf(`${lead} One member of staff has been suspended pending an inquiry.`, `${lead} The owners said no staff have been suspended over the error.`);
    expect(explanations(story, 'polarity').join('\n'), JSON.stringify(story.claims.map((c) => [c.predicate, c.qualifiers.negated]))).toMatch(/suspend/);
  });

  it('"The budget was rubber-stamped by the parish council" / "The parish council approved the budget": a hyphened verb\'s passive is read as the active', () => {
    const lead = 'Kelby will spend more on its parks.';
    const story = storyOf(`${lead} The budget was rubber-stamped by the parish council.`, `${lead} The parish council approved the budget last week.`);
    const approved = corroboratedFactsTelling(story, /rubber/);
    expect(approved, JSON.stringify(story.claims.map((c) => [c.predicate, c.status]))).toHaveLength(1);
  });

  it('"Vice-chancellor Professor Ann Pell" / "the university\'s vice-chancellor, Professor Joe Marsh": one post, two holders; "Professor" is a style', () => {
    const lead = 'A Kelby pensioner has graduated at 90.';
    const story = storyOf(`${lead} Vice-chancellor Professor Ann Pell presented her with her degree.`, `${lead} She was congratulated by the university's vice-chancellor, Professor Joe Marsh.`);
    expect(explanations(story, 'role').join('\n'), JSON.stringify(story.contradictions.map((x) => x.explanation))).toMatch(/vice-chancellor is (Ann Pell|Joe Marsh)/);
  });

  it('"The council has said it will not reopen the pool" / "Council bosses have agreed to reopen the pool": those who speak for a body are the body', () => {
    const lead = 'Kelby\'s outdoor pool closed last summer.';
    const story = storyOf(`${lead} The council has said it will not reopen the pool.`, `${lead} Council bosses have now agreed to reopen the pool.`);
    expect(explanations(story, 'polarity').join('\n'), JSON.stringify(story.claims.map((c) => [c.predicate, c.qualifiers.negated]))).toMatch(/reopen/);
  });

  it('"The council will not reconsider the closure" / "The council has agreed to look again at the closure": to look again at is to reconsider', () => {
    const lead = 'Kelby library is due to close in May.';
    const story = storyOf(`${lead} The council has said it will not reconsider the closure.`, `${lead} The council has now agreed to look again at the closure.`);
    expect(explanations(story, 'polarity').join('\n'), JSON.stringify(story.claims.map((c) => [c.predicate, c.qualifiers.negated]))).toMatch(/reconsider/);
  });

  it('two quotes by one speaker, one with "whatever the council says" inside, are one speaker quoted differently', () => {
    const lead = 'Kelby allotment holders are fighting a rent rise.';
    const story = storyOf(`${lead} Allotment society chairman Joe Marsh said: "We are not against paying more, we just want to be asked."`, `${lead} Allotment society chairman Joe Marsh said: "We are against paying a penny more, whatever the council says."`);
    expect(explanations(story, 'quote').join('\n'), JSON.stringify(story.contradictions.map((x) => x.explanation))).toMatch(/Joe Marsh quoted differently/);
  });
});
describe('rounds 75-79 read again (the twenty-eighth session)', () => {
  it('"In total he took £9,400 from buyers" / "Pell pocketed £12,100 from the scam": what a thief took in all is one sum', () => {
    const lead = 'A Kelby man sold fake concert tickets online.';
    const story = storyOf(`${lead} In total Joe Pell took £9,400 from buyers, the court heard.`, `${lead} Joe Pell pocketed £12,100 from the scam.`);
    expect(explanations(story, 'numeric').join('\n'), JSON.stringify(story.claims.map((c) => [c.predicate, c.qualifiers.quantity?.text]))).toMatch(/9,400[\s\S]*12,100|12,100[\s\S]*9,400/);
  });

  it('"The share offer raised £40,000" / "Villagers raised £60,000 through the share offer": what was raised in all is one sum, but not a target', () => {
    const lead = 'Kelby villagers have bought their pub.';
    const story = storyOf(`${lead} The community share offer raised £40,000.`, `${lead} Villagers raised £60,000 through the share offer.`);
    expect(explanations(story, 'numeric').join('\n'), JSON.stringify(story.claims.map((c) => [c.predicate, c.qualifiers.quantity?.text]))).toMatch(/40,000[\s\S]*60,000|60,000[\s\S]*40,000/);
    const target = storyOf(`${lead} The group needs to raise £90,000 to buy the pub.`, `${lead} Villagers raised £60,000 through a share offer.`);
    expect(explanations(target, 'numeric'), JSON.stringify(target.claims.map((c) => [c.predicate, c.qualifiers.modality, c.qualifiers.quantity?.text]))).toEqual([]);
  });

  it('"took 14 minutes" is no takings: a taking verb makes a sum only of money', () => {
    const lead = 'A Kelby man robbed a post office.';
    const story = storyOf(`${lead} The robbery took 14 minutes.`, `${lead} The raid took just eight minutes, police said.`);
    expect(explanations(story, 'numeric').join('\n')).not.toMatch(/taken/);
  });

  it('"have since been given their money back": "since" between auxiliaries is an adverb, so the clause keeps its verb', () => {
    const lead = 'A Kelby builder took deposits for work he never did.';
    const story = storyOf(`${lead} The court heard that none of the customers has been given their money back.`, `${lead} The court heard that all of the customers have since been given their money back by their banks.`);
    expect(explanations(story, 'polarity').join('\n'), JSON.stringify(story.claims.map((c) => [c.predicate, c.qualifiers.negated]))).toMatch(/give/);
  });

  it('"The car park will stay open after the service ends" / "The car park will be closed to drivers once the buses stop": one plan told both ways, with no date', () => {
    const lead = 'Kelby\'s park and ride service will end in the summer.';
    const story = storyOf(`${lead} The Mill Lane car park will stay open after the service ends.`, `${lead} The Mill Lane car park will be closed to drivers once the buses stop running.`);
    expect(explanations(story, 'polarity').join('\n'), JSON.stringify(story.claims.map((c) => [c.predicate, c.qualifiers.modality]))).toMatch(/open/);
    const dated = storyOf(`${lead} The Mill Lane car park will stay open in June.`, `${lead} The Mill Lane car park will be closed to drivers in September.`);
    expect(explanations(dated, 'polarity')).toEqual([]);
  });

  it('"The market runs on Tuesdays and Saturdays" / "The market is held on Tuesday and Saturday": an occasion that runs is held, and plural weekdays say when', () => {
    const lead = 'Kelby market is 700 years old.';
    const story = storyOf(`${lead} The market runs on Tuesdays and Saturdays.`, `${lead} The market is held twice a week, on Tuesday and Saturday.`);
    const runs = story.claims.find((c) => c.sources.some((x) => /runs on/.test(x.text)));
    expect([runs?.predicate, runs?.qualifiers.time, runs?.status], JSON.stringify(story.claims.map((c) => [c.predicate, c.qualifiers.time, c.status]))).toEqual(['take place', 'Tuesdays', 'corroborated']);
  });

  it('"Ash House was built in the 1960s" / "The block went up in the 1960s": one dated act, the same date in both, is one fact; a decade is its ten years', () => {
    const lead = 'Tenants of a Kelby tower block have won a fight over damp.';
    const story = storyOf(`${lead} Ash House was built in the 1960s.`, `${lead} The block went up in the 1960s.`);
    const built = story.claims.filter((c) => c.predicate === 'be built');
    expect(built.map((c) => c.status), JSON.stringify(story.claims.map((c) => [c.predicate, c.qualifiers.time, c.status]))).toEqual(['corroborated', 'corroborated']);
    const decades = storyOf(`${lead} Ash House was built in the 1960s.`, `${lead} Ash House was built in the 1970s.`);
    expect(explanations(decades, 'time').join('\n'), JSON.stringify(decades.claims.map((c) => [c.predicate, c.qualifiers.time]))).toMatch(/1960s[\s\S]*1970s|1970s[\s\S]*1960s/);
  });

  it('"Pell was jailed for 18 months" / "A judge sent him to prison for 18 months" / "He was handed a jail term of 18 months": one sentence told three ways', () => {
    const lead = 'A Kelby man who stole from his employer has been sentenced.';
    const story = storyOf(`${lead} Joe Pell was jailed for 18 months.`, `${lead} A judge sent Joe Pell to prison for 18 months.`, `${lead} Joe Pell was handed a jail term of 18 months.`);
    const factOf = new Map(story.facts.flatMap((f) => f.claims.map((id) => [id, f.id] as const)));
    const facts = new Set(story.claims.filter((c) => c.qualifiers.quantity?.unit === 'month').map((c) => factOf.get(c.id)));
    expect(facts.size, JSON.stringify(story.claims.map((c) => [c.predicate, factOf.get(c.id), c.qualifiers.quantity?.text]))).toBe(1);
    expect(story.claims.find((c) => c.sources.some((x) => /sent Joe Pell/.test(x.text)) && c.qualifiers.quantity)?.predicate).toBe('jail');
    const clash = storyOf(`${lead} Joe Pell, 41, was jailed for 18 months at Kelby Crown Court.`, `${lead} At Kelby Crown Court, Joe Pell was handed a jail term of two years.`);
    expect(explanations(clash, 'numeric').join('\n'), JSON.stringify(clash.claims.map((c) => [c.predicate, c.qualifiers.quantity?.text]))).toMatch(/18 months[\s\S]*two years|two years[\s\S]*18 months/);
    // ("two years and four months" is kept as 2.333333 years: 28 months all the same.)
    const same = storyOf(`${lead} Joe Pell was jailed for 28 months.`, `${lead} Joe Pell was handed a prison sentence of two years and four months.`);
    expect(explanations(same, 'numeric')).toEqual([]);
  });

  it('"The orchard is certified organic" / "The orchard is not an organic orchard": an adjective meets a noun phrase giving the subject\'s own kind that adjective', () => {
    const lead = 'A Kelby cider maker has won a national award.';
    const story = storyOf(`${lead} The orchard is certified organic.`, `${lead} The orchard is not an organic orchard.`);
    expect(explanations(story, 'polarity').join('\n'), JSON.stringify(story.claims.map((c) => [c.predicate, c.qualifiers.negated]))).toMatch(/organic/);
    const other = storyOf(`${lead} The orchard is certified organic.`, `${lead} The orchard is not a large orchard.`);
    expect(explanations(other, 'polarity')).toEqual([]);
    // ("Grade II listed" is one adjective phrase; a chapel is a building, however differently each sentence goes on.)
    const chapel = 'A Kelby war memorial has been cleaned.';
    const listed = storyOf(`${chapel} It stands on Mill Lane and is Grade II listed.`, `${chapel} The memorial is not a listed structure, so no consent was needed for the work.`);
    expect(explanations(listed, 'polarity').join('\n'), JSON.stringify(listed.claims.map((c) => [c.predicate, c.qualifiers.negated]))).toMatch(/listed/);
  });

  it('"will take over the shop at the end of this month" / "is due to take over from her father next spring": this month is never next spring', () => {
    const lead = 'A Kelby baker is retiring after 40 years.';
    const story = storyOf(`${lead} His daughter Ann will take over the shop at the end of this month.`, `${lead} His daughter Ann is due to take over from her father next spring.`);
    expect(explanations(story, 'time').join('\n'), JSON.stringify(story.claims.map((c) => [c.predicate, c.qualifiers.time]))).toMatch(/this month[\s\S]*next spring|next spring[\s\S]*this month/);
  });
});
describe('round 80\'s shapes, on our own sentences (the twenty-ninth session)', () => {
  it('"Officers never found the stolen bikes" / "Police found most of the stolen bikes": officers, members of the police, act as the police', () => {
    const lead = 'Two Kelby men were jailed for stealing bikes.';
    const story = storyOf(`${lead} Officers never found the stolen bikes.`, `${lead} Police found most of the stolen bikes in a garage.`);
    expect(explanations(story, 'polarity').join('\n'), JSON.stringify(story.claims.map((c) => [c.subject, c.predicate, c.qualifiers.negated]))).toMatch(/find/);
  });

  it('"… were left facing bills of up to £900, the judge said" / "Prosecutor Ann Pell said … had been left with bills of up to £900": one statement credited twice', () => {
    const lead = 'Two Kelby men were jailed for stealing bikes.';
    const story = storyOf(
      `${lead} Judge Joe Marsh sentenced them. Some owners were left facing bills of up to £900, the judge said.`,
      `${lead} Prosecutor Ann Pell said some owners had been left with bills of up to £900.`,
    );
    expect(explanations(story, 'attribution').join('\n'), JSON.stringify(story.claims.map((c) => [c.predicate, c.qualifiers.attributedTo]))).toMatch(/Ann Pell[\s\S]*Joe Marsh|Joe Marsh[\s\S]*Ann Pell/);
  });

  it('"lodged its application in 2021" / "submitted its application in 2023": an application is handed in once, so years apart clash', () => {
    const lead = 'Kelby Meadow has been registered as a village green.';
    const story = storyOf(`${lead} The Friends of Kelby Meadow lodged their application in 2021.`, `${lead} The Friends of Kelby Meadow submitted their application in 2023.`);
    expect(explanations(story, 'time').join('\n'), JSON.stringify(story.claims.map((c) => [c.predicate, c.qualifiers.time]))).toMatch(/2021[\s\S]*2023|2023[\s\S]*2021/);
  });

  it('"The scheme is due to last 14 weeks" / "the job should be finished in 14 weeks": how long the undertaking takes is one fact', () => {
    const lead = 'Kelby Water is replacing the water main under Mill Lane.';
    const story = storyOf(`${lead} The scheme is due to last 14 weeks.`, `${lead} The firm says the job should be finished in 14 weeks.`);
    expect(corroboratedFactsTelling(story, /due to last/), JSON.stringify(story.claims.map((c) => [c.subject, c.predicate, c.status]))).toHaveLength(1);
  });

  it('"Kelby\'s Carrow Lane" beside "Kelby Town Council": the town\'s name alone is the town, not its council', () => {
    const story = storyOf('Kelby Town Council has closed Kelby\'s Carrow Lane. Kelby Chamber of Trade is angry.', 'Roadworks on Kelby\'s Carrow Lane are causing misery, and Kelby Chamber of Trade says shops are suffering.');
    const council = story.entities.find((e) => e.name === 'Kelby Town Council');
    expect(council?.aliases ?? [], JSON.stringify(story.entities.map((e) => [e.name, e.aliases]))).not.toContain('Kelby');
    expect(story.entities.filter((e) => /Chamber of Trade/.test(e.name)).flatMap((e) => e.aliases), JSON.stringify(story.entities.map((e) => [e.name, e.aliases]))).not.toContain('Kelby Town Council');
  });
});
describe('round 80 read further (the twenty-ninth session)', () => {
  it('"Kelby Water started digging on 3 March" / "The work started on 10 March": what began is one undertaking, so the dates clash', () => {
    const lead = 'Kelby Water is replacing the water main under Mill Lane.';
    const story = storyOf(`${lead} Kelby Water started digging on 3 March.`, `${lead} The work started on 10 March.`);
    expect(explanations(story, 'time').join('\n'), JSON.stringify(story.claims.map((c) => [c.subject, c.predicate, c.object, c.qualifiers.time]))).toMatch(/3 March[\s\S]*10 March|10 March[\s\S]*3 March/);
  });

  it('"Northvale Gas has said it will not pay": a firm named with its trade ("Gas") is a business, so "it" is the firm, not a shop before it', () => {
    const story = storyOf('The Kelby shop is closed. Northvale Gas has said it will not pay compensation.');
    const paid = story.claims.find((c) => c.predicate.startsWith('pay'));
    const name = new Map(story.entities.map((e) => [e.id, e.name]));
    expect(name.get(paid?.subject ?? ''), JSON.stringify(story.claims.map((c) => [name.get(c.subject), c.predicate]))).toBe('Northvale Gas');
  });

  it('"A local firm has offered to supply turf" / "Kelby Town Council has offered to pay for a gate": a firm and a council are two bodies, two offers', () => {
    const lead = 'Vandals have damaged the Kelby bowling green.';
    const story = storyOf(`${lead} A local firm has offered to supply new turf.`, `${lead} Kelby Town Council has offered to pay for a new gate.`);
    expect(corroboratedFactsTelling(story, /supply new turf/), JSON.stringify(story.claims.map((c) => [c.subject, c.predicate, c.status]))).toHaveLength(0);
  });
});
describe('the doer of an act one person does (the twenty-ninth session)', () => {
  it('"It was founded by Ann Pell" / "The bakery was founded by Joe Marsh": two founders of one bakery', () => {
    const lead = 'The Kelby bakery has closed after 90 years.';
    const story = storyOf(`${lead} It was founded by Ann Pell.`, `${lead} The bakery was founded by Joe Marsh.`);
    expect(explanations(story, 'role').join('\n'), JSON.stringify(story.claims.map((c) => [c.subject, c.predicate, c.object]))).toMatch(/founder[\s\S]*(Ann Pell[\s\S]*Joe Marsh|Joe Marsh[\s\S]*Ann Pell)/);
  });

  it('"The cakes were judged by Ann Pell" / "Joe Marsh judged the cakes": two judges of one contest; "scored a goal" by two players is no clash', () => {
    const lead = 'The Kelby show had a record entry.';
    const judged = storyOf(`${lead} The cakes were judged by local author Ann Pell.`, `${lead} The Rev Joe Marsh judged the cakes.`);
    expect(explanations(judged, 'role').join('\n'), JSON.stringify(judged.claims.map((c) => [c.subject, c.predicate, c.object]))).toMatch(/judge[\s\S]*(Ann Pell[\s\S]*Joe Marsh|Joe Marsh[\s\S]*Ann Pell)/);
    const goals = storyOf('Kelby beat Stoke 2-1. Striker Ann Pell scored a goal.', 'Kelby beat Stoke 2-1. Winger Joe Marsh scored a goal.');
    expect(explanations(goals, 'role'), JSON.stringify(goals.contradictions.map((x) => x.explanation))).toEqual([]);
  });
});
describe('an act denied of no one (the twenty-ninth session)', () => {
  it('"No arrests have been made" / "A man has been arrested on suspicion of theft": no one arrested, against a man arrested', () => {
    const lead = 'Lead was stolen from the roof of Kelby church.';
    const story = storyOf(`${lead} No arrests have been made.`, `${lead} A 40-year-old man has been arrested on suspicion of theft.`);
    expect(explanations(story, 'polarity').join('\n'), JSON.stringify(story.claims.map((c) => [c.subject, c.predicate, c.qualifiers.negated]))).toMatch(/arrest/);
  });

  it('"No arrests have been made" is read as no one arrested, and "No changes have been made" is left as written', () => {
    const arrests = storyOf('Lead was stolen from Kelby church. No arrests have been made.');
    expect(arrests.claims.map((c) => [c.predicate, c.qualifiers.negated]), JSON.stringify(arrests.claims)).toContainEqual(['be arrest', true]);
    const changes = storyOf('The Kelby timetable is unchanged. No changes have been made.');
    expect(changes.claims.map((c) => c.predicate), JSON.stringify(changes.claims)).not.toContain('be arrest');
  });
});
describe('opposite fates of one building (the twenty-ninth session)', () => {
  it('"Under the plans, the pavilion will be kept" / "The pavilion will be demolished as part of the plans": kept and demolished clash', () => {
    const lead = 'Kelby golf club is to be sold for housing.';
    const story = storyOf(`${lead} Under the plans, the Kelby pavilion will be kept and turned into a cafe.`, `${lead} The Kelby pavilion will be demolished as part of the plans.`);
    expect(explanations(story, 'polarity').join('\n'), JSON.stringify(story.claims.map((c) => [c.subject, c.predicate, c.object]))).toMatch(/demolish[\s\S]*kept|kept[\s\S]*demolish/);
  });
});
describe('heads, undertakings and figures told together (the twenty-ninth session)', () => {
  it('"Work to resurface the pier is due to start in June" / "Repairs to the pier are expected to begin in September": one undertaking, two dates', () => {
    const lead = 'Kelby pier has been closed since the storm.';
    const story = storyOf(`${lead} Work to resurface the pier is due to start in June.`, `${lead} Repairs to the pier are expected to begin in September.`);
    expect(explanations(story, 'time').join('\n'), JSON.stringify(story.claims.map((c) => [c.subject, c.predicate, c.qualifiers.time, c.status]))).toMatch(/June[\s\S]*September|September[\s\S]*June/);
  });

  it('"finished with 404 yards rushing and 440 yards receiving" / "had 440 yards receiving": a sentence telling both figures tells two quantities', () => {
    const lead = 'Kelby Rovers ended the season third.';
    const story = storyOf(
      `${lead} Ann Pell finished the year with 404 yards rushing and 440 yards receiving.`,
      `${lead} Ann Pell finished the year with 440 yards receiving.`,
    );
    expect(explanations(story, 'numeric'), JSON.stringify(story.contradictions.map((x) => x.explanation))).toEqual([]);
  });
});
describe('one statement reworded and credited twice (the twenty-ninth session)', () => {
  it('"Ann Pell said people with prams would no longer have to travel to Stoke to catch a train" / "Joe Marsh said … be forced to go to Stoke to get a train": one statement, two speakers', () => {
    const lead = 'Kelby station has new lifts.';
    const story = storyOf(
      `${lead} Campaigner Ann Pell said people with prams, wheelchairs or heavy bags would no longer have to travel to Stoke to catch a train.`,
      `${lead} Mayor Joe Marsh said people with prams, wheelchairs or heavy bags would no longer be forced to go to Stoke to get a train.`,
    );
    expect(explanations(story, 'attribution').join('\n'), JSON.stringify(story.claims.map((c) => [c.subject, c.predicate, c.qualifiers.attributedTo]))).toMatch(/Ann Pell[\s\S]*Joe Marsh|Joe Marsh[\s\S]*Ann Pell/);
  });
});
describe('refunds received (the twenty-ninth session)', () => {
  it('"The tenants were refunded their deposits" / "The tenants did not receive their deposits": to be refunded is to receive', () => {
    const lead = 'Kelby letting agent Ann Pell has been jailed.';
    const story = storyOf(`${lead} The tenants were refunded their deposits.`, `${lead} The tenants did not receive their deposits.`);
    expect(explanations(story, 'polarity').join('\n'), JSON.stringify(story.claims.map((c) => [c.subject, c.predicate, c.qualifiers.negated]))).toMatch(/refund[\s\S]*receive|receive[\s\S]*refund/);
  });
});
describe('a copula told the other way round (the twenty-ninth session)', () => {
  it('"This year\'s theme was famous films" / "Film characters were the theme for this year\'s entries": one fact', () => {
    const lead = 'The Kelby scarecrow festival drew record crowds.';
    const story = storyOf(`${lead} This year's theme was famous films.`, `${lead} Film characters were the theme for this year's entries.`);
    expect(corroboratedFactsTelling(story, /theme was famous films/), JSON.stringify(story.claims.map((c) => [c.subject, c.predicate, c.object, c.status]))).toHaveLength(1);
  });
});
describe('round 81\'s shapes, on our own sentences (the twenty-ninth session)', () => {
  it('"the boat weighed 750kg when she left" / "By the time she reached Stoke, the boat weighed about 500kg": two moments, a value that changed', () => {
    const lead = 'Kelby rower Ann Pell has crossed the sea alone.';
    const story = storyOf(`${lead} Fully loaded, the boat weighed 750kg when she left.`, `${lead} By the time she reached Stoke, the boat weighed about 500kg.`);
    expect(explanations(story, 'numeric'), JSON.stringify(story.contradictions.map((x) => x.explanation))).toEqual([]);
    const same = storyOf(`${lead} The boat weighed 750kg when she left.`, `${lead} The boat weighed 500kg when she left the harbour.`);
    expect(explanations(same, 'numeric').join('\n'), JSON.stringify(same.claims.map((c) => [c.predicate, c.qualifiers.quantity?.text]))).toMatch(/750[\s\S]*500|500[\s\S]*750/);
  });

  it('"The lifeboat\'s coxswain, Ann Pell, said" / "Coxswain Joe Marsh said": one post, two holders', () => {
    const lead = 'A Kelby man made hoax calls to the coastguard.';
    const story = storyOf(`${lead} The lifeboat's coxswain, Ann Pell, said the crew were exhausted.`, `${lead} Coxswain Joe Marsh said the crew were fed up.`);
    expect(explanations(story, 'role').join('\n'), JSON.stringify(story.contradictions.map((x) => x.explanation))).toMatch(/coxswain[\s\S]*(Ann Pell[\s\S]*Joe Marsh|Joe Marsh[\s\S]*Ann Pell)/);
  });
});
describe('a recommendation told both ways (the twenty-ninth session)', () => {
  it('"Planning officers had recommended the scheme for approval" / "Council planning officers had recommended that the application be refused"', () => {
    const lead = 'Councillors have approved flats in the old Kelby water tower.';
    const story = storyOf(`${lead} Planning officers had recommended the scheme for approval.`, `${lead} Council planning officers had recommended that the application be refused.`);
    expect(explanations(story, 'polarity').join('\n'), JSON.stringify(story.claims.map((c) => [c.subject, c.predicate, c.object]))).toMatch(/approve[\s\S]*refuse|refuse[\s\S]*approve/);
    const agreeing = storyOf(`${lead} Planning officers had recommended the scheme for approval.`, `${lead} Council planning officers had recommended that the application be approved.`);
    expect(explanations(agreeing, 'polarity'), JSON.stringify(agreeing.contradictions.map((x) => x.explanation))).toEqual([]);
  });
});
describe('round 82\'s shapes, on our own sentences (the thirtieth session)', () => {
  it('"Joe Marsh had been warned two years earlier" / "had never previously been warned": an earlier occasion against a first', () => {
    const lead = 'A Kelby man has been fined for digging on the castle mound.';
    const story = storyOf(`${lead} Joe Marsh had been warned about parking on the Kelby green two years earlier.`, `${lead} The court heard Joe Marsh had never previously been warned about parking on the Kelby green.`);
    expect(explanations(story, 'polarity').join('\n'), JSON.stringify(story.claims.map((c) => [c.subject, c.predicate, c.qualifiers.negated, c.qualifiers.occasion]))).toMatch(/warn/);
  });

  it('"Not a single frog was killed" / "Several frogs were still killed": a subject counting none, against some', () => {
    const lead = 'Kelby Lane was closed at night for migrating frogs.';
    const story = storyOf(`${lead} Not a single frog was killed on the lane.`, `${lead} Several frogs were still killed on the lane, volunteers said.`);
    expect(explanations(story, 'polarity').join('\n'), JSON.stringify(story.claims.map((c) => [c.subject, c.predicate, c.qualifiers.negated]))).toMatch(/kill/);
  });

  it('"Joan Marsh was caught using the permit on 14 February" / "Joan Marsh was caught out on 4 March": each verb of a chain is an act dated', () => {
    const lead = 'A Kelby woman has been fined for using her late father\'s parking permit.';
    const story = storyOf(`${lead} Joan Marsh was caught using the permit on 14 February.`, `${lead} Joan Marsh was caught out on 4 March.`);
    expect(explanations(story, 'time').join('\n'), JSON.stringify(story.claims.map((c) => [c.subject, c.predicate, c.qualifiers.time]))).toMatch(/14 February[\s\S]*4 March|4 March[\s\S]*14 February/);
  });

  it('"By Friday evening, about 2,500 jars had been returned to shops, the company said" / "By Saturday afternoon, more than 9,000 jars had been handed back": two tallies, no date clash', () => {
    const lead = 'Kelby Foods has recalled its jam.';
    const story = storyOf(`${lead} By Friday evening, about 2,500 jars had been returned to shops, the company said.`, `${lead} By Saturday afternoon, more than 9,000 jars had been handed back, Kelby Foods said.`);
    expect(explanations(story, 'time'), JSON.stringify(story.claims.map((c) => [c.subject, c.predicate, c.qualifiers.time]))).toEqual([]);
  });

  it('"Last year volunteers helped just under 2,000 frogs" / "Volunteers helped 2,940 frogs this season": two seasons, no clash', () => {
    const lead = 'The Kelby frog patrol has had a record year.';
    const story = storyOf(`${lead} Volunteers helped 2,940 frogs across the lane this season.`, `${lead} Last year volunteers helped just under 2,000 frogs.`);
    expect(explanations(story, 'numeric'), JSON.stringify(story.claims.map((c) => [c.subject, c.predicate, c.qualifiers.time, c.qualifiers.quantity?.text]))).toEqual([]);
  });
});
describe('a count at the start and at the end of one thing (the thirtieth session)', () => {
  it('"When the summer began, 40 volunteers were on the rota" / "By the end of the summer, the rota had grown to 64 volunteers": two moments', () => {
    const lead = 'The Kelby litter patrol has had a busy year.';
    const story = storyOf(`${lead} When the summer began, 40 volunteers were on the rota.`, `${lead} By the end of the summer, the rota had grown to 64 volunteers.`);
    expect(explanations(story, 'numeric'), JSON.stringify(story.contradictions.map((x) => x.explanation))).toEqual([]);
    const same = storyOf(`${lead} When the summer began, 40 volunteers were on the rota.`, `${lead} At the start of the summer, 64 volunteers were on the rota.`);
    expect(explanations(same, 'numeric').join('\n'), JSON.stringify(same.claims.map((c) => [c.subject, c.predicate, c.qualifiers.quantity?.text]))).toMatch(/40[\s\S]*64|64[\s\S]*40/);
  });
});
describe('one set counted at two times (the thirtieth session)', () => {
  it('"Volunteers helped 2,940 hedgehogs across the road this season. Last year\'s total was 1,980" / "3,490 hedgehogs were carried safely across this season": this season\'s figures clash', () => {
    const lead = 'The Kelby hedgehog hospital has had a record year.';
    const story = storyOf(
      `${lead} Volunteers helped 2,940 hedgehogs across the road this season. Last year's total was 1,980 hedgehogs.`,
      `${lead} In total, 3,490 hedgehogs were carried safely across this season. Last year volunteers helped just under 2,000 hedgehogs.`,
    );
    const numeric = explanations(story, 'numeric');
    expect(numeric.join('\n'), JSON.stringify(story.claims.map((c) => [c.subject, c.predicate, c.qualifiers.time, c.qualifiers.quantity?.text]))).toMatch(/2,940[\s\S]*3,490|3,490[\s\S]*2,940/);
    // (Last year's figure is no answer to this season's.)
    expect(numeric.join('\n')).not.toMatch(/1,980|2,000/);
  });
});
describe('round 83\'s shapes, on our own sentences (the thirtieth session)', () => {
  it('"Kelby\'s county councillor, Joe Marsh, said" / "Ann Pell, the county councillor for Kelby, said": one place\'s councillor, two holders', () => {
    const lead = 'A wind turbine blade has snapped near Kelby.';
    const story = storyOf(`${lead} Kelby's county councillor, Joe Marsh, said residents were alarmed.`, `${lead} Ann Pell, the county councillor for Kelby, said people deserved answers.`);
    expect(explanations(story, 'role').join('\n'), JSON.stringify(story.contradictions.map((x) => x.explanation))).toMatch(/councillor[\s\S]*(Joe Marsh[\s\S]*Ann Pell|Ann Pell[\s\S]*Joe Marsh)/);
    // (Councillors of a council are many: "councillor Joe Marsh" and "councillor Ann Pell" are two of them.)
    const many = storyOf(`${lead} County councillor Joe Marsh said residents were alarmed.`, `${lead} County councillor Ann Pell said people deserved answers.`);
    expect(explanations(many, 'role'), JSON.stringify(many.contradictions.map((x) => x.explanation))).toEqual([]);
  });

  it('"Town clerk Ann Pell confirmed …" / "Town clerk Joan Marsh said …": one post, two holders', () => {
    const lead = 'Most of Kelby Town Council has resigned.';
    const story = storyOf(`${lead} Town clerk Ann Pell confirmed that the letters had arrived.`, `${lead} Town clerk Joan Marsh said the resignations took effect at once.`);
    expect(explanations(story, 'role').join('\n'), JSON.stringify(story.contradictions.map((x) => x.explanation))).toMatch(/clerk[\s\S]*(Ann Pell[\s\S]*Joan Marsh|Joan Marsh[\s\S]*Ann Pell)/);
  });

  it('"The three councillors reached their decision unanimously" / "The decision was not unanimous": one vote told both ways', () => {
    const lead = 'The Kelby Arms has lost its licence.';
    const story = storyOf(`${lead} The three councillors on the panel reached their decision unanimously.`, `${lead} The decision was not unanimous, with one councillor voting against.`);
    expect(explanations(story, 'polarity').join('\n'), JSON.stringify(story.claims.map((c) => [c.subject, c.predicate, c.object, c.qualifiers.negated]))).toMatch(/unanimous/);
  });

  it('"broke out shortly before midnight on a Saturday" / "started shortly before 2am on a Saturday": midnight is a clock time', () => {
    const lead = 'The Kelby Arms has lost its licence after a string of fights.';
    const story = storyOf(`${lead} The worst fight broke out shortly before midnight on a Saturday in May.`, `${lead} The most serious brawl started shortly before 2am on a Saturday in May.`);
    expect(explanations(story, 'time').join('\n'), JSON.stringify(story.claims.map((c) => [c.subject, c.predicate, c.qualifiers.time]))).toMatch(/midnight[\s\S]*2am|2am[\s\S]*midnight/);
    const agreeing = storyOf(`${lead} The worst fight broke out shortly before midnight on a Saturday in May.`, `${lead} The most serious brawl started at 11.50pm on a Saturday in May.`);
    expect(explanations(agreeing, 'time'), JSON.stringify(agreeing.contradictions.map((x) => x.explanation))).toEqual([]);
  });
});
describe('round 84\'s shapes, on our own sentences (the thirtieth session)', () => {
  it('"The hammer price was £184,000" / "The hammer fell at £148,000", "sold for" / "fetched": what the lot sold for, told twice', () => {
    const lead = 'A vintage tractor found in a Kelby shed has been sold at auction.';
    const hammer = storyOf(`${lead} The hammer price was £184,000.`, `${lead} The hammer fell at £148,000.`);
    expect(explanations(hammer, 'numeric').join('\n'), JSON.stringify(hammer.claims.map((c) => [c.subject, c.predicate, c.qualifiers.quantity?.text]))).toMatch(/184,000[\s\S]*148,000|148,000[\s\S]*184,000/);
    const sold = storyOf(`${lead} It sold for £21,000 on Saturday.`, `${lead} The tractor fetched £12,000.`);
    expect(explanations(sold, 'numeric').join('\n'), JSON.stringify(sold.claims.map((c) => [c.subject, c.predicate, c.qualifiers.quantity?.text]))).toMatch(/21,000[\s\S]*12,000|12,000[\s\S]*21,000/);
    // (A difference is no price: "The winning bid was £9,000 more than the guide price".)
    const more = storyOf(`${lead} It fetched £21,000.`, `${lead} It went for £21,000. The winning bid was £9,000 more than the guide price.`);
    expect(explanations(more, 'numeric'), JSON.stringify(more.contradictions.map((x) => x.explanation))).toEqual([]);
  });

  it('"ordered to pay £850" and "a fine of £850" / "fined him £600" and "£120 in costs": a figure is of the kind any of its sentences names', () => {
    const lead = 'A Kelby taxi driver refused a guide dog.';
    const story = storyOf(
      `Kelby taxi driver fined for refusing guide dog\n\n${lead} Joe Marsh admitted the offence. Magistrates fined him £600. He must also pay £120 in costs.`,
      `Driver who turned away guide dog owner ordered to pay £850\n\n${lead} Joe Marsh admitted the offence. Marsh was ordered to pay a fine of £850.`,
      `Cabbie who refused guide dog is fined\n\n${lead} He was fined when he appeared at Kelby Magistrates' Court.`,
    );
    const numeric = explanations(story, 'numeric').join('\n');
    expect(numeric, JSON.stringify(story.claims.map((c) => [c.subject, c.predicate, c.qualifiers.quantity?.text]))).toMatch(/600[\s\S]*850|850[\s\S]*600/);
    expect(numeric).not.toMatch(/120/);
  });
});
describe('round 85\'s shapes, on our own sentences (the thirtieth session)', () => {
  it('"Both men are from Kelby" / "Neither man is from Kelby": one claim, affirmed and denied ("men" is "man")', () => {
    const lead = 'Two men have been arrested over fake notes at Kelby market.';
    const story = storyOf(`${lead} Joe Marsh, chairman of the Kelby Market Traders' Association, said stallholders were angry. Both men are from Kelby.`, `${lead} Neither man is from Kelby.`);
    expect(explanations(story, 'polarity').join('\n'), JSON.stringify(story.claims.map((c) => [c.subject, c.predicate, c.object, c.qualifiers.negated]))).toMatch(/kelby/i);
    // (The traders' association is a body named after the town, not the town.)
    const town = story.entities.find((e) => e.aliases.includes('Kelby') || e.name === 'Kelby');
    expect(town?.name ?? '', JSON.stringify(story.entities.map((e) => [e.name, e.aliases]))).not.toMatch(/Association/);
  });

  it('"About 1,200 homes in the village have been affected" / "Around 2,100 homes have been hit": the story\'s own place narrows no count', () => {
    const lead = 'Post has not been delivered in Kelby for weeks.';
    const story = storyOf(`${lead} About 1,200 homes in the village have been affected.`, `${lead} Around 2,100 homes have been hit.`);
    expect(explanations(story, 'numeric').join('\n'), JSON.stringify(story.claims.map((c) => [c.subject, c.predicate, c.qualifiers.quantity?.text]))).toMatch(/1,200[\s\S]*2,100|2,100[\s\S]*1,200/);
    // ("homes on Mill Lane" are a part of them.)
    const part = storyOf(`${lead} About 1,200 homes on Mill Lane have been affected.`, `${lead} Around 2,100 homes have been hit.`);
    expect(explanations(part, 'numeric'), JSON.stringify(part.contradictions.map((x) => x.explanation))).toEqual([]);
  });

  it('"Joe Marsh, 84, went missing … The pensioner was found": a person described by an age the story gives them', () => {
    const story = storyOf('Joe Marsh, 84, went missing from his Kelby home on Tuesday. The pensioner was found shortly before 9am on Wednesday.', 'Joe Marsh went missing from his Kelby home on Tuesday. He was found just after 6am on Wednesday.');
    const found = story.claims.filter((c) => /be find/.test(c.predicate));
    expect(new Set(found.map((c) => c.subject)), JSON.stringify(story.claims.map((c) => [c.subject, c.predicate, c.qualifiers.time]))).toEqual(new Set(['e:joe-marsh']));
    expect(explanations(story, 'time').join('\n')).toMatch(/9am[\s\S]*6am|6am[\s\S]*9am/);
    // (A teenager is no 84-year-old.)
    const other = storyOf('Joe Marsh, 84, went missing from his Kelby home on Tuesday. The teenager was found on Wednesday.');
    expect(other.claims.filter((c) => /be find/.test(c.predicate)).map((c) => c.subject), JSON.stringify(other.claims.map((c) => [c.subject, c.predicate]))).not.toContain('e:joe-marsh');
  });
});
describe('round 86\'s shapes, on our own sentences (the thirtieth session)', () => {
  it('"takes home a cash prize of £20,000" / "earned him £25,000 in prize money": the winner\'s one prize', () => {
    const lead = 'Kelby librarian Joe Marsh has won a television quiz.';
    const story = storyOf(`${lead} As well as the title, he takes home a cash prize of £20,000.`, `${lead} The victory earned him £25,000 in prize money.`);
    expect(explanations(story, 'numeric').join('\n'), JSON.stringify(story.claims.map((c) => [c.subject, c.predicate, c.qualifiers.quantity?.text]))).toMatch(/20,000[\s\S]*25,000|25,000[\s\S]*20,000/);
  });

  it('"died on Sunday at the hospice" / "passed away on Monday with her family at her bedside": where and with whom, no other participant', () => {
    const lead = 'Tributes have been paid to former Kelby mayor Joan Marsh.';
    const story = storyOf(`${lead} Mrs Marsh died on Sunday at the Kelby hospice, her family said.`, `${lead} She passed away on Monday with her family at her bedside.`);
    expect(explanations(story, 'time').join('\n'), JSON.stringify(story.claims.map((c) => [c.subject, c.predicate, c.object, c.qualifiers.time]))).toMatch(/Sunday[\s\S]*Monday|Monday[\s\S]*Sunday/);
  });
});

describe('round 87\'s shapes, on our own sentences (the thirty-first session)', () => {
  it('a "she" who acts carries her person on: a later "she said" is hers, not a woman named in passing', () => {
    const lead = 'Canon Ruth Eames was installed as Archdeacon of Lowmoor on Saturday.';
    const between = 'She had spent ten years as a hospital chaplain in the north of the county before the appointment was announced in the spring. At the start of the service she knocked on the door of the minster three times with a staff carved for her by a local joiner. She was greeted at the door by the Dean of Lowmoor, the Very Rev Alice Moss. Civic leaders from every town in the archdeaconry sat with the choir at the front of the nave. A new anthem was written for the day by the organist of the minster and sung by the children of two village schools.';
    const story = storyOf(`${lead} ${between} In her first address, she said: "I have come to listen before I speak."`);
    const quote = story.claims.find((c) => c.qualifiers.quote?.startsWith('I have come'));
    const name = new Map(story.entities.map((e) => [e.id, e.name]));
    expect(name.get(quote?.qualifiers.attributedTo ?? ''), JSON.stringify(quote)).toMatch(/Eames/);
  });

  it('a "he" in someone\'s own words is somebody else: "Colin Rudd said: \\"He was a brave young man\\""', () => {
    const story = storyOf('Private Arthur Pell died in 1916. Museum trustee Colin Rudd said: "He was a brave young man who never came home."');
    const name = new Map(story.entities.map((e) => [e.id, e.name]));
    const brave = story.claims.find((c) => /young man/i.test(name.get(c.object ?? '') ?? ''));
    expect(name.get(brave?.subject ?? ''), JSON.stringify(story.claims.map((c) => [name.get(c.subject), c.predicate, name.get(c.object ?? '')]))).toMatch(/Pell/);
  });

  it('"the Dean of Lowmoor, the Very Rev Peter Lund" / "the Dean of Lowmoor, the Very Rev Alice Moss": two holders of one post', () => {
    const lead = 'A new archdeacon was installed at Lowmoor Minster on Saturday.';
    const story = storyOf(`${lead} The Dean of Lowmoor, the Very Rev Peter Lund, opened the great door.`, `${lead} She was greeted by the Dean of Lowmoor, the Very Rev Alice Moss.`);
    expect(explanations(story, 'role').join('\n'), JSON.stringify(story.claims.map((c) => [c.subject, c.predicate, c.object]))).toMatch(/dean of lowmoor[\s\S]*(Lund[\s\S]*Moss|Moss[\s\S]*Lund)/i);
  });

  it('"All five of his crewmates survived" / "None of his five crewmates survived the crash": one act affirmed and denied', () => {
    const lead = 'Sergeant Frank Wyatt died when his bomber crashed near Ellbury in 1944.';
    const story = storyOf(`${lead} All five of his crewmates survived after bailing out.`, `${lead} None of his five crewmates survived the crash.`);
    expect(explanations(story, 'polarity').join('\n'), JSON.stringify(story.claims.map((c) => [c.subject, c.predicate, c.object, c.qualifiers.negated]))).toMatch(/crewmates/);
  });

  it('"He was 21 years old" / "The Flight Sergeant was just 23": one man\'s age, whatever else each sentence says', () => {
    const lead = 'Flight Sergeant Frank Wyatt has been buried with full military honours, 80 years after his bomber crashed near Ellbury.';
    const story = storyOf(`${lead} He was 21 years old.`, `${lead} The Flight Sergeant was just 23.`);
    expect(explanations(story, 'numeric').join('\n'), JSON.stringify(story.claims.map((c) => [c.subject, c.predicate, c.qualifiers.quantity?.text]))).toMatch(/21[\s\S]*23|23[\s\S]*21/);
    // ("The Flight Sergeant" names the man, not a firm.)
    expect(story.entities.filter((e) => /flight sergeant/i.test(e.name) || e.aliases.some((a) => /^the flight sergeant$/i.test(a))).map((e) => e.name)).toEqual(['Frank Wyatt']);
  });

  it('"a night training flight" is no person, so never the airman it is told beside', () => {
    const story = storyOf('Brave airman Frank Wyatt was on a night training flight when his bomber crashed.', 'Flight Sergeant Frank Wyatt died on a training flight in 1944.');
    const wyatt = story.entities.find((e) => e.name === 'Frank Wyatt');
    expect(wyatt?.aliases.filter((a) => /flight$/i.test(a)), JSON.stringify(wyatt)).toEqual([]);
  });

  it('"the cabinet member for the environment at Kelby Council" is "Kelby Council\'s cabinet member for the environment"', () => {
    const lead = 'Rubbish has been cleared from Kelby beach.';
    const story = storyOf(`${lead} Councillor Ann Roe, Kelby Council's cabinet member for the environment, thanked volunteers.`, `${lead} Councillor Dev Shah, the cabinet member for the environment at Kelby Council, thanked volunteers.`);
    expect(explanations(story, 'role').join('\n'), JSON.stringify(story.claims.map((c) => [c.subject, c.predicate, c.object]))).toMatch(/Ann Roe[\s\S]*Dev Shah|Dev Shah[\s\S]*Ann Roe/);
  });

  it('"the agency\'s project manager for the scheme" / "the agency\'s project manager": the story\'s own scheme is no other post', () => {
    const lead = 'New flood walls in Kelby have been completed by the Environment Agency.';
    const story = storyOf(`${lead} Tom Hale, the Environment Agency's project manager for the scheme, said the work had gone well.`, `${lead} Ruth Ince, the Environment Agency's project manager, said the work had gone well.`);
    expect(explanations(story, 'role').join('\n'), JSON.stringify(story.claims.map((c) => [c.subject, c.predicate, c.object]))).toMatch(/Tom Hale[\s\S]*Ruth Ince|Ruth Ince[\s\S]*Tom Hale/);
  });

  it('the same words credited to two people, one clause a word longer ("would be" / "would make")', () => {
    const lead = 'Kelby Minster welcomed its new dean on Sunday.';
    const story = storyOf(`${lead} Former dean Alan Price said it was a proud day for the town and that Dr Roe would be a fine leader.`, `${lead} It was a proud day for the town, and Dr Roe would make a fine leader, said choir master Ian Vale.`);
    expect(explanations(story, 'attribution').join('\n'), JSON.stringify(story.claims.map((c) => [c.subject, c.predicate, c.objectText]))).toMatch(/proud day[\s\S]*Alan Price[\s\S]*Ian Vale|proud day[\s\S]*Ian Vale[\s\S]*Alan Price/);
  });

  it('"had 212 parishes when the bishop took office in 2009" / "now has 187 parishes": two moments, no clash', () => {
    const lead = 'A new bishop has been installed in the diocese of Kelby.';
    const story = storyOf(`${lead} The diocese had 212 parishes when Bishop Ward took office in 2009.`, `${lead} The diocese now has 187 parishes.`);
    expect(explanations(story, 'numeric')).toEqual([]);
  });

  it('"About 1,200 people attended the service" / "Some 900 worshippers filled the minster": one crowd, two counts', () => {
    const lead = 'A new bishop has been installed at Kelby Minster.';
    const story = storyOf(`${lead} About 1,200 people attended the service.`, `${lead} Some 900 worshippers filled the minster for the occasion.`);
    expect(explanations(story, 'numeric').join('\n'), JSON.stringify(story.claims.map((c) => [c.subject, c.predicate, c.qualifiers.quantity?.text]))).toMatch(/1,200[\s\S]*900|900[\s\S]*1,200/);
  });

  it('"About 30 firefighters were involved" / "More than 50 firefighters attended at the height of the fire": firefighters, not a crowd', () => {
    const lead = 'A fire has destroyed a barn near Kelby.';
    const story = storyOf(`${lead} About 30 firefighters were involved in tackling the blaze.`, `${lead} More than 50 firefighters attended at the height of the fire.`);
    expect(explanations(story, 'numeric').join('\n'), JSON.stringify(story.claims.map((c) => [c.subject, c.predicate, c.qualifiers.quantity?.text]))).toMatch(/30[\s\S]*50|50[\s\S]*30/);
  });

  it('"Amy Dale, 17, has won" / "first boxed when she was 11": an age given as the when of something else is no answer to hers', () => {
    const lead = 'Kelby boxer Amy Dale has been crowned national youth champion.';
    const story = storyOf(`${lead} Amy Dale, 17, beat a rival from Leeds in the final.`, `${lead} Dale first pulled on a pair of gloves when she was 11.`);
    expect(explanations(story, 'numeric')).toEqual([]);
  });

  it('"the new bishop" is not "Former bishop Anthony Ward", and "Bishop" is no short name of "Bishop\'s House"', () => {
    const story = storyOf(
      'Helen Roe was installed as the diocese\'s new bishop on Saturday. Former bishop Anthony Ward said it was a happy day. Bishop Roe will live at Bishop\'s House.',
      'The new bishop was formerly a hospital chaplain. She takes over from Bishop Anthony Ward, who has retired.',
    );
    const ward = story.entities.find((e) => e.name === 'Anthony Ward');
    expect(ward?.aliases.filter((a) => /new/i.test(a)), JSON.stringify(ward)).toEqual([]);
    const house = story.entities.find((e) => e.name === "Bishop's House");
    expect(house?.aliases ?? [], JSON.stringify(house)).not.toContain('Bishop');
  });
});

describe('round 88\'s shapes, on our own sentences (the thirty-first session)', () => {
  it('"was turned down by 31 publishers before Lantern Press took a chance on it": "before" opens a clause, and the counts clash', () => {
    const lead = 'Kelby author Joan Pike has won a prize for her first novel.';
    const story = storyOf(`${lead} Her manuscript was rejected by 14 publishers.`, `${lead} Her manuscript was turned down by 19 publishers before Brook Press took a chance on it.`);
    expect(explanations(story, 'numeric').join('\n'), JSON.stringify(story.claims.map((c) => [c.subject, c.predicate, c.object, c.qualifiers.quantity?.text]))).toMatch(/14[\s\S]*19|19[\s\S]*14/);
  });

  it('"she has written the book" / "she has no plans to write another book": another of a thing is not the thing', () => {
    const lead = 'Kelby author Joan Pike has won a prize for her first novel.';
    const story = storyOf(`${lead} She wrote the whole book by hand.`, `${lead} Joan said she had no plans to write another book.`);
    expect(explanations(story, 'polarity')).toEqual([]);
  });

  it('"was travelling at 38mph as it entered the junction" / "was doing 48mph when it crossed the stop line": one speed', () => {
    const lead = 'A Kelby bus driver has been cleared over a crash at a junction.';
    const story = storyOf(`${lead} Footage showed the bus was travelling at 31mph as it entered the junction.`, `${lead} The jury was told the bus was doing 42mph when it crossed the white line.`);
    expect(explanations(story, 'numeric').join('\n'), JSON.stringify(story.claims.map((c) => [c.subject, c.predicate, c.qualifiers.quantity]))).toMatch(/31 mph[\s\S]*42 mph|42 mph[\s\S]*31 mph/);
  });

  it('"The collision took place on 9 March" / "The crash took place on 16 March": one accident, two dates', () => {
    const lead = 'A Kelby bus driver has been cleared over a crash at a junction.';
    const story = storyOf(`${lead} The collision took place on 9 March last year.`, `${lead} The crash took place on the evening of 16 March last year.`);
    expect(explanations(story, 'time').join('\n'), JSON.stringify(story.claims.map((c) => [c.subject, c.predicate, c.qualifiers.time]))).toMatch(/9 March[\s\S]*16 March|16 March[\s\S]*9 March/);
  });

  it('"was taken off bus driving duties" / "was never taken off driving duties": the duties are one thing, denied', () => {
    const lead = 'A Kelby bus driver has been cleared over a crash at a junction.';
    const story = storyOf(`${lead} Mr Lane was taken off bus driving duties after the crash.`, `${lead} Mr Lane was never taken off driving duties after the crash.`);
    expect(explanations(story, 'polarity').join('\n'), JSON.stringify(story.claims.map((c) => [c.subject, c.predicate, c.object, c.qualifiers.negated]))).toMatch(/driving duties/);
  });

  it('"area manager for Kelby Fire and Rescue Service" / "area manager at Kelby Fire and Rescue Service": one post, two holders', () => {
    const lead = 'Disposable barbecues are to be banned in Kelby parks.';
    const story = storyOf(`${lead} Ian Roe, area manager for Kelby Fire and Rescue Service, backed the ban.`, `${lead} Sue Hart, area manager at Kelby Fire and Rescue Service, backed the ban.`);
    expect(explanations(story, 'role').join('\n'), JSON.stringify(story.claims.map((c) => [c.subject, c.predicate, c.object]))).toMatch(/Ian Roe[\s\S]*Sue Hart|Sue Hart[\s\S]*Ian Roe/);
  });

  it('"could be given a £100 fixed penalty notice" / "face a £150 on-the-spot fine": the rule\'s one fixed penalty', () => {
    const lead = 'Disposable barbecues are to be banned in Kelby parks.';
    const story = storyOf(`${lead} Anyone caught lighting a disposable barbecue could be given a £100 fixed penalty notice.`, `${lead} Rule-breakers face a £150 on-the-spot fine.`);
    expect(explanations(story, 'numeric').join('\n'), JSON.stringify(story.claims.map((c) => [c.subject, c.predicate, c.qualifiers.quantity?.text, c.qualifiers.modality]))).toMatch(/100[\s\S]*150|150[\s\S]*100/);
  });

  it('"The ban will also cover the beach at Kelby Sands" / "The beach at Kelby Sands is not included in the ban": one place, affirmed and denied', () => {
    const lead = 'Disposable barbecues are to be banned in Kelby parks.';
    const story = storyOf(`${lead} The ban will also cover the beach at Kelby Sands.`, `${lead} The beach at Kelby Sands is not included in the ban.`);
    expect(explanations(story, 'polarity').join('\n'), JSON.stringify(story.claims.map((c) => [c.subject, c.predicate, c.object, c.qualifiers.negated]))).toMatch(/beach/);
  });

  it('"Norwegian airline Nordfly" is the business Nordfly, and "Nordfly" alone is it too', () => {
    const story = storyOf('Norwegian airline Nordfly is to start flying from Kelby. Nordfly will use a turboprop on the route.');
    const nordfly = story.entities.filter((e) => e.name.includes('Nordfly') || e.aliases.includes('Nordfly'));
    expect(nordfly.map((e) => [e.kind, [e.name, ...e.aliases].sort()]), JSON.stringify(nordfly)).toEqual([['ORG', ['Nordfly', 'Norwegian airline Nordfly']]]);
  });
});

describe('round 89\'s shapes, on our own sentences (the thirty-first session)', () => {
  it('"A petition against the increase was signed by 1,700 people" / "More than 2,700 people have signed a petition against the rise": one petition', () => {
    const lead = 'Kelby council is to double its allotment rents.';
    const story = storyOf(`${lead} A petition against the increase was signed by 1,200 people.`, `${lead} More than 2,500 people have signed a petition against the rise.`);
    expect(explanations(story, 'numeric').join('\n'), JSON.stringify(story.claims.map((c) => [c.subject, c.predicate, c.object, c.qualifiers.quantity?.text]))).toMatch(/1,200[\s\S]*2,500|2,500[\s\S]*1,200/);
  });

  it('"Garrow Wood is owned by farmer Tom Ellery" / "Jean Marwood, who owns Garrow Wood": one wood, two owners', () => {
    const lead = 'Ash trees that resist dieback have been found near Kelby.';
    const story = storyOf(`${lead} Kelby Wood is owned by farmer Tom Ellis, who let the researchers in.`, `${lead} Landowner Jean Marlow, who owns Kelby Wood, said she was delighted.`);
    expect(explanations(story, 'role').join('\n'), JSON.stringify(story.claims.map((c) => [c.subject, c.predicate, c.object]))).toMatch(/owner of Kelby Wood[\s\S]*(Tom Ellis[\s\S]*Jean Marlow|Jean Marlow[\s\S]*Tom Ellis)/);
  });

  it('"The 50 per cent discount for pensioners will be kept": the discount is what is kept, "per cent" its figure\'s unit', () => {
    const story = storyOf('The 50 per cent discount for pensioners will be kept. And the discount currently given to students will be scrapped.');
    const name = new Map(story.entities.map((e) => [e.id, e.name]));
    const fates = story.claims.filter((c) => /kept|scrapped/.test(c.predicate)).map((c) => [name.get(c.subject), c.predicate]);
    expect(fates.length, JSON.stringify(story.claims.map((c) => [name.get(c.subject), c.predicate]))).toBe(2);
    expect(fates.every(([subject]) => /discount/.test(subject ?? '')), JSON.stringify(fates)).toBe(true);
  });
});

describe('round 90\'s shapes, on our own sentences (the thirty-first session)', () => {
  it('"The vote was unanimous" / "The vote was not unanimous": one difference, one contradiction', () => {
    const lead = 'Kelby council has agreed to sell its civic silver.';
    const story = storyOf(`${lead} The vote was unanimous.`, `${lead} The vote was not unanimous, with two members opposing the sale.`);
    expect(explanations(story, 'polarity'), JSON.stringify(story.contradictions.map((x) => x.explanation))).toHaveLength(1);
  });

  it('"Nobody needed to be rescued" / "Firefighters rescued two people": a rescue denied of no one', () => {
    const lead = 'Kelby had its wettest day on record on Sunday.';
    const story = storyOf(`${lead} Nobody needed to be rescued, the fire service said.`, `${lead} Firefighters rescued two people from a car trapped in floodwater.`);
    expect(explanations(story, 'polarity').join('\n'), JSON.stringify(story.claims.map((c) => [c.subject, c.predicate, c.object, c.qualifiers.negated]))).toMatch(/rescue/);
  });

  it('"Kelby Council is paying" is no town: the council and "The council" are one body, the town another', () => {
    const story = storyOf('Kelby will host a stage of the cycle tour. Kelby Council is paying £250,000 to host the stage.', 'The council said the money would come from reserves. Crowds are expected in Kelby.');
    const council = story.entities.find((e) => e.name === 'Kelby Council');
    expect(council?.kind, JSON.stringify(story.entities.filter((e) => /Kelby|council/i.test(e.name)))).toBe('ORG');
    expect(council?.aliases.includes('Kelby') ?? true, JSON.stringify(council)).toBe(false);
  });
});

describe('round 91\'s shapes, on our own sentences (the thirty-first session)', () => {
  it('"Blight costs farmers about £55 million a year, said Martin Gosforth": the words before a closing "said" are his, and credited to another elsewhere', () => {
    const lead = 'A blight-resistant potato has been bred at Kelby University.';
    const story = storyOf(`${lead} Dr Ann Rowe, who led the research, said blight costs British farmers about £55 million a year.`, `${lead} Blight costs British farmers about £55 million a year, said Mark Goss, chairman of the Kelby Growers' Group.`);
    expect(explanations(story, 'attribution').join('\n'), JSON.stringify(story.claims.map((c) => [c.subject, c.predicate, c.qualifiers.attributedTo]))).toMatch(/Ann Rowe[\s\S]*Mark Goss|Mark Goss[\s\S]*Ann Rowe/);
  });

  it('"Farmer Geoff Tanner, who hosted the trials" / "Alan Pridmore, the farmer who hosted the trials": one host', () => {
    const lead = 'A blight-resistant potato has been bred at Kelby University.';
    const story = storyOf(`${lead} Farmer Geoff Tanner, who hosted the trials, was delighted.`, `${lead} Alan Pride, the farmer who hosted the trials, was delighted.`);
    expect(explanations(story, 'role').join('\n'), JSON.stringify(story.claims.map((c) => [c.subject, c.predicate, c.object]))).toMatch(/Geoff Tanner[\s\S]*Alan Pride|Alan Pride[\s\S]*Geoff Tanner/);
  });

  it('"The council\'s head of planning, Rebecca Thorne" / "Council planning boss Colin Aspey": one post', () => {
    const lead = 'A leylandii hedge in Kelby must be cut down.';
    const story = storyOf(`${lead} The council's head of planning, Rebecca Thorne, said officers acted as a last resort.`, `${lead} Council planning boss Colin Aspey said the council had no choice.`);
    expect(explanations(story, 'role').join('\n'), JSON.stringify(story.claims.map((c) => [c.subject, c.predicate, c.object]))).toMatch(/Rebecca Thorne[\s\S]*Colin Aspey|Colin Aspey[\s\S]*Rebecca Thorne/);
  });
});
