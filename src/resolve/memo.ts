// Remembers the answers of a pure function of one string. News repeats names in every article,
// so each distinct surface is parsed once. The cache empties itself past `limit` entries so a
// long-running server does not grow without bound.
export function memoByText<T>(compute: (text: string) => T, limit = 50_000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text: string) => {
    if (cache.has(text)) return cache.get(text)!;
    if (cache.size >= limit) cache.clear();
    const value = compute(text);
    cache.set(text, value);
    return value;
  };
}
