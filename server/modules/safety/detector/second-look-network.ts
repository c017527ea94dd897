// The second look's small neural networks. Each reads a message as the set of buckets its features hash to
// (so the model needs no vocabulary list and a word it has never seen costs nothing), sums those buckets'
// rows into one hidden layer, and gives two probabilities: risk (anything but none) and urgency. Several
// networks trained from different starting points vote by averaging (network-ensemble.ts), which steadies the
// probabilities. Training runs this forward pass on unrounded weights (inputScale 1); a published network holds
// its input weights as whole numbers from -127 to 127 and one scale, and the ensemble sums them in WebAssembly.

export interface SecondLookNetwork {
  /** bucket-major: the hidden layer's weights for bucket b are input[b * hidden .. (b + 1) * hidden). */
  input: ArrayLike<number>;
  inputScale: number;
  hiddenBias: ArrayLike<number>;
  /** Per hidden unit, its weight towards risk then towards urgency. */
  output: ArrayLike<number>;
  outputBias: readonly [number, number];
}

export interface Probabilities {
  risk: number;
  urgent: number;
}

/** FNV-1a over the feature's UTF-16 code units: fast, stable across platforms, and spreads short strings well. */
function hashOf(feature: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < feature.length; i += 1) {
    hash ^= feature.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** `buckets` is a power of two. Features that land in the same bucket count once. */
export function bucketsOf(features: readonly string[], buckets: number): Int32Array {
  const mask = buckets - 1;
  return Int32Array.from(new Set(features.map((feature) => hashOf(feature) & mask)));
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The hidden layer before its floor at zero: bias plus the rows of the message's buckets (in training). */
export function hiddenSums(network: SecondLookNetwork, buckets: Int32Array, hidden: number): Float64Array {
  const { input, hiddenBias, inputScale } = network;
  const sums = new Float64Array(hidden);
  for (let i = 0; i < buckets.length; i += 1) {
    const row = buckets[i]! * hidden;
    for (let unit = 0; unit < hidden; unit += 1) sums[unit]! += input[row + unit]!;
  }
  for (let unit = 0; unit < hidden; unit += 1) sums[unit] = hiddenBias[unit]! + sums[unit]! * inputScale;
  return sums;
}

/** Risk and urgency from the hidden layer's sums; negative sums count as zero. */
export function outputsOf(network: SecondLookNetwork, sums: Float64Array): [number, number] {
  let risk = network.outputBias[0];
  let urgent = network.outputBias[1];
  for (let unit = 0; unit < sums.length; unit += 1) {
    const activation = Math.max(0, sums[unit]!);
    risk += activation * network.output[unit * 2]!;
    urgent += activation * network.output[unit * 2 + 1]!;
  }
  return [sigmoid(risk), sigmoid(urgent)];
}
