// One list per key: blocks, postings and groups all gather their members this way.

/** Adds `value` to the list `map` keeps under `key`, starting the list when there is none yet. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
