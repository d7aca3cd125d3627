// Open documents whose text the server can pack while they are not in use.
//
// The server keeps the text of every open document, because an edit arrives as a
// change to it. With 50 open 100 KB resumes that was 10 MB of the server's settled
// 94 MB: a single en dash makes V8 store a text as two bytes per character. The
// editor shows one or two of them at a time, so when the server goes idle it deflates
// the texts of the documents it has not linted lately, and inflates one again when
// anything reads it (an edit, a lint, a hover).
import * as zlib from 'node:zlib';
import { TextDocument, type Position, type Range, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';

/** Texts shorter than this stay as they are. */
export const PACK_MIN_CHARACTERS = 8 * 1024;

export class PackableDocument implements TextDocument {
  private text: TextDocument | undefined;
  /**
   * The text as UTF-16 code units, deflated: UTF-16 because UTF-8 cannot carry a lone
   * surrogate, which an editor may send and which must come back as it was.
   */
  private packed: Buffer | undefined;
  private current: number;

  constructor(
    readonly uri: string,
    readonly languageId: string,
    version: number,
    content: string,
  ) {
    this.current = version;
    this.text = TextDocument.create(uri, languageId, version, content);
  }

  /** Read without inflating: the server compares versions of idle documents. */
  get version(): number {
    return this.current;
  }

  get isPacked(): boolean {
    return this.packed !== undefined;
  }

  get lineCount(): number {
    return this.unpacked().lineCount;
  }

  getText(range?: Range): string {
    return this.unpacked().getText(range);
  }

  positionAt(offset: number): Position {
    return this.unpacked().positionAt(offset);
  }

  offsetAt(position: Position): number {
    return this.unpacked().offsetAt(position);
  }

  getLineRange(line: number): Range {
    return this.unpacked().getLineRange(line);
  }

  getEOLCharacters(line: number): string {
    return this.unpacked().getEOLCharacters(line);
  }

  update(changes: TextDocumentContentChangeEvent[], version: number): void {
    this.text = TextDocument.update(this.unpacked(), changes, version);
    this.current = version;
  }

  /**
   * Deflates the text, unless it is packed already or shorter than `minimum` characters
   * (a short text saves little, and its deflated copy has a fixed cost); returns its
   * length in characters and the bytes it is held in now.
   */
  pack(minimum = PACK_MIN_CHARACTERS): { characters: number; bytes: number } | undefined {
    const text = this.text?.getText();
    if (text === undefined || text.length < minimum) return undefined;
    const deflated = zlib.deflateRawSync(Buffer.from(text, 'utf16le'), { level: 1 });
    // zlib hands back a view of its 16 KB output chunk: a copy lets the chunk go.
    this.packed = deflated.byteLength < deflated.buffer.byteLength ? Buffer.from(deflated) : deflated;
    this.text = undefined;
    return { characters: text.length, bytes: this.packed.byteLength };
  }

  private unpacked(): TextDocument {
    if (!this.text) {
      const text = zlib.inflateRawSync(this.packed!).toString('utf16le');
      this.text = TextDocument.create(this.uri, this.languageId, this.current, text);
      this.packed = undefined;
    }
    return this.text;
  }
}

const KB = 1024;

export function describePacking(count: number, characters: number, bytes: number): string {
  return `Impact Lint: idle, packed the text of ${count} document${count === 1 ? '' : 's'} not in use: ${(characters / KB).toFixed(0)} K characters into ${(bytes / KB).toFixed(0)} KB`;
}

/** For `new TextDocuments(packableDocuments)`. */
export const packableDocuments = {
  create(uri: string, languageId: string, version: number, content: string): PackableDocument {
    return new PackableDocument(uri, languageId, version, content);
  },
  update(document: PackableDocument, changes: TextDocumentContentChangeEvent[], version: number): PackableDocument {
    document.update(changes, version);
    return document;
  },
};
