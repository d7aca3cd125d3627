// The server's idle collection (server/src/node/idle.ts), unit by unit: when it
// collects, and how IMPACT_LINT_IDLE_COLLECT is read. The module is Node-only and not
// in the engine bundle, so the test bundles it (importTs).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { importTs } from './helpers.mjs';

const { IdleCollector, idleMsFromEnv, IDLE_MS, GROWTH_BYTES, describeCollection } = await importTs('server/src/node/idle.ts');

const MB = 1024 * 1024;

/**
 * A collector over a pretend heap: `heap.committed` in bytes; each gc() call is counted
 * and sets the heap to `heap.left` committed, 5 MB of it live.
 */
function pretend(options = {}) {
  const heap = { committed: 10 * MB, left: 10 * MB, gcs: 0 };
  const logged = [];
  const collector = new IdleCollector((c) => logged.push(c), {
    gc: () => {
      heap.gcs++;
      heap.committed = heap.left;
    },
    heap: () => ({ committed: heap.committed, used: heap.committed === heap.left ? 5 * MB : heap.committed }),
    ...options,
  });
  return { heap, logged, collector };
}

describe('IdleCollector', () => {
  test('collects, twice, once the heap grew by the threshold, and reports before and after', () => {
    const { heap, logged, collector } = pretend();
    heap.committed += GROWTH_BYTES - 1;
    assert.equal(collector.collect(), undefined, 'one byte short of the threshold');
    assert.equal(heap.gcs, 0);
    heap.committed += 1;
    const collected = collector.collect();
    assert.equal(heap.gcs, 2);
    assert.deepEqual([collected.before, collected.after, collected.live], [10 * MB + GROWTH_BYTES, 10 * MB, 5 * MB]);
    assert.deepEqual(logged, [collected]);
    assert.match(describeCollection(collected), /idle, collected garbage: heap 42 MB -> 10 MB \(5 MB live\) in \d+ ms/);
  });

  test('the threshold counts from the lowest the heap was since the last collection', () => {
    const { heap, collector } = pretend();
    heap.left = 30 * MB;
    heap.committed = 10 * MB + GROWTH_BYTES;
    collector.collect();
    heap.committed = 30 * MB + GROWTH_BYTES - MB;
    assert.equal(collector.collect(), undefined, 'grown 31 MB since the heap was left at 30 MB');
    assert.equal(heap.gcs, 2);
    // V8 shrinks the heap to 20 MB, a lint sees it so, then the heap grows again.
    heap.committed = 20 * MB;
    collector.busy();
    heap.committed = 20 * MB + GROWTH_BYTES;
    assert.ok(collector.collect(), 'grown 32 MB since the 20 MB a lint saw');
    assert.equal(heap.gcs, 4);
  });

  test('busy() waits for the quiet time, and each call starts it again', async () => {
    const { heap, collector } = pretend({ idleMs: 60 });
    heap.committed += GROWTH_BYTES;
    collector.busy();
    await new Promise((resolve) => setTimeout(resolve, 30));
    collector.busy();
    await new Promise((resolve) => setTimeout(resolve, 40));
    assert.equal(heap.gcs, 0, '70 ms after the first call but 40 after the second');
    await new Promise((resolve) => setTimeout(resolve, 60));
    assert.equal(heap.gcs, 2);
  });

  test('onIdle runs when the quiet time ends, before the collection, and also when none follows', async () => {
    const order = [];
    const { heap, collector } = pretend({ idleMs: 20, onIdle: () => order.push(`idle at ${heap.gcs} gcs`) });
    collector.busy();
    await new Promise((resolve) => setTimeout(resolve, 60));
    assert.deepEqual(order, ['idle at 0 gcs'], 'no growth: no collection, but onIdle ran');
    heap.committed += GROWTH_BYTES;
    collector.busy();
    await new Promise((resolve) => setTimeout(resolve, 60));
    assert.deepEqual(order, ['idle at 0 gcs', 'idle at 0 gcs']);
    assert.equal(heap.gcs, 2, 'the collection came after onIdle');
  });

  test('beforeCollect runs only when a collection follows, right before it, after onIdle', async () => {
    const order = [];
    const { heap, collector } = pretend({ idleMs: 20, onIdle: () => order.push(`idle at ${heap.gcs} gcs`), beforeCollect: () => order.push(`before at ${heap.gcs} gcs`) });
    collector.busy();
    await new Promise((resolve) => setTimeout(resolve, 60));
    assert.deepEqual(order, ['idle at 0 gcs'], 'no growth: no collection, so no beforeCollect');
    heap.committed += GROWTH_BYTES;
    collector.busy();
    await new Promise((resolve) => setTimeout(resolve, 60));
    assert.deepEqual(order, ['idle at 0 gcs', 'idle at 0 gcs', 'before at 0 gcs']);
    assert.equal(heap.gcs, 2);
  });

  test('with V8 itself: the heap it reports after collecting is below what it held before', () => {
    let garbage = [];
    for (let i = 0; i < 200_000; i++) garbage.push({ i, text: `item ${i}` });
    const logged = [];
    const collector = new IdleCollector((c) => logged.push(c), { growth: 0 });
    garbage = undefined;
    const collected = collector.collect();
    assert.ok(collected, 'V8 gave its gc');
    assert.ok(collected.after < collected.before, JSON.stringify(collected));
    assert.equal(typeof globalThis.gc, 'undefined', 'the flag exposed gc to no other context');
  });
});

describe('IMPACT_LINT_IDLE_COLLECT', () => {
  for (const [value, expected] of [
    [undefined, IDLE_MS],
    ['', IDLE_MS],
    ['  ', IDLE_MS],
    ['soon', IDLE_MS],
    ['-5', IDLE_MS],
    ['1.5', IDLE_MS],
    ['Infinity', IDLE_MS],
    ['250', 250],
    [' 250 ', 250],
    ['1', 1],
    ['off', undefined],
    ['OFF', undefined],
    [' off', undefined],
    ['0', undefined],
    ['false', undefined],
    ['no', undefined],
    ['1e10', IDLE_MS],
    ['10000000000', undefined],
  ]) {
    test(`${JSON.stringify(value)} -> ${expected === undefined ? 'never' : `${expected} ms`}`, () => {
      assert.equal(idleMsFromEnv(value), expected);
    });
  }
});
