// Gives memory back once the server goes idle after linting.
//
// A lint of a 100 KB resume leaves about 2.5 MB of its working data in V8's old
// generation (it lived through two scavenges). Nothing collects that until the old
// generation reaches its limit, and V8's memory reducer only starts after a full
// collection: 50 opened resumes left the server at 230 MB resident, of which 30 MB
// was live. So when linting stops for a while, the server collects itself, twice:
// the first pass finds the garbage, the second compacts what the first left sparse.
import * as v8 from 'node:v8';
import * as vm from 'node:vm';

/** Quiet time after the last lint before collecting. */
export const IDLE_MS = 4000;
/** Collect only when the heap grew this much since the last collection. */
export const GROWTH_BYTES = 32 * 1024 * 1024;

export interface Collected {
  before: number;
  after: number;
  ms: number;
}

const MB = 1024 * 1024;

export function describeCollection({ before, after, ms }: Collected): string {
  return `Impact Lint: idle, collected garbage: heap ${(before / MB).toFixed(0)} MB -> ${(after / MB).toFixed(0)} MB in ${ms.toFixed(0)} ms`;
}

/**
 * V8's `gc` without starting Node with `--expose-gc`: the flag, set at run time,
 * applies to contexts made after it. Undefined where that does not work.
 */
function exposeGc(): (() => void) | undefined {
  try {
    v8.setFlagsFromString('--expose-gc');
    const gc: unknown = vm.runInNewContext('gc');
    return typeof gc === 'function' ? () => void gc() : undefined;
  } catch {
    return undefined;
  }
}

function heapUsed(): number {
  return v8.getHeapStatistics().used_heap_size;
}

export class IdleCollector {
  private timer: NodeJS.Timeout | undefined;
  private floor = heapUsed();
  private gc: (() => void) | undefined | null = null;

  constructor(
    private readonly onCollected: (collected: Collected) => void,
    private readonly idleMs = IDLE_MS,
    private readonly growth = GROWTH_BYTES,
  ) {}

  /** Linting just happened: collect after `idleMs` without another call. */
  busy(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.collect(), this.idleMs);
    // Never what keeps the process alive.
    this.timer.unref();
  }

  /** Collects when the heap grew enough since the last time; returns what it did. */
  collect(): Collected | undefined {
    clearTimeout(this.timer);
    this.timer = undefined;
    const before = heapUsed();
    if (before - this.floor < this.growth) return undefined;
    if (this.gc === null) this.gc = exposeGc();
    if (!this.gc) return undefined;
    const start = performance.now();
    this.gc();
    this.gc();
    this.floor = heapUsed();
    const collected = { before, after: this.floor, ms: performance.now() - start };
    this.onCollected(collected);
    return collected;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}

/**
 * The quiet time from `IMPACT_LINT_IDLE_COLLECT`: milliseconds, or `off` for never;
 * unset or unreadable gives the default.
 */
export function idleMsFromEnv(value: string | undefined): number | undefined {
  if (value === 'off') return undefined;
  const ms = Number(value);
  return value !== undefined && value.trim() !== '' && Number.isFinite(ms) && ms >= 0 ? ms : IDLE_MS;
}
