// Template variables: dates, the ISO week, the project name and the author. The
// built-in templates use VS Code's date variables and three named placeholders
// ([Project name], [Your name], [Week number]) that the commands fill in when they
// know the value; as plain snippets the placeholders stay for the user to type.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { rewriteDefaults, type TabStop } from './snippet';

export const NAMED_PLACEHOLDERS = {
  project: '[Project name]',
  author: '[Your name]',
  week: '[Week number]',
} as const;

const pad = (n: number): string => String(n).padStart(2, '0');

/** YYYY-MM-DD in local time. */
export function isoDate(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The ISO 8601 week of a (local) date: weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeek(date: Date): { year: number; week: number } {
  const day = new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  return { year: day.getUTCFullYear(), week: Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7) };
}

/** "2026-W09". */
export function isoWeekLabel(date: Date): string {
  const { year, week } = isoWeek(date);
  return `${year}-W${pad(week)}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** VS Code's date variables for `date`, for expanding templates outside the editor. */
export function dateVariables(date: Date): Record<string, string> {
  return {
    CURRENT_YEAR: String(date.getFullYear()),
    CURRENT_YEAR_SHORT: String(date.getFullYear()).slice(-2),
    CURRENT_MONTH: pad(date.getMonth() + 1),
    CURRENT_MONTH_NAME: MONTHS[date.getMonth()],
    CURRENT_MONTH_NAME_SHORT: MONTHS[date.getMonth()].slice(0, 3),
    CURRENT_DATE: pad(date.getDate()),
    CURRENT_DAY_NAME: DAYS[date.getDay()],
    CURRENT_DAY_NAME_SHORT: DAYS[date.getDay()].slice(0, 3),
    CURRENT_HOUR: pad(date.getHours()),
    CURRENT_MINUTE: pad(date.getMinutes()),
    CURRENT_SECOND: pad(date.getSeconds()),
  };
}

export interface TemplateValues {
  project?: string;
  author?: string;
  /** The date the ISO week is taken from. */
  date?: Date;
  /** New Document from Template: the title, which fills the first placeholder of the first `# ` heading. */
  title?: string;
}

/**
 * Fills the named placeholders and the title into a template's snippet body. The
 * values stay tab stops, so the user can still tab through and change them.
 */
export function resolveTemplate(body: string, values: TemplateValues): string {
  const titleStop = values.title ? titleTabStop(body) : undefined;
  const week = values.date ? isoWeekLabel(values.date) : undefined;
  return rewriteDefaults(body, (stop: TabStop) => {
    if (titleStop === stop.index) return values.title;
    if (stop.choices) return undefined;
    if (stop.defaultText === NAMED_PLACEHOLDERS.project) return values.project || undefined;
    if (stop.defaultText === NAMED_PLACEHOLDERS.author) return values.author || undefined;
    if (stop.defaultText === NAMED_PLACEHOLDERS.week) return week;
    return undefined;
  });
}

/** The index of the first tab stop on the first `# ` heading line, if any. */
export function titleTabStop(body: string): number | undefined {
  const heading = /^# (.*)$/m.exec(body);
  const stop = heading && /\$\{?(\d+)/.exec(heading[1]);
  return stop ? Number(stop[1]) : undefined;
}

/** `project:` (or `project-name:`) from a document's YAML front matter, unless it is a placeholder. */
export function projectFromFrontMatter(text: string): string | undefined {
  const block = /^(?:\uFEFF)?---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)\s*(?:\r?\n|$)/.exec(text);
  if (!block) return undefined;
  const line = /^project(?:[-_ ]?name)?:[ \t]*(.+?)[ \t]*$/im.exec(block[1]);
  if (!line) return undefined;
  let value = line[1].replace(/\s+#.*$/, '');
  const quoted = /^(["'])(.*)\1$/.exec(value);
  if (quoted) value = quoted[2];
  value = value.trim();
  if (!value || /^\[.*\]$|^<.*>$|^(TBD|TODO)$/i.test(value)) return undefined;
  return value;
}

/** `user.name` from the text of a git config file (the last one set wins, as in git). */
export function parseGitUserName(config: string): string | undefined {
  let section = '';
  let name: string | undefined;
  for (const raw of config.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#') || line.startsWith(';')) continue;
    const header = /^\[\s*([^\]\s"]+)(?:\s+"[^"]*")?\s*\]\s*(.*)$/.exec(line);
    if (header) {
      section = header[1].toLowerCase();
      if (!header[2]) continue;
    }
    const entry = /^(?:\[[^\]]*\]\s*)?([A-Za-z][\w-]*)\s*=\s*(.*)$/.exec(line);
    if (section === 'user' && entry && entry[1].toLowerCase() === 'name') {
      let value = entry[2].replace(/\s[#;].*$/, '').trim();
      if (/^".*"$/.test(value)) value = value.slice(1, -1).replace(/\\(["\\])/g, '$1');
      if (value) name = value;
    }
  }
  return name;
}

export interface GitConfigLocations {
  /** The workspace folder (its `.git` is read as a directory or a `gitdir:` file). */
  workspaceRoot?: string;
  home?: string;
  /** `$XDG_CONFIG_HOME`; `~/.config` when unset. */
  xdgConfigHome?: string;
}

type ReadFile = (file: string) => string | undefined;

const readText: ReadFile = (file) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};

/** Git config files in the order git lets them win: repository, ~/.gitconfig, XDG. */
export function gitConfigFiles(where: GitConfigLocations, read: ReadFile = readText): string[] {
  const files: string[] = [];
  if (where.workspaceRoot) {
    const dotGit = path.join(where.workspaceRoot, '.git');
    const pointer = read(dotGit);
    let gitDir = dotGit;
    if (pointer !== undefined) {
      const target = /^gitdir:\s*(.+)$/m.exec(pointer)?.[1].trim();
      gitDir = target ? path.resolve(where.workspaceRoot, target) : dotGit;
      const common = read(path.join(gitDir, 'commondir'))?.trim();
      if (common) gitDir = path.resolve(gitDir, common);
    }
    files.push(path.join(gitDir, 'config'));
  }
  if (where.home) files.push(path.join(where.home, '.gitconfig'));
  const xdg = where.xdgConfigHome || (where.home ? path.join(where.home, '.config') : undefined);
  if (xdg) files.push(path.join(xdg, 'git', 'config'));
  return files;
}

/**
 * The git user name, read from git's config files (no process is started).
 * `[include]` directives are not followed.
 */
export function readGitUserName(where: GitConfigLocations, read: ReadFile = readText): string | undefined {
  for (const file of gitConfigFiles(where, read)) {
    const text = read(file);
    const name = text === undefined ? undefined : parseGitUserName(text);
    if (name) return name;
  }
  return undefined;
}
