// Assembles hidden-sums.wat into the WebAssembly the detector loads. Used by `npm run safety:wasm` and by the
// test that keeps the committed hidden-sums.wasm in step with its source; the detector itself never runs it.
import { readFileSync } from 'node:fs';
import loadWabt from 'wabt';

export const HIDDEN_SUMS_WASM = new URL('./hidden-sums.wasm', import.meta.url);

export async function assembleHiddenSums(): Promise<Uint8Array> {
  const wabt = await loadWabt();
  const source = wabt.parseWat('hidden-sums.wat', readFileSync(new URL('./hidden-sums.wat', import.meta.url), 'utf8'), { simd: true });
  try {
    return Uint8Array.from(source.toBinary({}).buffer);
  } finally {
    source.destroy();
  }
}
