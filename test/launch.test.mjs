// How editors should start the server (server/src/shared/launch.ts): the VS Code client
// and the benchmark take the environment from here.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { importTs } from './helpers.mjs';

const { serverEnvironment, MMAP_THRESHOLD } = await importTs('server/src/shared/launch.ts');

test('the editor\'s environment, with glibc\'s mmap threshold fixed at its default', () => {
  const given = { PATH: '/usr/bin', HOME: '/home/sam', IMPACT_LINT_IDLE_COLLECT: 'off' };
  assert.deepEqual(serverEnvironment(given), { ...given, MALLOC_MMAP_THRESHOLD_: '131072' });
  assert.equal(MMAP_THRESHOLD, String(128 * 1024));
  assert.deepEqual(given, { PATH: '/usr/bin', HOME: '/home/sam', IMPACT_LINT_IDLE_COLLECT: 'off' }, 'the given object is left as it was');
});

test('a threshold the user set is kept', () => {
  assert.equal(serverEnvironment({ MALLOC_MMAP_THRESHOLD_: '65536' }).MALLOC_MMAP_THRESHOLD_, '65536');
});
