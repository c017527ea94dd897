#!/usr/bin/env node
// Runs every test lane; each is required. A lane whose component is missing (PostgreSQL, Chromium)
// fails instead of skipping, so a green run always means every lane really ran.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const reports = mkdtempSync(join(tmpdir(), 'kindred-test-reports-'));

const lanes = [
  { name: 'typecheck', command: ['npx', 'tsc', '-p', 'tsconfig.json', '--noEmit'] },
  { name: 'server on SQLite', vitest: 'vitest.server.config.ts', env: { KINDRED_TEST_DB: 'sqlite' } },
  { name: 'server on PostgreSQL', vitest: 'vitest.server.config.ts', env: { KINDRED_TEST_DB: 'postgres' } },
  { name: 'several server processes (Redis, kill -9)', vitest: 'vitest.processes.config.ts' },
  { name: 'web units', vitest: 'vitest.web.config.ts' },
  { name: 'browser journeys', before: ['npm', 'run', 'build:web'], vitest: 'vitest.e2e.config.ts' },
];

let passed = 0;
let failed = 0;
const summary = [];
const failures = [];

/** The CI log keeps only its tail, so each failed test is repeated there with the start of its error. */
function failedTests(report) {
  return (report.testResults ?? []).flatMap((file) => {
    const name = file.name.replace(`${process.cwd()}/`, '');
    const failed = (file.assertionResults ?? []).filter((test) => test.status === 'failed')
      .map((test) => `  ${name} > ${test.fullName}\n    ${(test.failureMessages?.[0] ?? '').split('\n').slice(0, 4).join('\n    ')}`);
    // A failing hook or import fails the file while its tests show as skipped.
    if (failed.length === 0 && file.status === 'failed') return [`  ${name} failed outside its tests (a hook or an import): ${file.message || 'its error is in the lane output above'}`];
    return failed;
  });
}

function run(command, env = {}) {
  const [file, ...args] = command;
  return spawnSync(file, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status === 0;
}

for (const [index, lane] of lanes.entries()) {
  console.log(`\n=== ${lane.name} ===`);
  if (lane.before && !run(lane.before)) {
    summary.push(`FAIL ${lane.name} (setup)`);
    failed += 1;
    continue;
  }
  if (lane.command) {
    const ok = run(lane.command, lane.env);
    summary.push(`${ok ? 'ok  ' : 'FAIL'} ${lane.name}`);
    if (!ok) failed += 1;
    continue;
  }
  const outputFile = join(reports, `lane-${index}.json`);
  const ok = run(['npx', 'vitest', 'run', '--config', lane.vitest, '--reporter=default', '--reporter=json', `--outputFile.json=${outputFile}`], lane.env);
  let counts = { numPassedTests: 0, numFailedTests: 0, numTotalTests: 0, numPendingTests: 0, numTodoTests: 0 };
  try {
    counts = JSON.parse(readFileSync(outputFile, 'utf8'));
  } catch {
    // No report means the lane could not start; it counts as failed below.
  }
  failures.push(...failedTests(counts).map((line) => `[${lane.name}]${line}`));
  const skipped = counts.numPendingTests + counts.numTodoTests;
  const laneOk = ok && counts.numTotalTests > 0 && counts.numFailedTests === 0 && skipped === 0;
  passed += counts.numPassedTests;
  failed += counts.numFailedTests + (laneOk || counts.numFailedTests > 0 ? 0 : 1);
  summary.push(`${laneOk ? 'ok  ' : 'FAIL'} ${lane.name}: ${counts.numPassedTests} passed, ${counts.numFailedTests} failed${skipped ? `, ${skipped} skipped (not allowed)` : ''}`);
}

if (failures.length > 0) console.log(`\n=== failed tests ===\n${failures.join('\n')}`);
console.log(`\n=== summary ===\n${summary.join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
