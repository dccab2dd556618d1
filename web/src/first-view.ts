// Which view a story opens on. A reader of several outlets first asks what one says that another
// does not, so a story of two sources or more opens on the compare view; a single source on the
// graph. The address may ask for a view (?view=graph), and keeps the one shown, so a reload or a
// bookmark comes back to it.
export const VIEWS = ['graph', 'articles', 'compare', 'facts'] as const;
export type ViewName = (typeof VIEWS)[number];

export function firstView(search: string, sources: number): ViewName {
  const asked = new URLSearchParams(search).get('view');
  if (asked && (VIEWS as readonly string[]).includes(asked)) return asked as ViewName;
  return sources >= 2 ? 'compare' : 'graph';
}

/** Writes the view shown into the address without reloading or adding a history entry. */
export function rememberView(view: ViewName): void {
  const url = new URL(window.location.href);
  url.searchParams.set('view', view);
  window.history.replaceState(null, '', url.toString());
}
