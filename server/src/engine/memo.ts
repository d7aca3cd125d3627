// Results of the per-bullet resume rules (and of per-entry project-log rules), kept
// between lints of one document.
//
// While a person types, one bullet changes and the other hundreds do not. A rule
// whose findings on a bullet depend only on that bullet's own lines (weak-opening,
// missing-metric, ...) can give the same findings again, shifted to where the
// bullet now is. The language server keeps one memo per open document
// (LintOptions.memo); the CLI and the benchmarks lint without one.
//
// A bullet is keyed by the exact source of its lines (its own text, later
// paragraphs and nested items), so any change inside it misses the memo. Entries
// not used by the last lint are dropped, and a change of settings empties it.
// It also keeps each bullet's reading (how it opens, its words), keyed by the
// bullet's plain text, so that re-reading the resume skips the unchanged bullets,
// and the values of pure functions of one string (`keep`): lines stripped of inline
// markup (inline.ts), lines with code and URLs blanked (pm/scan.ts), heading kinds,
// the language check, what placeholder-left finds in a line.
// test/memo.test.mjs checks that linting with a memo, through random edits, gives
// exactly the findings of linting without one.
import { BlockCache } from './blocks';
import { detach } from './text';
import type { DocumentModel } from './model';
import type { Edit, Report, Span, Suggestion } from './types';

/** One bullet's reports from every per-bullet rule, by rule id, with offsets from the bullet's start. */
export type BulletEntry = Map<string, readonly Report[]>;

/** Values of pure functions of a string, by function. */
type Stores = Map<(key: string) => unknown, Kept<unknown>>;

/**
 * Values by string, kept between lints: a lint finds what the last one made, and only
 * what this lint used is kept for the next. A key asked twice in one lint (two bullets
 * with the same text) gets the one value made the first time.
 *
 * One map, each value stamped with the last lint that used it: a hit is one lookup,
 * not a lookup and an insert into a map rebuilt every lint (that was 13% of a key
 * typed into a 2,000-line resume).
 */
class Kept<T> {
  private readonly values = new Map<string, Stamped<T>>();
  /** The lint in progress; `turn` ends it. */
  private lint = 0;
  private used = 0;

  get(key: string, make: (key: string) => T): T {
    const kept = this.values.get(key);
    if (kept !== undefined) {
      if (kept.lint !== this.lint) {
        kept.lint = this.lint;
        this.used++;
      }
      return kept.value;
    }
    // Made from, and kept under, a copy of the key: a key sliced from the document would
    // keep that whole version of the text alive for as long as the value is kept.
    const own = detach(key);
    const value = make(own);
    this.values.set(own, { value, lint: this.lint });
    this.used++;
    return value;
  }

  /** Ends a lint: what it used becomes what the next one finds. */
  turn(): void {
    const lint = this.lint;
    if (this.used < this.values.size) for (const [key, kept] of this.values) if (kept.lint !== lint) this.values.delete(key);
    this.lint = lint + 1;
    this.used = 0;
  }

  clear(): void {
    this.values.clear();
    this.used = 0;
  }

  /** Values the last lint used. */
  get size(): number {
    return this.values.size;
  }
}

interface Stamped<T> {
  value: T;
  lint: number;
}

export class LintMemo {
  /** The block parse by chunks (blocks.ts); it depends on the text alone, not on settings. */
  readonly blocks = new BlockCache();
  private settingsKey: string | undefined;
  private readonly entries = new Kept<BulletEntry>();
  /** Entries of bullets with a context beyond their own lines (`entry`'s `context`), by context. */
  private readonly contexts = new Map<string, Kept<BulletEntry>>();
  private readonly readings = new Kept<unknown>();
  /** Values of pure functions of a string (`keep`), by function: kept the same way, whatever the settings. */
  private readonly kept: Stores = new Map();

  private doc: DocumentModel | undefined;

  /**
   * Starts a lint of `doc`: entries made under other settings are dropped. Until `end`,
   * the rules reach the memo through the document (`memoOf`).
   */
  begin(settingsKey: string, doc?: DocumentModel): void {
    if (settingsKey !== this.settingsKey) {
      this.entries.clear();
      this.contexts.clear();
      this.readings.clear();
      this.settingsKey = settingsKey;
    }
    this.doc = doc;
    if (doc) memoOfDoc.set(doc, this);
    active = this.kept;
  }

