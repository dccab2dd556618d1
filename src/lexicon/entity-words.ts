// Words inside a name that tell what it names: an organisation, a place, a facility, a publication, a team.

/** Words that make a proper name an organisation. */
export const ORG_WORDS = new Set([
  'corp', 'corp.', 'corporation', 'inc', 'inc.', 'ltd', 'ltd.', 'llc', 'plc', 'co', 'co.', 'company', 'group',
  'ministry', 'agency', 'survey', 'department', 'university', 'council', 'bank', 'committee', 'commission',
  'office', 'party', 'institute', 'association', 'union', 'authority', 'bureau', 'service', 'court', 'army',
  'police', 'parliament', 'congress', 'senate', 'government', 'house', 'foundation', 'fund', 'organization',
  'organisation', 'federation', 'board', 'news', 'times', 'post', 'press', 'network', 'airlines', 'motors',
  'holdings', 'technologies', 'systems', 'labs', 'partners', 'club', 'team', 'forces', 'administration',
  'rescue', // "Surrey Fire and Rescue"
  'chamber', // "Pennock Chamber of Commerce" (with no name in it, "the council chamber" is a room)
]);

/**
 * Words that end an organisation's name only when written as a name's last word ("the Oxendale
 * Astronomical Society", "Colbury Wildlife Trust"): in lower case they are common nouns ("public
 * trust in the council", "the charity's nurses"), so they are kept apart from ORG_WORDS.
 */
export const NAME_ENDING_ORG_WORDS: ReadonlySet<string> = new Set([
  'society', 'trust', 'league', 'alliance', 'coalition', 'charity', 'guild', 'academy', 'orchestra', 'choir',
]);

/**
 * Last words of the name of an event or of a prize ("the Crabwell Oyster Festival", "the Horseshoe
 * Cup", "the Booker Prize"): without them two capitalised words are taken for a person's name, and
 * a later "she" would stand for the cup. A known given name first still makes a person ("Grace Fair").
 */
export const EVENT_AND_PRIZE_WORDS: ReadonlySet<string> = new Set([
  'cup', 'trophy', 'award', 'awards', 'prize', 'medal', 'festival', 'marathon', 'championship', 'championships',
  'games', 'show', 'fair', 'regatta', 'gala', 'carnival', 'tournament', 'olympics', 'race', 'run', 'rally', 'stakes',
]);

/**
 * Words for a business written before its name: "Norwegian airline Nordwing", "supermarket chain
 * Kelmart", "housebuilder Vale Crest": the name after them is the business's.
 */
export const BUSINESS_DESCRIPTIONS: ReadonlySet<string> = new Set([
  'airline', 'carrier', 'retailer', 'supermarket', 'chain', 'operator', 'firm', 'company', 'brewery', 'distillery',
  'developer', 'housebuilder', 'builder', 'publisher', 'bank', 'lender', 'insurer', 'charity', 'manufacturer',
  'maker', 'broadcaster', 'supplier', 'contractor', 'haulier', 'landlord', 'owner', 'group', 'giant',
]);

/**
 * Business words that end a company's name ("Pellmont Markets", "Velda Marine", "Kestrel Mining"):
 * capitalised and last in a name they make it an organisation; lower case they are only nouns.
 */
export const SECTOR_WORDS = new Set([
  'grocers', 'markets', 'foods', 'industries', 'energy', 'power', 'mining', 'marine', 'shipping', 'freight',
  'textiles', 'securities', 'pharmaceuticals', 'insurance', 'airways', 'railways', 'logistics', 'media',
  'telecom', 'brands', 'retail', 'electric', 'steel', 'chemicals', 'enterprises', 'ventures', 'solutions',
  'studios', 'entertainment', 'investments', 'properties', 'construction', 'engineering', 'motor', 'bancorp',
  'water', 'homes', 'housing', 'utilities', 'developments', 'buses', 'coaches', 'dairies', 'bakeries', 'breweries',
  'gas', 'electricity', 'rail', 'trains',
]);

/**
 * Words that make a capitalised name a place when they end it ("Varnesse Province", "Lake County",
 * "Ostrel River"): without them two capitalised words are taken for a person's first and last name.
 */
export const PLACE_WORDS = new Set([
  'province', 'county', 'city', 'state', 'district', 'region', 'prefecture', 'territory', 'island', 'islands',
  'river', 'lake', 'bay', 'sea', 'ocean', 'gulf', 'coast', 'valley', 'mountain', 'mountains', 'mount', 'peninsula',
  'street', 'avenue', 'road', 'square', 'park', 'bridge', 'airport', 'harbour', 'harbor', 'port', 'village',
  'town', 'township', 'borough', 'canyon', 'desert', 'forest', 'beach', 'strait', 'highway', 'station', 'hills',
  'gardens', 'meadows',
]);

