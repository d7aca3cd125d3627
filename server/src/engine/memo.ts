// Results of the per-bullet resume rules, kept between lints of one document.
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
// test/memo.test.mjs checks that linting with a memo, through random edits, gives
// exactly the findings of linting without one.
import type { Edit, Report } from './types';

/** What a rule sees of the memo: its own reports, relative to the start of the bullet's lines. */
export interface BulletMemo {
  get(source: string): readonly Report[] | undefined;
  put(source: string, reports: readonly Report[]): void;
}

export class LintMemo {
  private settingsKey: string | undefined;
  private current = new Map<string, Map<string, readonly Report[]>>();
  private next = new Map<string, Map<string, readonly Report[]>>();

  /** Starts a lint: entries made under other settings are dropped. */
  begin(settingsKey: string): void {
    if (settingsKey !== this.settingsKey) {
      this.current.clear();
      this.settingsKey = settingsKey;
    }
    this.next = new Map();
  }

  /** Ends a lint: only what it used or made is kept. */
  end(): void {
    this.current = this.next;
    this.next = new Map();
  }

  forRule(ruleId: string): BulletMemo {
    return {
      get: (source) => {
        const reports = this.current.get(ruleId)?.get(source);
        if (reports) this.keep(ruleId, source, reports);
        return reports;
      },
      put: (source, reports) => this.keep(ruleId, source, reports),
    };
  }

  /** Bullets remembered, over all rules (for tests). */
  get size(): number {
    let n = 0;
    for (const byRule of this.current.values()) n += byRule.size;
    return n;
  }

  private keep(ruleId: string, source: string, reports: readonly Report[]): void {
    let byRule = this.next.get(ruleId);
    if (!byRule) this.next.set(ruleId, (byRule = new Map()));
    byRule.set(source, reports);
  }
}

/**
 * A report moved by `delta` characters: its span, fix and suggestions. A fix that is
 * one of the suggestions' edits stays that same object (code actions rely on it to
 * not offer the fix twice).
 */
export function shiftReport(report: Report, delta: number): Report {
  const move = (edit: Edit): Edit => ({ ...edit, range: [edit.range[0] + delta, edit.range[1] + delta] });
  const shifted: Report = { ...report, span: { start: report.span.start + delta, end: report.span.end + delta } };
  if (report.suggestions) shifted.suggestions = report.suggestions.map((s) => ({ ...s, edit: move(s.edit) }));
  if (report.fix) {
    const same = report.suggestions?.findIndex((s) => s.edit === report.fix) ?? -1;
    shifted.fix = same >= 0 ? shifted.suggestions![same].edit : move(report.fix);
  }
  return shifted;
}
