// A report whose suggestions are made when first read.
//
// Every object a rule reports lives to the end of the lint, so each one is copied by
// the collections on the way (twice, on the way to the old generation). A resume of
// 1 MB has some 26,000 weak-opening suggestions (4% of its lint, same process,
// alternating). Only the CLI's JSON output and the editor's code actions read them;
// a lint with a memo (the editor's, while typing) reads them all to keep them.
// lint.ts makes a finding of such a report that reads them through
// (ReadThroughFinding), as for a report the memo kept.
import type { Edit, Report, Span, Suggestion } from './types';

export class LazyReport implements Report {
  /** Private (#): no field for Object.keys, spreads or clones to see. */
  #make: (() => Suggestion[]) | undefined;
  #made: Suggestion[] | undefined;

  /** `make` must be a pure function of what it was given: it may run at any time, or never. */
  constructor(
    readonly span: Span,
    readonly message: string,
    readonly fix: Edit | undefined,
    make: () => Suggestion[],
  ) {
    this.#make = make;
  }

  get suggestions(): Suggestion[] {
    if (this.#made === undefined) {
      try {
        this.#made = this.#make!();
      } catch {
        // Made outside the rule's check, so outside lint's crash handling: a reader (the CLI, a code
        // action) must not fail for them. The finding stands without.
        this.#made = [];
      }
      // What made them may hold more than they do.
      this.#make = undefined;
    }
    return this.#made;
  }
}