/**
 * Words that make a capitalised name a place when they open it ("Mount Cook", "Lake Tahoe", "Cape
 * Cod", "Fort Worth", "Loch Ness"): before a second name they are never a given name. ("Glen" is
 * left out: it is one.)
 */
export const LEADING_PLACE_WORDS: ReadonlySet<string> = new Set(['mount', 'mt', 'mt.', 'lake', 'loch', 'lough', 'cape', 'fort', 'isle', 'port']);

/**
 * Street words that are also surnames ("Mill Lane" / "Diane Lane", "Church Close" / "Glenn Close"):
 * a place's last word unless a known given name comes first.
 */
export const SURNAME_PLACE_WORDS: ReadonlySet<string> = new Set(['lane', 'close', 'drive', 'way', 'row', 'crescent', 'terrace', 'wharf', 'quay', 'hill', 'green', 'hall', 'church']);

/**
 * Buildings a story happens at, which end their names ("Betty Ford Center", "St Aldric Regional
 * Hospital", "Folsom State Prison"): the name is a place, whatever else it holds ("Ford", "State").
 */
export const FACILITY_WORDS = new Set([
  'center', 'centre', 'clinic', 'hospital', 'prison', 'jail', 'penitentiary', 'stadium', 'arena', 'hotel',
  'museum', 'courthouse', 'terminal', 'plant', 'factory', 'mall', 'cathedral', 'mosque', 'temple', 'synagogue',
  // ("Penwick Repair Café": no one's surname.)
  'café', 'cafe',
]);

/**
 * Last words of a name for a site within a town ("Ostrel River Bridge", "Harnsey Community
 * Hospital", "Church Lane"): the site is not the town named by the name's first word.
 */
export const SITE_WORDS: ReadonlySet<string> = new Set([
  ...FACILITY_WORDS, ...SURNAME_PLACE_WORDS,
  'street', 'avenue', 'road', 'square', 'park', 'bridge', 'airport', 'harbour', 'harbor', 'station', 'gardens', 'meadows',
  'school', 'college', 'academy', 'library', 'market', 'tunnel', 'pier', 'field', 'ground', 'house',
]);

/**
 * Words for the kind of place a council governs, before "Council" in its name ("Quorneby Town
 * Council", "Harlshire County Council"): the place's name alone is the town or county, not the council.
 */
export const COUNCIL_PLACE_WORDS: ReadonlySet<string> = new Set(['town', 'city', 'county', 'borough', 'district', 'parish']);

/** Nouns for a place people live in, which no site is: "the town of Ostrel", "the Harnsey area". */
export const SETTLEMENT_WORDS: ReadonlySet<string> = new Set([
  'town', 'city', 'village', 'hamlet', 'area', 'suburb', 'district', 'borough', 'county', 'province', 'region', 'state', 'country', 'neighbourhood', 'neighborhood',
]);

/**
 * Words for a side's standing in a competition: before a place's name they make it the place's
 * team ("top-ranked North Carolina", "No. 5 seed Indiana State", "unbeaten Brazil"). A word ending
 * in "-ranked" or "-seeded" counts too.
 */
export const STANDING_WORDS = new Set(['ranked', 'seeded', 'seed', 'unbeaten', 'undefeated', 'unranked', 'winless']);

/**
 * Last words of a newspaper's or a magazine's name ("The Hollywood Reporter", "Entertainment
 * Weekly", "The Daily Mail"): capitalised and last in a name they make it an organisation, which
 * the news quotes as a source, unless a given name comes first ("Emily Post").
 */
export const PUBLICATION_WORDS = new Set([
  'reporter', 'weekly', 'daily', 'mail', 'journal', 'herald', 'tribune', 'gazette', 'chronicle', 'telegraph',
  'courier', 'examiner', 'inquirer', 'magazine', 'times', 'post', 'news', 'press', 'monthly', 'bulletin',
]);

/**
 * Plural nouns for the people who run a body and speak for it: "council bosses", "hospital chiefs",
 * "rail officials". What they decide is told of the body as often ("the council has agreed").
 */
export const VOICE_OF_BODY_NOUNS: ReadonlySet<string> = new Set(['bosses', 'chiefs', 'officials', 'leaders', 'bigwigs', 'executives', 'managers', 'officers']);
