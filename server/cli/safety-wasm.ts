// npm run safety:wasm
// Rebuilds the detector's hidden-sums.wasm from hidden-sums.wat after the source changes.
import { writeFileSync } from 'node:fs';
import { assembleHiddenSums, HIDDEN_SUMS_WASM } from '../modules/safety/detector/hidden-sums-build.js';

const bytes = await assembleHiddenSums();
writeFileSync(HIDDEN_SUMS_WASM, bytes);
console.log(`wrote ${bytes.length} bytes to ${HIDDEN_SUMS_WASM.pathname}`);
