// The templates the commands offer: the built-in ones from snippets/ and the
// user's own from .impact-lint/templates/*.md, as snippet bodies with metadata.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { expandSnippet, VSCODE_VARIABLES } from './snippet';

export interface Template {
  /** Built-in: the first prefix without "il-" ("raid-log"); user: the file name without ".md". */
  id: string;
  name: string;
  description: string;
  /** A VS Code snippet body. */
  body: string;
  source: 'built-in' | 'user';
  /** The kind its front matter names, when it has one. */
  kind?: string;
  /** True when it makes a whole document (New Document from Template offers it). */
  document: boolean;
  /** User templates: the file it came from. */
  file?: string;
}

interface SnippetEntry {
  prefix?: string | string[];
  body?: string | string[];
  description?: string;
  isFileTemplate?: boolean;
}

/** The kind named by `impact-lint: KIND` or `impact-lint: {kind: KIND}` in leading front matter. */
export function frontMatterKind(text: string): string | undefined {
  const block = /^(?:\uFEFF)?(?:---|\+\+\+)\r?\n([\s\S]*?)\r?\n(?:---|\+\+\+|\.\.\.)\s*(?:\r?\n|$)/.exec(text);
  if (!block) return undefined;
  const line = /^impact-lint\s*[:=]\s*(.+?)\s*$/m.exec(block[1]);
  if (!line) return undefined;
  const value = line[1];
  const kind = /^\{.*\bkind\s*[:=]\s*["']?([\w-]+)/.exec(value)?.[1] ?? /^["']?([\w-]+)["']?$/.exec(value)?.[1];
  return kind;
}

/** The built-in templates of a `.code-snippets` file (every entry with front matter or `isFileTemplate`, plus the log entry). */
export function parseSnippetFile(json: string): Template[] {
  const data = JSON.parse(json) as Record<string, SnippetEntry>;
  const templates: Template[] = [];
  for (const [name, entry] of Object.entries(data)) {
    const prefixes = Array.isArray(entry.prefix) ? entry.prefix : entry.prefix ? [entry.prefix] : [];
    const body = Array.isArray(entry.body) ? entry.body.join('\n') : (entry.body ?? '');
    const id = (prefixes[0] ?? name).replace(/^il-/, '');
    const kind = frontMatterKind(body);
    templates.push({ id, name, description: entry.description ?? '', body, source: 'built-in', kind, document: entry.isFileTemplate === true });
  }
  return templates;
}

/**
 * A user's template file as a snippet body. Tab stops are written `${1:text}`;
 * VS Code's variables (`$CURRENT_DATE`...) work; any other `$` (money such as
 * "$300K", a stray `$1` inside prose) is kept as text.
 */
export function userTemplateBody(markdown: string): string {
  return markdown.replace(/\r\n/g, '\n').replace(/\\\$|\$(\{\d+[:|}]|\{?[A-Z_][A-Z0-9_]*)?/g, (match: string, next: string | undefined) => {
    if (match === '\\$') return match;
    if (next?.startsWith('{') && /^\{\d/.test(next)) return match;
    if (next && VSCODE_VARIABLES.has(next.replace(/^\{/, ''))) return match;
    return `\\$${next ?? ''}`;
  });
}

function humanize(stem: string): string {
  const words = stem.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A template from the user's `.impact-lint/templates/NAME.md`. */
export function userTemplate(file: string, markdown: string): Template {
  const id = path.basename(file).replace(/\.(md|markdown)$/i, '');
  const body = userTemplateBody(markdown);
  const kind = frontMatterKind(markdown);
  return { id, name: humanize(id), description: kind ? `Your template (${kind})` : 'Your template', body, source: 'user', kind, document: true, file };
}

/** The user's templates in `dir` (`.impact-lint/templates`), by name; none when the folder is missing. */
export function loadUserTemplates(dir: string): Template[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => /\.(md|markdown)$/i.test(name));
  } catch {
    return [];
  }
  const templates: Template[] = [];
  for (const name of names.sort((a, b) => a.localeCompare(b))) {
    const file = path.join(dir, name);
    try {
      templates.push(userTemplate(file, readFileSync(file, 'utf8')));
    } catch {
      // A file that vanished or cannot be read is skipped.
    }
  }
  return templates;
}

/** Where a workspace folder keeps its templates. */
export function userTemplateDir(workspaceRoot: string): string {
  return path.join(workspaceRoot, '.impact-lint', 'templates');
}

/** One line that shows the shape: the headings (and the first table's columns) of the expanded template. */
export function templateOutline(template: Template, max = 160): string {
  const text = expandSnippet(template.body).replace(/^(?:---|\+\+\+)\n[\s\S]*?\n(?:---|\+\+\+)\n/, '');
  const parts: string[] = [];
  let table = false;
  for (const line of text.split('\n')) {
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    if (heading) parts.push(heading[1].trim());
    else if (!table && /^\|.*\|$/.test(line.trim())) {
      table = true;
      parts.push(`columns: ${line.split('|').map((c) => c.trim()).filter(Boolean).join(', ')}`);
    }
  }
  const outline = parts.length ? parts.join(' › ') : text.trim().split('\n')[0] ?? '';
  return outline.length > max ? `${outline.slice(0, max - 1)}…` : outline;
}

/** The first lines of the expanded template, for a preview. */
export function templatePreview(template: Template, lines = 20): string {
  return expandSnippet(template.body).split('\n').slice(0, lines).join('\n');
}

/** The body without its leading front matter (for inserting into a document that is not empty). */
export function withoutFrontMatter(body: string): string {
  return body.replace(/^(?:---|\+\+\+)\n[\s\S]*?\n(?:---|\+\+\+)\n\n?/, '');
}
