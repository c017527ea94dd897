/** Fixed-size bit sets over a frozen vocabulary: the ranking's set operations become a few integer ANDs. */

export function popcount32(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export function sharedCount(a: Uint32Array, b: Uint32Array): number {
  let count = 0;
  for (let i = 0; i < a.length; i += 1) count += popcount32(a[i]! & b[i]!);
  return count;
}

export function anyShared(a: Uint32Array, b: Uint32Array): boolean {
  for (let i = 0; i < a.length; i += 1) if ((a[i]! & b[i]!) !== 0) return true;
  return false;
}

export function hasBit(set: Uint32Array, bit: number): boolean {
  return bit >= 0 && (set[bit >>> 5]! & (1 << (bit & 31))) !== 0;
}

export function setBit(set: Uint32Array, bit: number): void {
  set[bit >>> 5]! |= 1 << (bit & 31);
}

/** Maps the values seen in one snapshot of supporters to bit positions; unknown values match nothing. */
export class Vocabulary {
  private readonly bits = new Map<string, number>();
  readonly words: number;

  constructor(values: Iterable<string>) {
    for (const value of values) if (!this.bits.has(value)) this.bits.set(value, this.bits.size);
    this.words = Math.max(1, Math.ceil(this.bits.size / 32));
  }

  bit(value: string): number {
    return this.bits.get(value) ?? -1;
  }

  set(values: Iterable<string>): Uint32Array {
    const set = new Uint32Array(this.words);
    for (const value of values) {
      const bit = this.bit(value);
      if (bit >= 0) setBit(set, bit);
    }
    return set;
  }

  /** The values, in the order given, whose bits are in the set. */
  pick(values: readonly string[], set: Uint32Array): string[] {
    return values.filter((value) => hasBit(set, this.bit(value)));
  }
}
