// Where whole-document findings go and where skeleton text is inserted.
import type { DocumentModel } from '../model';
import type { Edit, Span } from '../types';

/** The document title (first level-1 heading, else the first heading, else the first line with text). */
export function titleSpan(doc: DocumentModel): Span {
  const heading = doc.headings.find((h) => h.level === 1 && h.span.end > h.span.start) ?? doc.headings.find((h) => h.span.end > h.span.start);
  if (heading) return heading.span;
  const first = doc.frontMatter?.endLine ?? 0;
  for (let line = first; line < doc.lines.lineCount; line++) {
    const text = doc.lines.lineText(line);
    if (text.trim()) {
      const start = doc.lines.lineStart(line) + (text.length - text.trimStart().length);
      return { start, end: doc.lines.lineStart(line) + text.trimEnd().length };
    }
  }
  const at = bodyStart(doc);
  return { start: at, end: Math.min(at + 1, doc.source.length) };
}

/** Offset of the first line after the front matter (the document's length when the front matter is all of it), else 0. */
export function bodyStart(doc: DocumentModel): number {
  return doc.frontMatter?.bodyStart ?? 0;
}

/** Inserts `lines` (joined with the document's line ending) as a new block at the end of the document. */
export function appendBlock(doc: DocumentModel, lines: string[]): Edit {
  const eol = doc.lines.eol();
  const source = doc.source;
  const end = source.length;
  // Line breaks at the end, a lone CR counted as one (LineIndex).
  const trailing = /(?:\r\n|\r|\n)*$/.exec(source)?.[0] ?? '';
  const breaks = trailing.match(/\r\n|\r|\n/g)?.length ?? 0;
  const lead = breaks === 0 ? eol + eol : breaks >= 2 ? '' : eol;
  return { range: [end, end], text: `${lead}${lines.join(eol)}${eol}` };
}

/** Inserts `lines` as a new block after line `line` (a blank line around it). */
export function insertBlockAfter(doc: DocumentModel, line: number, lines: string[]): Edit {
  const eol = doc.lines.eol();
  const at = doc.lines.lineEnd(line);
  const nextBlank = line + 1 < doc.lines.lineCount && doc.lines.lineText(line + 1).trim() === '';
  return { range: [at, at], text: `${eol}${eol}${lines.join(eol)}${nextBlank ? '' : eol}` };
}

/** The heading level a document's sections use (the most common level below the title), or 0 when it has none. */
export function sectionLevel(doc: DocumentModel): number {
  const counts = new Map<number, number>();
  for (const h of doc.headings) if (h.level > 1) counts.set(h.level, (counts.get(h.level) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const [level, count] of counts) if (count > bestCount || (count === bestCount && level < best)) [best, bestCount] = [level, count];
  return best;
}
