// The story list: a feed holds many stories, and the viewer shows one at a time (the largest
// first), or all of them at once when asked. The choice lives in the address (?story=s:…) so a
// story can be bookmarked and the back button works.
import type { StoryListing } from '../../src/store/story-list.ts';
import { byId, h, replaceChildren } from './dom.ts';

export const ALL_STORIES = 'all';

/** The story the address asks for, else the largest; null means every story at once. */
export function chosenStory(stories: StoryListing[], search: string): string | null {
  const asked = new URLSearchParams(search).get('story');
  if (asked === ALL_STORIES) return null;
  if (asked && stories.some((s) => s.id === asked)) return asked;
  return stories.length > 1 ? stories[0]!.id : null;
}

export function mountStoryPicker(stories: StoryListing[], current: string | null): void {
  const picker = byId<HTMLSelectElement>('story-picker');
  const articles = stories.reduce((sum, s) => sum + s.articles, 0);
  replaceChildren(
    picker,
    ...stories.map((s) => h('option', { value: s.id }, `${s.label || s.id} — ${s.articles} articles, ${s.contradictions} contradictions`)),
    h('option', { value: ALL_STORIES }, `All ${stories.length} stories (${articles} articles)`),
  );
  picker.value = current ?? ALL_STORIES;
  byId('story-choice').hidden = stories.length < 2;
  picker.addEventListener('change', () => {
    const url = new URL(window.location.href);
    url.searchParams.set('story', picker.value);
    window.location.assign(url.toString());
  });
}
