// Settings and schema are generated from the rules' metadata; this fails when they drift.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';

it('package.json settings and the JSON Schema match the rules metadata (npm run generate)', () => {
  const result = spawnSync(process.execPath, ['scripts/generate.mjs', '--check'], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
});

it('the README names every setting the extension contributes', () => {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const settings = Object.keys(manifest.contributes.configuration.properties);
  assert.ok(settings.length > 5, 'the manifest contributes settings');
  assert.deepEqual(settings.filter((name) => !readme.includes(`\`${name}\``)), [], 'settings the README does not name');
});
