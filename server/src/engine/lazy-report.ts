// A report whose suggestions are made when first read.
//
// Every object a rule reports lives to the end of the lint, so each one is copied by
// the collections on the way (twice, on the way to the old generation). A resume of
// 1 MB has some 26,000 weak-opening suggestions: keeping them made the lint a fifth
// slower, though the CLI's stylish output never reads them and the editor reads
// them only for a light bulb. lint.ts makes a finding of such a report that reads
// them through (ReadThroughFinding), as for a report the memo kept.
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
      this.#made = this.#make!();
      // What made them may hold more than they do.
      this.#make = undefined;
    }
    return this.#made;
  }
}
