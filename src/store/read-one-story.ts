// One story and its articles' text from any store: by the store's own limited queries where it has
// them, else by reading everything and slicing (a snapshot, the --allow-writes query process).
import { sliceStory } from '../export/story-slice.ts';
import type { Article, StoryExport } from '../types.ts';
import type { GraphStore } from './store.ts';

export async function readOneStory(store: GraphStore, storyId: string): Promise<{ story: StoryExport; articles: Article[] } | undefined> {
  if (store.readOneStory) return store.readOneStory(storyId);
  const [all, articles] = await Promise.all([store.readStory(), store.readArticles()]);
  const story = sliceStory(all, storyId);
  return story && { story, articles: articles.filter((a) => story.stories[0]!.articles.includes(a.id)) };
}
