/** Small, fast, deterministic hashing used to derive every generated field from (seed, scope, kind, index). */

export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function step(hash: number, value: number): number {
  let k = Math.imul(value | 0, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  hash ^= Math.imul(k, 0x1b873593);
  hash = (hash << 13) | (hash >>> 19);
  hash = (Math.imul(hash, 5) + 0xe6546b64) | 0;
  // keep the high part of large indexes
  return value > 0xffffffff ? hash ^ Math.floor(value / 0x100000000) : hash;
}

function finish(hash: number): number {
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/** `mix` for exactly three values, without the array (hot path of id and field generation). */
export function mix3(a: number, b: number, c: number): number {
  return finish(step(step(step(0x9e3779b9, a), b), c));
}

/** `mix` for exactly four values. */
export function mix4(a: number, b: number, c: number, d: number): number {
  return finish(step(step(step(step(0x9e3779b9, a), b), c), d));
}

/** Mixes integers into one well-distributed unsigned 32-bit value (murmur3 steps and finaliser). */
export function mix(...values: number[]): number {
  let hash = 0x9e3779b9;
  for (const value of values) hash = step(hash, value);
  return finish(hash);
}

/** A seeded pseudo-random sequence (mulberry32) for decisions that are not tied to one resource. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(items: readonly T[], hash: number): T {
  return items[hash % items.length] as T;
}
