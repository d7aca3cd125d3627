// The block tokens of stock markdown-it and of the engine's parser, for the tests that hold the
// engine's own block code (table-rule.ts, state-block.ts) to markdown-it's.
import MarkdownIt from 'markdown-it';
import { engine } from './helpers.mjs';

/** markdown-it as the engine configures it (model.ts), with none of the engine's own rules or state. */
export const stock = new MarkdownIt('default', { html: true });
stock.core.ruler.disable(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join']);

const FIELDS = ['type', 'tag', 'nesting', 'level', 'map', 'content', 'markup', 'info', 'block', 'hidden', 'attrs', 'children', 'meta'];
const plain = (token) => Object.fromEntries(FIELDS.map((field) => [field, token[field]]));

/** markdown-it's tokens with those of table cells (open, inline, close) left out: the engine's parser makes none. */
export function stockTokens(text) {
  const kept = [];
  let inTable = false;
  for (const token of stock.parse(text, {})) {
    if (token.type === 'table_open') inTable = true;
    else if (token.type === 'table_close') inTable = false;
    else if (inTable && (token.tag === 'th' || token.tag === 'td' || token.type === 'inline')) continue;
    kept.push(plain(token));
  }
  return kept;
}

/** The engine parser's tokens, as plain objects of the same fields. */
export function engineTokens(text) {
  return engine.blockParser.parse(text, {}).map(plain);
}
