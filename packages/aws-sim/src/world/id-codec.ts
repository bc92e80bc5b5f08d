import { mix3 } from './hash.js';

const HALF_MASK = 0xfffff;
const HALF_RANGE = 0x100000;
const ROUNDS = 4;

/**
 * Turns a resource's index into a realistic AWS id (`i-0` + 16 hex) and back, without storing either: a keyed
 * 40-bit Feistel permutation of the index plus a 24-bit check tied to the scope, so ids look random, never collide
 * within a scope, and an id from another scope decodes to nothing.
 */
export class IdCodec {
  constructor(
    private readonly prefix: string,
    private readonly key: number,
  ) {}

  encode(index: number): string {
    let left = Math.floor(index / HALF_RANGE) & HALF_MASK;
    let right = index & HALF_MASK;
    for (let round = 0; round < ROUNDS; round++) {
      const next = left ^ this.roundValue(right, round);
      left = right;
      right = next;
    }
    const permuted = left * HALF_RANGE + right;
    const check = mix3(this.key, left, right) & 0xffffff;
    return `${this.prefix}0${permuted.toString(16).padStart(10, '0')}${check.toString(16).padStart(6, '0')}`;
  }

  /** The index an id encodes, or undefined when the id was not made by this codec. */
  decode(id: string): number | undefined {
    if (!id.startsWith(this.prefix) || id.length !== this.prefix.length + 17) return undefined;
    const hex = id.slice(this.prefix.length);
    if (!/^0[0-9a-f]{16}$/.test(hex)) return undefined;
    const permuted = parseInt(hex.slice(1, 11), 16);
    let left = Math.floor(permuted / HALF_RANGE);
    let right = permuted & HALF_MASK;
    if ((mix3(this.key, left, right) & 0xffffff) !== parseInt(hex.slice(11), 16)) return undefined;
    for (let round = ROUNDS - 1; round >= 0; round--) {
      const previous = right ^ this.roundValue(left, round);
      right = left;
      left = previous;
    }
    return left * HALF_RANGE + right;
  }

  private roundValue(half: number, round: number): number {
    return mix3(this.key, round, half) & HALF_MASK;
  }
}

export const ADDED_INDEX_BASE = 2 ** 39;
