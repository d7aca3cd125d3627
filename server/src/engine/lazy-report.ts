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

/** Told of an error made making suggestions: after the lint, so not in its `crashed`. */
export type SuggestionErrorHandler = (ruleId: string, error: unknown) => void;

let suggestionError: SuggestionErrorHandler | undefined;

/** Where errors made making suggestions go (the server's log, the CLI's stderr); none by default. */
export function onSuggestionError(handler: SuggestionErrorHandler | undefined): void {
  suggestionError = handler;
}

export class LazyReport implements Report {
  /** Private (#): no field for Object.keys, spreads or clones to see. */
  #make: (() => Suggestion[]) | undefined;
  #made: Suggestion[] | undefined;
  /** The rule that made it, for the error handler. */
  readonly #ruleId: string;

  /** `make` must be a pure function of what it was given: it may run at any time, or never. */
  constructor(
    ruleId: string,
    readonly span: Span,
    readonly message: string,
    readonly fix: Edit | undefined,
    make: () => Suggestion[],
  ) {
    this.#make = make;
    this.#ruleId = ruleId;
  }

  get suggestions(): Suggestion[] {
    if (this.#made === undefined) {
      try {
        this.#made = this.#make!();
      } catch (error) {
        // Made outside the rule's check, so outside lint's crash handling: a reader (the CLI, a code
        // action) must not fail for them. The finding stands without; the error is told to the handler.
        this.#made = [];
        try {
          suggestionError?.(this.#ruleId, error);
        } catch {
          // A handler that fails must not fail the reader either.
        }
      }
      // What made them may hold more than they do.
      this.#make = undefined;
    }
    return this.#made;
  }
}
