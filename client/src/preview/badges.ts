// RAG ratings as badges: a table cell that holds a rating ("Amber", "R", "🟢",
// "Amber - supplier delay") and a labelled value ("Overall status: Red"). The
// rating text is cut out of its text token into an `il_rag` token; everything
// around it stays a text token, so markdown-it escapes it as before.
import type { Token } from 'markdown-it';
import { parseRag, RAG_NAMES, STATUS_LABELS, type Rag, type RagLevel } from '../../../server/src/engine/pm/rag';
import { normalize, SYNONYMS } from '../../../server/src/engine/pm/fields';

export const RAG_TOKEN = 'il_rag';

/** Class suffix per level: green, amber-green, amber, amber-red, red. */
export const RAG_CLASS = ['green', 'amber-green', 'amber', 'amber-red', 'red'] as const;

/** Per-dimension ratings in status reports (PRODUCT.md 8). */
const DIMENSIONS = ['time', 'cost', 'scope', 'quality', 'risk', 'risks', 'benefits', 'schedule', 'budget', 'resources', 'resourcing', 'trend rag'];
/** Headers under which a lone letter (R, A, G, A/G) is a rating too. */
const LETTER_HEADERS = new Set([...STATUS_LABELS, ...SYNONYMS.rating, ...DIMENSIONS]);
const FIELD_LABELS = [...new Set([...STATUS_LABELS, ...SYNONYMS.rating, ...DIMENSIONS])].sort((a, b) => b.length - a.length);
const LABEL_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${FIELD_LABELS.map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')).join('|')})[*_]*(?:\\s*\\([^)]{0,30}\\))?\\s*[:：]\\s*`, 'giu');
/** Where a labelled value ends: "·", "|", ";", "," or a spaced dash. */
const VALUE_END = /\s*(?:[·•|;,]|\s[-–—]\s)/u;
/** What may follow a rating in a cell: nothing, or a separator before the reason. */
const CELL_REST = /^\s*(?:$|[:\-–—(,;.·]|\s)/u;

export function lettersAllowed(header: string): boolean {
  return LETTER_HEADERS.has(normalize(header));
}

function ragToken(proto: Token, rag: Rag): Token {
  const Ctor = proto.constructor as new (type: string, tag: string, nesting: -1 | 0 | 1) => Token;
  const token = new Ctor(RAG_TOKEN, 'span', 0);
  token.content = rag.text.trim();
  token.meta = { level: rag.level };
  return token;
}

function textToken(proto: Token, content: string): Token {
  const Ctor = proto.constructor as new (type: string, tag: string, nesting: -1 | 0 | 1) => Token;
  const token = new Ctor('text', '', 0);
  token.content = content;
  return token;
}

/** Replaces children[index] (a text token) by text + badge + text around [start, end). */
function splice(children: Token[], index: number, rag: Rag, offset: number): void {
  const text = children[index];
  const start = offset + rag.start;
  const end = offset + rag.end;
  const parts: Token[] = [];
  if (start > 0) parts.push(textToken(text, text.content.slice(0, start)));
  parts.push(ragToken(text, { ...rag, text: text.content.slice(start, end) }));
  if (end < text.content.length) parts.push(textToken(text, text.content.slice(end)));
  children.splice(index, 1, ...parts);
}

/** A cell that opens with a rating (after emphasis markup): the rating becomes a badge. */
export function badgeCell(inline: Token | undefined, header: string): void {
  const children = inline?.children;
  if (!children) return;
  const index = children.findIndex((c) => c.type !== 'strong_open' && c.type !== 'em_open' && c.type !== 's_open');
  const first = children[index];
  if (!first || first.type !== 'text') return;
  const rag = parseRag(first.content, lettersAllowed(header));
  if (!rag || !first.content.slice(0, rag.start).match(/^[\s:*_\-–—([]*$/u)) return;
  if (!CELL_REST.test(first.content.slice(rag.end))) return;
  splice(children, index, rag, 0);
}

/** How much of the text before a run the label search looks back into ("**Overall status:** Red" spans runs). */
const LOOK_BACK = 40;
/** A rating and its reason are short: the value is read from this many characters at most. */
const VALUE_WINDOW = 200;
const VALUE_END_G = new RegExp(VALUE_END.source, 'gu');

/**
 * "Status: Amber", "**Overall status:** Red" in any inline run: each rating becomes a badge.
 * One pass: the children are rebuilt once and each text run is searched once, so a
 * paragraph with thousands of ratings renders in time proportional to its length.
 */
export function badgeFields(inline: Token): void {
  const children = inline.children;
  if (!children) return;
  let out: Token[] | undefined;
  let before = '';
  for (let index = 0; index < children.length; index++) {
    const child = children[index];
    if (child.type === 'softbreak' || child.type === 'hardbreak') before = '';
    else if (child.type === 'code_inline') before = (before + child.content).slice(-2 * LOOK_BACK);
    if (child.type !== 'text') {
      out?.push(child);
      continue;
    }
    const content = child.content;
    const combined = before + content;
    const base = before.length;
    let done = 0;
    const parts: Token[] = [];
    LABEL_RE.lastIndex = Math.max(0, base - LOOK_BACK);
    for (let m = LABEL_RE.exec(combined); m; m = LABEL_RE.exec(combined)) {
      const offset = m.index + m[0].length - base;
      if (offset < done) continue;
      const window = content.slice(offset, offset + VALUE_WINDOW);
      VALUE_END_G.lastIndex = 0;
      const stop = VALUE_END_G.exec(window);
      const value = stop ? window.slice(0, stop.index) : window;
      // Lone letters ("R") count only when the whole value is in view.
      const rag = parseRag(value, stop !== null || offset + VALUE_WINDOW >= content.length);
      if (!rag) continue;
      const start = offset + rag.start;
      const end = offset + rag.end;
      if (start > done) parts.push(textToken(child, content.slice(done, start)));
      parts.push(ragToken(child, { ...rag, text: content.slice(start, end) }));
      done = end;
      // The text after the badge is searched next, as if it followed the badge's text.
      LABEL_RE.lastIndex = Math.max(m.index + 1, base + end - LOOK_BACK);
    }
    before = combined.slice(-2 * LOOK_BACK);
    if (!parts.length) {
      out?.push(child);
      continue;
    }
    if (done < content.length) parts.push(textToken(child, content.slice(done)));
    out ??= children.slice(0, index);
    for (const part of parts) out.push(part);
  }
  if (out) inline.children = out;
}

/** The badge's HTML: the rating as written, its full name for screen readers and tooltips. */
export function renderRag(token: Token, escapeHtml: (s: string) => string): string {
  const level = (token.meta as { level?: unknown } | null)?.level;
  const safe: RagLevel = level === 0 || level === 1 || level === 2 || level === 3 || level === 4 ? level : 2;
  const name = RAG_NAMES[safe];
  const shown = token.content;
  const spoken = normalize(shown) === name.toLowerCase() ? '' : `<span class="il-sr"> (${name})</span>`;
  return `<span class="il-rag il-rag-${RAG_CLASS[safe]}" title="RAG: ${name}">${escapeHtml(shown)}${spoken}</span>`;
}
