// Gives memory back once the server goes idle after linting.
//
// A lint of a 100 KB resume leaves about 2.5 MB of its working data in V8's old
// generation (it lived through two scavenges). Nothing collects that until the old
// generation reaches its limit, and V8's memory reducer only starts after a full
// collection: 50 opened resumes left the server at 230 MB resident, of which 30 MB
// was live. So when linting stops for a while, the server collects itself, twice:
// the first pass finds the garbage, the second compacts what the first left sparse;
// V8's memory reducer, started by those full collections, follows some seconds later.
import * as v8 from 'node:v8';
import * as vm from 'node:vm';

/** Quiet time after the last lint before collecting. */
export const IDLE_MS = 4000;
/** Collect only when the heap V8 holds (committed, not just in use) grew this much since the last collection. */
export const GROWTH_BYTES = 32 * 1024 * 1024;

/** Bytes of V8 heap: held from the system, and in use by objects (live or not yet collected). */
export interface Heap {
  committed: number;
  used: number;
}

export interface Collected {
  /** Committed heap before and after. */
  before: number;
  after: number;
  /** In use after: what is live. */
  live: number;
  ms: number;
}

const MB = 1024 * 1024;

export function describeCollection({ before, after, live, ms }: Collected): string {
  return `Impact Lint: idle, collected garbage: heap ${(before / MB).toFixed(0)} MB -> ${(after / MB).toFixed(0)} MB (${(live / MB).toFixed(0)} MB live) in ${ms.toFixed(0)} ms`;
}

/**
 * V8's `gc` without starting Node with `--expose-gc`: the flag, set at run time,
 * applies to contexts made after it, and is unset again at once (as jest does) so
 * that it changes nothing else, such as which code caches V8 accepts. Undefined
 * where that does not work.
 */
function exposeGc(): (() => void) | undefined {
  const given: unknown = (globalThis as { gc?: unknown }).gc;
  if (typeof given === 'function') return () => void given();
  try {
    v8.setFlagsFromString('--expose-gc');
    const gc: unknown = vm.runInNewContext('gc');
    return typeof gc === 'function' ? () => void gc() : undefined;
  } catch {
    return undefined;
  } finally {
    v8.setFlagsFromString('--no-expose-gc');
  }
}

function v8Heap(): Heap {
  const stats = v8.getHeapStatistics();
  return { committed: stats.total_heap_size, used: stats.used_heap_size };
}

export interface IdleOptions {
  idleMs?: number;
  growth?: number;
  /** Runs first whenever the quiet time ends, whether or not a collection follows: what to let go of. */
  onIdle?: () => void;
  /** Runs right before a collection, only when one follows: what to let go of only when memory is given back. */
  beforeCollect?: () => void;
  /** For tests: what runs a full collection, and what measures the heap. */
  gc?: () => void;
  heap?: () => Heap;
}

export class IdleCollector {
  private timer: NodeJS.Timeout | undefined;
  private readonly idleMs: number;
  private readonly growth: number;
  private readonly heap: () => Heap;
  private gc: (() => void) | undefined | null;
  private readonly onIdle: (() => void) | undefined;
  private readonly beforeCollect: (() => void) | undefined;
  /** The lowest committed heap since the last collection (or the start). */
  private floor: number;

  constructor(
    private readonly onCollected: (collected: Collected) => void,
    options: IdleOptions = {},
  ) {
    this.idleMs = options.idleMs ?? IDLE_MS;
    this.growth = options.growth ?? GROWTH_BYTES;
    this.heap = options.heap ?? v8Heap;
    this.gc = options.gc ?? null;
    this.onIdle = options.onIdle;
    this.beforeCollect = options.beforeCollect;
    this.floor = this.heap().committed;
  }

  /** A lint just ended: collect once `idleMs` pass without another. */
  busy(): void {
    // Growth counts from the lowest the heap was since the last collection: V8's memory
    // reducer shrinks it further some seconds after one.
    this.floor = Math.min(this.floor, this.heap().committed);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      try {
        this.onIdle?.();
      } catch {
        // onIdle reports its own failures; one that throws must neither skip the
        // collection nor escape a timer, where it would end the process.
      }
      this.collect();
    }, this.idleMs);
    // Never what keeps the process alive.
    this.timer.unref();
  }

  /**
   * Collects when the committed heap grew enough since the last time; returns what it
   * did. Committed, not in use: V8 may have collected on its own during the work and
   * still hold the pages it grew to.
   */
  collect(): Collected | undefined {
    clearTimeout(this.timer);
    this.timer = undefined;
    const before = this.heap().committed;
    if (before - this.floor < this.growth) return undefined;
    if (this.gc === null) this.gc = exposeGc();
    if (!this.gc) return undefined;
    try {
      this.beforeCollect?.();
    } catch {
      // As onIdle: it must not skip the collection.
    }
    const start = performance.now();
    // The first pass finds the garbage; the second compacts what the first left sparse.
    this.gc();
    this.gc();
    const after = this.heap();
    this.floor = after.committed;
    const collected = { before, after: after.committed, live: after.used, ms: performance.now() - start };
    this.onCollected(collected);
    return collected;
  }
}

/** Longest quiet time a timer can wait (2^31 - 1 ms); anything longer means never. */
const LONGEST_MS = 2 ** 31 - 1;

/**
 * The quiet time from `IMPACT_LINT_IDLE_COLLECT`: milliseconds, or `off` (also `0`,
 * `false`, `no`, or more than a timer can wait) for never; unset or unreadable gives
 * the default.
 */
export function idleMsFromEnv(value: string | undefined): number | undefined {
  const given = value?.trim() ?? '';
  if (/^(off|0|false|no)$/i.test(given)) return undefined;
  if (!/^\d+$/.test(given)) return IDLE_MS;
  const ms = Number(given);
  return ms > LONGEST_MS ? undefined : ms;
}
