// Acts one person does to one thing: two outlets naming two different people as the doer disagree
// on who did it ("The scarecrows were judged by Miriam Cade" / "Alan Stobbart judged the
// scarecrows"; "It was founded by Walter Ashdown" / "The company was founded by Edith Ashdown").
// Keyed by the verb's base form (a phrasal verb whole); the value names the doer in explanations.
// Acts many may share ("arrested", "treated", "scored a goal") are not here, and the thing acted on
// must be the story's one ("the winner", "the operation", a name), never "a goal".
export const ONE_DOER_ACTS: ReadonlyMap<string, string> = new Map([
  ['found', 'founder'], ['design', 'designer'], ['judge', 'judge'], ['perform', 'performer'],
  ['carry out', 'performer'], ['score', 'scorer'], ['referee', 'referee'], ['officiate', 'officiant'],
  // "Farmer Geoff Tanner, who hosted the trials" / "Alan Pridmore, the farmer who hosted the trials".
  ['host', 'host'],
]);
