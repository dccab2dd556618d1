// Word-keyed tables without Object.prototype behind them. A plain object literal answers
// "constructor" or "toString" with a function, and article text contains those words
// ("hired a constructor"), so every table looked up by a word from the text is built here.
export function lookupTable<T>(entries: Record<string, T>): Readonly<Record<string, T | undefined>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
