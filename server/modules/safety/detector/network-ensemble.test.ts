import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assembleHiddenSums, HIDDEN_SUMS_WASM } from './hidden-sums-build.js';
import { NetworkEnsemble } from './network-ensemble.js';
import { hiddenSums, outputsOf, type SecondLookNetwork } from './second-look-network.js';

/** The same pseudo-random bytes on every run. */
function bytes(count: number, seed: number, pick: (value: number) => number): Int8Array {
  let state = seed;
  return Int8Array.from({ length: count }, () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return pick(state);
  });
}

function networkOf(buckets: number, hidden: number, seed: number, pick = (value: number) => (value % 255) - 127): SecondLookNetwork {
  return {
    input: bytes(buckets * hidden, seed, pick),
    inputScale: 0.01 * seed,
    hiddenBias: Float64Array.from({ length: hidden }, (_, unit) => (unit % 3) - 1),
    output: Float64Array.from({ length: hidden * 2 }, (_, i) => ((i * 7) % 5) / 10 - 0.2),
    outputBias: [-0.5, 0.25],
  };
}

describe('the networks summed together in WebAssembly', () => {
  it('is built from its source: the committed hidden-sums.wasm is what hidden-sums.wat assembles to (npm run safety:wasm)', async () => {
    expect(Buffer.from(readFileSync(HIDDEN_SUMS_WASM)).equals(Buffer.from(await assembleHiddenSums()))).toBe(true);
  });

  it.each([
    { networks: 1, hidden: 2 },
    { networks: 3, hidden: 5 },
    { networks: 6, hidden: 32 },
  ])('gives each of $networks networks of $hidden units the hidden layer one network alone gives', ({ networks: count, hidden }) => {
    const buckets = 1_024;
    const networks = Array.from({ length: count }, (_, n) => networkOf(buckets, hidden, n + 1));
    const ensemble = new NetworkEnsemble(networks, buckets, hidden);
    for (const message of [Int32Array.of(5), Int32Array.of(0, 17, 1_023, 400), Int32Array.from({ length: 300 }, (_, i) => (i * 37) % buckets), new Int32Array(0)]) {
      const layers = ensemble.hiddenLayers(message);
      networks.forEach((network, n) => {
        expect(Array.from(layers[n]!)).toEqual(Array.from(hiddenSums(network, message, hidden), (sum) => expect.closeTo(sum, 9)));
      });
      const readings = networks.map((network) => outputsOf(network, hiddenSums(network, message, hidden)));
      expect(ensemble.probabilities(message).risk).toBeCloseTo(readings.reduce((total, [risk]) => total + risk, 0) / count, 12);
      expect(ensemble.probabilities(message).urgent).toBeCloseTo(readings.reduce((total, [, urgent]) => total + urgent, 0) / count, 12);
    }
  });

  it('adds in 32 bits: a message that reaches every bucket of the largest weights does not wrap around', () => {
    const buckets = 16_384;
    const network = networkOf(buckets, 16, 1, () => 127);
    const everyBucket = Int32Array.from({ length: buckets }, (_, bucket) => bucket);
    const [layer] = new NetworkEnsemble([network], buckets, 16).hiddenLayers(everyBucket);
    expect(layer![0]).toBeCloseTo(network.hiddenBias[0]! + 127 * buckets * network.inputScale, 6);
  });
});