  /**
   * Ends a lint: only what it used or made is kept. The document lets go of the memo,
   * whose readings were made with this lint's lexicon: reading `result.model` again with
   * another lexicon must not get them.
   */
  end(): void {
    this.entries.turn();
    for (const [context, entries] of this.contexts) {
      entries.turn();
      if (entries.size === 0) this.contexts.delete(context);
    }
    this.readings.turn();
    for (const [f, store] of this.kept) {
      store.turn();
      // A function this lint did not use (placeholder-left's finder for other options) goes.
      if (store.size === 0) this.kept.delete(f);
    }
    if (active === this.kept) active = undefined;
    if (this.doc) memoOfDoc.delete(this.doc);
    this.doc = undefined;
  }

  /**
   * The reports kept for a bullet whose lines are `source`, by rule: found once per
   * bullet and lint (one string hash, not one per rule), filled in by the rules that
   * had nothing kept. `context` is what else the reports depend on (when the bullet's
   * role ended): the same lines in another context have their own entry.
   */
  entry(source: string, context?: string): BulletEntry {
    if (context === undefined) return this.entries.get(source, newEntry);
    let entries = this.contexts.get(context);
    if (!entries) this.contexts.set(detach(context), (entries = new Kept()));
    return entries.get(source, newEntry);
  }

  /**
   * What a pure function of a bullet's plain text (and the lexicon, fixed by the
   * settings) made of `plain` last time, or `make(plain)` now: how the bullet opens,
   * its words. Kept like reports: only what the last lint used.
   */
  reading<T>(plain: string, make: (plain: string) => T): T {
    return this.readings.get(plain, make) as T;
  }

  /** Bullets remembered (for tests). */
  get size(): number {
    let size = this.entries.size;
    for (const entries of this.contexts.values()) size += entries.size;
    return size;
  }
}

function newEntry(): BulletEntry {
  return new Map();
}

const memoOfDoc = new WeakMap<DocumentModel, LintMemo>();

/** The stores of the memo whose lint is in progress, between `begin` and `end`. */
let active: Stores | undefined;

/**
 * `f(key)` for a function of `key` alone (no settings, no position). During a lint with
 * a memo, what the last lint made of the same string, or made now and kept: only what
 * the last lint used is kept. Anywhere else, just `f(key)`.
 */
export function keep<T>(f: (key: string) => T, key: string): T {
  if (!active) return f(key);
  let store = active.get(f);
  if (!store) active.set(f, (store = new Kept()));
  return store.get(key, f) as T;
}

/** `f` bound to one second argument, by function and argument: keepWith's key for `keep`. */
const bound = new Map<(key: string, arg: string) => unknown, Map<string, (key: string) => unknown>>();

/**
 * `f(key, arg)` kept as `keep` keeps `f(key)`, for a function of a string and one more (the date a lint runs on): each
 * argument is a function of its own to `keep`. A few arguments are bound at a time; an older one's values go unused
 * and are dropped at the end of the next lint.
 */
export function keepWith<T>(f: (key: string, arg: string) => T, arg: string, key: string): T {
  if (!active) return f(key, arg);
  let byArg = bound.get(f);
  if (!byArg) bound.set(f, (byArg = new Map()));
  let g = byArg.get(arg);
  if (!g) {
    if (byArg.size >= 4) byArg.clear();
    g = (k: string): T => f(k, arg);
    byArg.set(arg, g);
  }
  return keep(g as (key: string) => T, key);
}

/** The memo of the lint that parsed `doc`, if it has one. */
export function memoOf(doc: DocumentModel): LintMemo | undefined {
  return memoOfDoc.get(doc);
}

/**
 * A report moved by `delta` characters. The span moves at once; the fix and the
 * suggestions (a few objects each) move when first read. While a person types, the
 * server only shows findings, so most are never read; but a light-bulb request on a
 * flagged line builds the "fix all" actions from every fix of the document
 * (lsp/convert.ts), which moves them all, as before this class. A fix that is one of
 * the suggestions' edits stays that same object (code actions rely on it to not offer
 * the fix twice).
 */
