// Which open documents keep a lint memo (engine/memo.ts) between lints.
//
// A memo pays off on the next lint of the same text, while a person types; it holds
// each bullet's reading and findings, so only documents in use keep one:
// - the few edited last (a small LRU), from their first edit;
// - the document opened last, from its opening, so that the first key typed into a file
//   just opened does not pay a full lint to fill one. Most documents opened are never
//   typed in: this one goes when another opens, when it is closed, or when the server
//   gives memory back (a memo for each of the 4 recent documents kept 10 MB more of 50
//   open resumes, settled). Edited, it joins the others.
import { LintMemo } from '../engine/memo';
import { Recent } from './recent';

export class DocumentMemos {
  private readonly edited: Recent<string, LintMemo>;
  private lastOpened: { uri: string; memo: LintMemo } | undefined;

  constructor(capacity: number) {
    this.edited = new Recent(capacity);
  }

  /** A document opened: it holds the opening memo, the one opened before lets go of its own. */
  opened(uri: string): void {
    this.lastOpened = this.edited.has(uri) ? undefined : { uri, memo: new LintMemo() };
  }

  /** A document edited: it keeps a memo (the opening one, if it has it) among the ones edited last. */
  changed(uri: string): void {
    if (this.lastOpened?.uri === uri) {
      this.edited.set(uri, this.lastOpened.memo);
      this.lastOpened = undefined;
    } else if (!this.edited.get(uri)) this.edited.set(uri, new LintMemo());
  }

  closed(uri: string): void {
    this.edited.delete(uri);
    if (this.lastOpened?.uri === uri) this.lastOpened = undefined;
  }

  /** The server gives memory back: the opening memo of a document not edited goes. */
  release(): void {
    this.lastOpened = undefined;
  }

  /** The memo to lint `uri` with, if it keeps one (and makes it the most recent of those edited). */
  get(uri: string): LintMemo | undefined {
    return this.lastOpened?.uri === uri ? this.lastOpened.memo : this.edited.get(uri);
  }

  /** Whether `uri` keeps a memo, without making it the most recent. */
  has(uri: string): boolean {
    return this.lastOpened?.uri === uri || this.edited.has(uri);
  }

  /** Whether `uri` is among the documents edited last (its text is in use), without making it the most recent. */
  isEdited(uri: string): boolean {
    return this.edited.has(uri);
  }
}
