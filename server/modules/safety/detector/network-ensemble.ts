// The published networks, read together. Their input rows sit side by side in one WebAssembly memory, so a
// single pass of SIMD additions (hidden-sums.wat) sums every network's hidden layer at once: 8-bit weights
// added sixteen at a time take about 2 us for what JavaScript, one weight at a time, did in about 30 us. That is
// what lets six networks vote within the detector's time budget.
import { readFileSync } from 'node:fs';
import { outputsOf, type Probabilities, type SecondLookNetwork } from './second-look-network.js';

/** hidden-sums.wat works on sixteen units at a time, so each row is padded to a multiple of sixteen. */
const LANES = 16;
const PAGE_BYTES = 65_536;
const hiddenSumsModule = new WebAssembly.Module(readFileSync(new URL('./hidden-sums.wasm', import.meta.url)));

type SumRows = (weights: number, width: number, buckets: number, count: number, out: number) => void;

export class NetworkEnsemble {
  /** Bytes per bucket: every network's hidden units one after another, padded. */
  private readonly width: number;
  private readonly weights: Int8Array;
  private readonly bucketNumbers: Int32Array;
  private readonly totals: Int32Array;
  private readonly sumRows: SumRows;

  constructor(
    readonly networks: readonly SecondLookNetwork[],
    readonly buckets: number,
    readonly hidden: number,
  ) {
    this.width = Math.ceil((networks.length * hidden) / LANES) * LANES;
    const weightBytes = buckets * this.width;
    // A message's buckets are distinct, so there are never more of them than there are buckets.
    const bucketsAt = weightBytes;
    const totalsAt = bucketsAt + buckets * 4;
    const memory = new WebAssembly.Memory({ initial: Math.ceil((totalsAt + this.width * 4) / PAGE_BYTES) });
    const instance = new WebAssembly.Instance(hiddenSumsModule, { env: { memory } });
    this.sumRows = instance.exports.sums as SumRows;
    this.weights = new Int8Array(memory.buffer, 0, weightBytes);
    this.bucketNumbers = new Int32Array(memory.buffer, bucketsAt, buckets);
    this.totals = new Int32Array(memory.buffer, totalsAt, this.width);
    networks.forEach((network, n) => {
      for (let bucket = 0; bucket < buckets; bucket += 1) {
        for (let unit = 0; unit < hidden; unit += 1) this.weights[bucket * this.width + n * hidden + unit] = network.input[bucket * hidden + unit]!;
      }
    });
  }

  /** Each network's hidden layer before its floor at zero: bias plus its rows of the message's buckets, scaled. */
  hiddenLayers(buckets: Int32Array): Float64Array[] {
    this.bucketNumbers.set(buckets);
    this.sumRows(this.weights.byteOffset, this.width, this.bucketNumbers.byteOffset, buckets.length, this.totals.byteOffset);
    // Plain loops: Float64Array.from with a mapping function took longer than the sums themselves.
    return this.networks.map((network, n) => {
      const sums = new Float64Array(this.hidden);
      for (let unit = 0; unit < this.hidden; unit += 1) sums[unit] = network.hiddenBias[unit]! + this.totals[n * this.hidden + unit]! * network.inputScale;
      return sums;
    });
  }

  /** The networks' readings, averaged. */
  probabilities(buckets: Int32Array): Probabilities {
    const readings = this.hiddenLayers(buckets).map((sums, n) => outputsOf(this.networks[n]!, sums));
    return {
      risk: readings.reduce((total, [risk]) => total + risk, 0) / readings.length,
      urgent: readings.reduce((total, [, urgent]) => total + urgent, 0) / readings.length,
    };
  }

  /**
   * How much each candidate bucket raises the chosen probability: the probability with the message as it is, less
   * the probability with that bucket taken out, averaged over the networks. This is what names the words in the evidence.
   */
  contributions(buckets: Int32Array, candidates: readonly number[], outcome: 0 | 1): number[] {
    const totals = candidates.map(() => 0);
    this.hiddenLayers(buckets).forEach((sums, n) => {
      const network = this.networks[n]!;
      const whole = outputsOf(network, sums)[outcome];
      const without = new Float64Array(this.hidden);
      candidates.forEach((bucket, i) => {
        const row = bucket * this.width + n * this.hidden;
        for (let unit = 0; unit < this.hidden; unit += 1) without[unit] = sums[unit]! - this.weights[row + unit]! * network.inputScale;
        totals[i]! += whole - outputsOf(network, without)[outcome];
      });
    });
    return totals.map((total) => total / this.networks.length);
  }
}
