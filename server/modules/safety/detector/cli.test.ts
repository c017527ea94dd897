// The two command-line tools around the detector, run as real processes.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const TSX = 'node_modules/.bin/tsx';

describe('safety command-line tools', () => {
  it('safety-classify writes exactly one JSON line per input line and nothing else', () => {
    const input = ['{"text": "going to kill myself tonight", "lang": "en"}', '{"text": "me muero de risa", "lang": "es"}', 'not json', ''].join('\n');
    const run = spawnSync(TSX, ['server/cli/safety-classify.ts'], { input, encoding: 'utf8' });
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ level: 'urgent' });
    expect(lines[0].signals.length).toBeGreaterThan(0);
    expect(lines[1]).toEqual({ level: 'none', signals: [] });
    expect(lines[2]).toHaveProperty('error');
    expect(run.status).toBe(1);
  }, 30_000);

  it('safety-eval prints a confusion matrix and the target figures for a labelled file', () => {
    const run = spawnSync(TSX, ['server/cli/safety-eval.ts', 'server/modules/safety/detector/regression-set.jsonl', '--split'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('label \\ predicted');
    expect(run.stdout).toMatch(/urgent recall\s+\d+\.\d%/);
    expect(run.stdout).toContain('odd lines');
  }, 30_000);
});
