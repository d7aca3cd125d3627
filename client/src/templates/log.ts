// Add Log Entry without the editor: find the project log among the workspace's
// Markdown files, start one when there is none, and work out where a new dated
// entry goes (after the last entry, or before the first when the newest come first).

const LOG_NAME = /(^|[-_. ])(project[-_. ]?log|work[-_. ]?log|brag[-_. ]?(doc|document)?|journal)([-_. ]|$)/i;

/** The file a new project log gets at the workspace root. */
export const DEFAULT_LOG_FILE = 'project-log.md';

/**
 * The best project log among workspace-relative paths: `project-log.md` names
 * first, then work logs, brag documents and journals; shallower paths first.
 * `kindOf` (optional) tells a file's front-matter kind, which wins over its name.
 */
export function findProjectLog(paths: readonly string[], kindOf?: (path: string) => string | undefined): string | undefined {
  let best: { path: string; score: number } | undefined;
  for (const file of paths) {
    const normalized = file.replace(/\\/g, '/');
    if (/(^|\/)(node_modules|\.git)\//.test(normalized)) continue;
    const base = normalized.split('/').pop()!.replace(/\.(md|markdown)$/i, '');
    const kind = kindOf?.(file);
    let score: number;
    if (kind === 'project-log') score = 300;
    else if (kind !== undefined) continue;
    else if (/^project[-_ ]?log$/i.test(base)) score = 200;
    else if (LOG_NAME.test(base)) score = 100;
    else continue;
    score -= normalized.split('/').length;
    if (!best || score > best.score || (score === best.score && normalized < best.path)) best = { path: file, score };
  }
  return best?.path;
}

/** The text of a new project log, before its first entry. */
export function newProjectLogText(values: { project?: string; author?: string } = {}): string {
  const title = values.author ? `Project log: ${values.author}` : values.project ? `Project log: ${values.project}` : 'Project log';
  const lines = ['---', 'impact-lint: project-log'];
  if (values.project) lines.push(`project: ${JSON.stringify(values.project)}`);
  lines.push('---', '', `# ${title}`, '', 'A dated record of what I did, with whom, over what timeline, and what changed:', 'the raw material for resume bullets and interview stories.', '');
  return lines.join('\n');
}

export interface LogEntryPlan {
  /** The range of the document text `[start, end)` that the snippet replaces (whitespace at most). */
  start: number;
  end: number;
  /** The snippet to insert there: blank-line separators around the entry. */
  snippet: string;
}

const DATED_HEADING = /^(#{1,6})[ \t]+(\d{4}-\d{2}-\d{2})\b.*$/gm;

/**
 * Where and how to insert `entry` (a snippet whose first line is a `## date ...`
 * heading, ending with `$0` on a line of its own) into a project log: at the
 * level of the existing dated headings, before the first of them when the log
 * runs newest first, else at the end, with a blank line on each side.
 */
export function planLogEntry(text: string, entry: string): LogEntryPlan {
  const headings = [...text.matchAll(DATED_HEADING)].map((m) => ({ offset: m.index, level: m[1].length, date: m[2] }));
  let body = entry.replace(/\r\n/g, '\n').replace(/\s+$/, '');
  if (headings.length) body = body.replace(/^#{1,6}(?=[ \t])/, '#'.repeat(headings[0].level));
  if (!/\n\$0$/.test(body)) body += '\n';
  const newestFirst = headings.length >= 2 && headings[0].date > headings[headings.length - 1].date;
  if (newestFirst) return { start: headings[0].offset, end: headings[0].offset, snippet: `${body}\n` };
  const end = text.replace(/\s+$/, '').length;
  return { start: end, end: text.length, snippet: `${end ? '\n\n' : ''}${body}` };
}
