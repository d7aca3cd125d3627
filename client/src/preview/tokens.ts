// Reading markdown-it's token stream: the plain text of inline tokens and the
// tables (header cells, body rows) with the heading each table sits under.
import type { Token } from 'markdown-it';

/** A cell: its plain text and the inline token that holds its content. */
export interface Cell {
  text: string;
  inline?: Token;
}

export interface TableTokens {
  /** Index of `table_open` and of `table_close` in the token array. */
  open: number;
  close: number;
  header: Cell[];
  rows: Cell[][];
  /** The nearest heading above the table (plain text), '' when none. */
  heading: string;
}

/**
 * The text a reader sees: text, code and entities; raw HTML is left out (it
 * is markup, and the chart must not show or carry it).
 */
export function plainText(inline: Token | undefined): string {
  if (!inline) return '';
  if (!inline.children) return inline.content;
  let out = '';
  for (const child of inline.children) {
    if (child.type === 'text' || child.type === 'code_inline' || child.type === 'text_special') out += child.content;
    else if (child.type === 'softbreak' || child.type === 'hardbreak') out += ' ';
    else if (child.type === 'image') out += plainText(child);
  }
  return out.trim();
}

/** The table starting at `tokens[open]` (a `table_open`), read in one pass. */
export function readTable(tokens: readonly Token[], open: number, heading: string): TableTokens {
  const header: Cell[] = [];
  const rows: Cell[][] = [];
  let row: Cell[] | undefined;
  let inHead = false;
  let at = open + 1;
  let depth = 1;
  for (; at < tokens.length; at++) {
    const token = tokens[at];
    if (token.type === 'table_open') depth++;
    else if (token.type === 'table_close' && --depth === 0) break;
    else if (token.type === 'thead_open') inHead = true;
    else if (token.type === 'thead_close') inHead = false;
    else if (token.type === 'tr_open') row = inHead ? header : [];
    else if (token.type === 'tr_close') {
      if (row && !inHead) rows.push(row);
      row = undefined;
    } else if ((token.type === 'th_open' || token.type === 'td_open') && row) {
      const inline = tokens[at + 1]?.type === 'inline' ? tokens[at + 1] : undefined;
      row.push({ text: plainText(inline), inline });
    }
  }
  return { open, close: Math.min(at, tokens.length - 1), header, rows, heading };
}
