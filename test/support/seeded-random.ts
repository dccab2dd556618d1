// A small seeded generator (xorshift32) for tests that try many random inputs: the same seed gives
// the same inputs, so a failure can be replayed.
export function seededRandom(seed: number): (below: number) => number {
  let state = seed;
  return (below) => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) % below;
  };
}
