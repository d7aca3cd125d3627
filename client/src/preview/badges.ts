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

/** "Status: Amber", "**Overall status:** Red" in any inline run: each rating becomes a badge. */
export function badgeFields(inline: Token): void {
  const children = inline.children;
  if (!children) return;
  let before = '';
  for (let index = 0; index < children.length; index++) {
    const child = children[index];
    if (child.type === 'softbreak' || child.type === 'hardbreak') {
      before = '';
      continue;
    }
    if (child.type !== 'text') {
      if (child.type === 'code_inline') before += child.content;
      continue;
    }
    const combined = before + child.content;
    if (combined.length > 10_000) {
      before = '';
      continue;
    }
    LABEL_RE.lastIndex = Math.max(0, before.length - 40);
    let found: { rag: Rag; offset: number } | undefined;
    for (let m = LABEL_RE.exec(combined); m; m = LABEL_RE.exec(combined)) {
      const offset = m.index + m[0].length - before.length;
      if (offset < 0) continue;
      const rest = child.content.slice(offset);
      const stop = VALUE_END.exec(rest);
      const value = stop ? rest.slice(0, stop.index) : rest;
      const rag = parseRag(value, true);
      if (rag) {
        found = { rag, offset };
        break;
      }
    }
    before = combined;
    if (found) {
      splice(children, index, found.rag, found.offset);
      // Skip the badge; the text after it (if any) is searched next with `before` kept.
      before = combined.slice(0, combined.length - child.content.length + found.offset + found.rag.end);
      index += found.offset + found.rag.start > 0 ? 1 : 0;
    }
  }
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
