// Settings and schema are generated from the rules' metadata; this fails when they drift.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { it } from 'node:test';

it('package.json settings and the JSON Schema match the rules metadata (npm run generate)', () => {
  const result = spawnSync(process.execPath, ['scripts/generate.mjs', '--check'], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
});
