// Story → Cytoscape elements. Entities become nodes, claims become edges; a claim with no
// object ("the talks collapsed") becomes a loop on its subject.
//
// Labels are cut to MAX_LABEL_CHARS: the view is fitted to the graph's bounding box, labels
// included, so one 10,000-character name made a label 73,000 px wide and shrank every node to a
// dot. The full name stays in the data (`name`) and in the side panel.
import type { ElementDefinition } from 'cytoscape';
import { shortenAtWord } from '../../src/shorten-at-word.ts';
import { claimArticles, type StoryIndex } from './story-index.ts';

/** How many directions a node's loops fan out in (stylesheet.ts gives each its angle). */
export const LOOP_DIRECTIONS = 8;

export interface EntityNodeData {
  id: string;
  /** The name as drawn: at most MAX_LABEL_CHARS. */
  label: string;
  name: string;
  kind: string;
  claims: number;
  size: number;
}

export interface ClaimEdgeData {
  id: string;
  source: string;
  target: string;
  label: string;
  status: string;
  articles: string[];
}

/** Long enough for a person's or an organisation's full name; longer ones end in an ellipsis. */
export const MAX_LABEL_CHARS = 40;

/** How many of the most-connected entities keep their name visible when the whole story is in view. */
export const PROMINENT_ENTITIES = 25;

export function storyElements(index: StoryIndex): ElementDefinition[] {
  const claimCount = (id: string) => index.claimsByEntity.get(id)?.length ?? 0;
  const prominent = prominentEntities(index, claimCount);
  const nodes: ElementDefinition[] = index.story.entities.map((entity) => {
    const claims = claimCount(entity.id);
    const label = shortenAtWord(entity.name, MAX_LABEL_CHARS);
    const data: EntityNodeData = { id: entity.id, label, name: entity.name, kind: entity.kind, claims, size: nodeSize(claims) };
    return { group: 'nodes', data, classes: prominent.has(entity.id) ? 'entity prominent' : 'entity' };
  });
  const edges: ElementDefinition[] = [];
  const loopsOn = new Map<string, number>();
  for (const claim of index.story.claims) {
    // Claims whose entities are missing from the export cannot be drawn; skip rather than crash.
    if (!index.entities.has(claim.subject) || (claim.object && !index.entities.has(claim.object))) continue;
    const data: ClaimEdgeData = {
      id: claim.id,
      source: claim.subject,
      target: claim.object ?? claim.subject,
      label: shortenAtWord(claim.predicate, MAX_LABEL_CHARS),
      status: claim.status,
      articles: claimArticles(claim),
    };
    // Loops of one entity point in turn in LOOP_DIRECTIONS directions, so that a speaker's many
    // statements fan out around it instead of nesting inside each other where no click can tell them apart.
    const loop = claim.object ? null : (loopsOn.get(claim.subject) ?? 0);
    if (loop !== null) loopsOn.set(claim.subject, loop + 1);
    edges.push({ group: 'edges', data, classes: loop === null ? 'claim' : `claim loop-${loop % LOOP_DIRECTIONS}` });
  }
  return [...nodes, ...edges];
}

// Zoomed out to the whole story every label would be unreadable, so labels hide below a zoom level;
// the hubs a reader orients by (the entities in most claims, named ones first) keep theirs.
function prominentEntities(index: StoryIndex, claimCount: (id: string) => number): Set<string> {
  const named = (kind: string) => (kind === 'PERSON' || kind === 'ORG' || kind === 'PLACE' ? 1 : 0);
  // A name in two claims is already a thread worth following; a common noun needs three.
  const ranked = index.story.entities
    .filter((entity) => claimCount(entity.id) >= 3 - named(entity.kind))
    .sort((a, b) => claimCount(b.id) - claimCount(a.id) || named(b.kind) - named(a.kind) || a.name.localeCompare(b.name));
  return new Set(ranked.slice(0, PROMINENT_ENTITIES).map((entity) => entity.id));
}

/** Area grows with the number of claims, so a hub is big without swallowing the screen. */
function nodeSize(claims: number): number {
  return Math.round(16 + 9 * Math.sqrt(claims));
}