export class ShiftedReport implements Report {
  readonly span: Span;
  readonly message: string;
  // Private (#) so that they are no fields of the report for Object.keys, spreads or clones.
  /** The report as the rule made it, and how far this one is from it. */
  readonly #base: Report;
  readonly #delta: number;
  #moved: Pick<Report, 'fix' | 'suggestions'> | undefined;

  constructor(report: Report, delta: number) {
    // A moved report moves its rule's own report further: no chain of moves.
    this.#base = report instanceof ShiftedReport ? report.#base : report;
    this.#delta = report instanceof ShiftedReport ? report.#delta + delta : delta;
    this.span = { start: report.span.start + delta, end: report.span.end + delta };
    this.message = report.message;
  }

  get yieldsTo(): Report['yieldsTo'] {
    return this.#base.yieldsTo;
  }

  get yieldsOnSameSpan(): boolean | undefined {
    return this.#base.yieldsOnSameSpan;
  }

  get fix(): Edit | undefined {
    return this.#edits().fix;
  }

  get suggestions(): Suggestion[] | undefined {
    return this.#edits().suggestions;
  }

  #edits(): Pick<Report, 'fix' | 'suggestions'> {
    return (this.#moved ??= moveEdits(this.#base, this.#delta));
  }
}

function moveEdits(report: Report, delta: number): Pick<Report, 'fix' | 'suggestions'> {
  return mapEdits(report, (edit) => ({ ...edit, range: [edit.range[0] + delta, edit.range[1] + delta] }));
}

/**
 * A report's fix and suggestions with `edit` applied to each edit (and `title` to each title).
 * A fix that is one of the suggestions' edits stays that same object.
 */
function mapEdits(report: Report, edit: (edit: Edit) => Edit, title: (title: string) => string = (t) => t): Pick<Report, 'fix' | 'suggestions'> {
  const suggestions = report.suggestions?.map((s) => ({ ...s, title: title(s.title), edit: edit(s.edit) }));
  if (!report.fix) return { suggestions };
  const same = report.suggestions?.findIndex((s) => s.edit === report.fix) ?? -1;
  return { fix: same >= 0 ? suggestions![same].edit : edit(report.fix), suggestions };
}

/** The report a rule made, with its strings detached from the document (it is kept in the memo). */
function detachedReport(report: Report): Report {
  return { ...report, message: detach(report.message), ...mapEdits(report, (e) => ({ ...e, text: detach(e.text) }), detach) };
}

/** `report` moved by `delta` characters (ShiftedReport). */
export function shiftReport(report: Report, delta: number): Report {
  return new ShiftedReport(report, delta);
}

/**
 * Runs `check` on one part of a document (a resume bullet, a log entry) whose reports
 * depend only on what its memo entry is keyed by (the part's lines, from `start`):
 * the reports `ruleId` kept there, moved to `start`, or those `check` makes now, kept.
 */
export function checkKept<T>(entry: BulletEntry, start: number, ruleId: string, report: (report: Report) => void, check: (part: T, report: (report: Report) => void) => void, part: T): void {
  const kept = entry.get(ruleId);
  if (kept) {
    for (let i = 0; i < kept.length; i++) report(new ShiftedReport(kept[i], start));
    return;
  }
  checkAndKeep(entry, start, ruleId, report, check, part);
}

/**
 * checkKept's miss, apart: V8 makes the context of a function whose locals a closure
 * captures on every call, taken branch or not. In checkKept, called for every bullet and
 * rule on every key (10,000 times a key in a 2,000-line resume), that was 560 KB a key.
 */
function checkAndKeep<T>(entry: BulletEntry, start: number, ruleId: string, report: (report: Report) => void, check: (part: T, report: (report: Report) => void) => void, part: T): void {
  const made: Report[] = [];
  check(part, (r) => {
    made.push(shiftReport(detachedReport(r), -start));
    report(r);
  });
  entry.set(ruleId, made);
}
