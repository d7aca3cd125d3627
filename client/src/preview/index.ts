// The Markdown preview plugin (markdown-it): RAG ratings as coloured badges, a
// milestones table also drawn as a Gantt chart, a RAID table with a summary of
// its open items. Pure: no `vscode`, no I/O, no scripts in the output; every
// piece of the document goes out through markdown-it's text tokens or
// `md.utils.escapeHtml`. The extension returns it as `extendMarkdownIt`.
import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import { badgeCell, badgeFields, RAG_TOKEN, renderRag } from './badges';
import { renderGantt } from './gantt';
import { readMilestones, type Milestone } from './milestones';
import { readRaidSummary, renderRaidSummary, type RaidSummary } from './raid-summary';
import { plainText, readTable } from './tokens';

export const GANTT_TOKEN = 'il_gantt';
export const RAID_TOKEN = 'il_raid_summary';

export interface PreviewOptions {
  /** Today as YYYY-MM-DD, or a function that gives it per render; the local clock when unset or not a date. */
  today?: string | (() => string | undefined);
}

const INSTALLED = Symbol.for('impact-lint.preview');

/** Today from the option, else the local clock. */
export function resolveToday(option: PreviewOptions['today'], clock: () => Date = () => new Date()): string {
  const value = typeof option === 'function' ? option() : option;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))) return value;
  const now = clock();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export function impactLintPreview(md: MarkdownIt, options: PreviewOptions = {}): void {
  const flagged = md as MarkdownIt & { [INSTALLED]?: boolean };
  if (flagged[INSTALLED]) return;
  flagged[INSTALLED] = true;
  const escapeHtml = md.utils.escapeHtml;
  md.core.ruler.push('impact_lint_preview', (state) => {
    transform(state, resolveToday(options.today));
  });
  md.renderer.rules[RAG_TOKEN] = (tokens, index) => renderRag(tokens[index], escapeHtml);
  md.renderer.rules[GANTT_TOKEN] = (tokens, index) => {
    const meta = tokens[index].meta as { items: Milestone[]; today: string };
    return renderGantt(meta.items, { today: meta.today, escapeHtml });
  };
  md.renderer.rules[RAID_TOKEN] = (tokens, index) => renderRaidSummary((tokens[index].meta as { summary: RaidSummary }).summary, escapeHtml);
}

function blockToken(state: StateCore, type: string, level: number, meta: Record<string, unknown>): Token {
  const token = new state.Token(type, 'div', 0);
  token.block = true;
  token.level = level;
  token.meta = meta;
  return token;
}

/** One pass over the tokens: badges in every inline run; per table, badges in cells and the extra views. */
function transform(state: StateCore, today: string): void {
  const tokens = state.tokens;
  const out: Token[] = [];
  let heading = '';
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (token.type === 'heading_open') heading = plainText(tokens[index + 1]);
    if (token.type === 'inline') badgeFields(token);
    if (token.type !== 'table_open') {
      out.push(token);
      continue;
    }
    const table = readTable(tokens, index, heading);
    for (const row of table.rows) {
      row.forEach((cell, column) => {
        badgeCell(cell.inline, table.header[column]?.text ?? '');
        if (cell.inline) badgeFields(cell.inline);
      });
    }
    const raid = readRaidSummary(table);
    const milestones = raid ? undefined : readMilestones(table, today);
    if (raid) out.push(blockToken(state, RAID_TOKEN, token.level, { summary: raid }));
    for (let at = index; at <= table.close; at++) out.push(tokens[at]);
    if (milestones) out.push(blockToken(state, GANTT_TOKEN, token.level, { items: milestones, today }));
    index = table.close;
  }
  state.tokens = out;
}

export { cleanLabel, GANTT_LIMITS, ticks } from './gantt';
