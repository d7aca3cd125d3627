// Expanding the CLI's path and glob arguments, and writing fixes safely.
import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);
const MARKDOWN = /\.(md|markdown|mdown|mkd)$/i;

/** Patterns from `.gitignore` in `cwd`, as a matcher over cwd-relative paths. */
function gitignore(cwd: string): (relative: string) => boolean {
  let text = '';
  try {
    text = fs.readFileSync(path.join(cwd, '.gitignore'), 'utf8');
  } catch {
    return () => false;
  }
  const patterns: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#') || line.startsWith('!')) continue;
    const body = line.replace(/^\//, '').replace(/\/$/, '');
    const anchored = line.startsWith('/') || body.includes('/');
    const base = anchored ? body : `**/${body}`;
    patterns.push(base, `${base}/**`);
  }
  return patterns.length ? picomatch(patterns, { dot: true }) : () => false;
}

function walk(dir: string, cwd: string, ignored: (relative: string) => boolean, out: string[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    const relative = path.relative(cwd, full).split(path.sep).join('/');
    if (relative && ignored(relative)) continue;
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) walk(full, cwd, ignored, out);
    } else if (entry.isFile()) out.push(full);
  }
}

/** Files named by `args` (files, folders or globs); `**\/*.md` when there are none. */
export function expandPaths(args: string[], cwd: string): { files: string[]; missing: string[] } {
  const ignored = gitignore(cwd);
  const files = new Set<string>();
  const missing: string[] = [];
  const patterns = args.length ? args : ['**/*.md'];
  let all: string[] | undefined;
  for (const arg of patterns) {
    const full = path.resolve(cwd, arg);
    const stat = fs.statSync(full, { throwIfNoEntry: false });
    if (stat?.isFile()) {
      files.add(full);
    } else if (stat?.isDirectory()) {
      const found: string[] = [];
      walk(full, cwd, ignored, found);
      found.filter((f) => MARKDOWN.test(f)).forEach((f) => files.add(f));
    } else if (picomatch.scan(arg).isGlob) {
      if (!all) {
        all = [];
        walk(cwd, cwd, ignored, all);
      }
      const match = picomatch(arg.replace(/\\/g, '/').replace(/^\.\//, ''), { dot: false });
      const before = files.size;
      for (const file of all) if (match(path.relative(cwd, file).split(path.sep).join('/'))) files.add(file);
      if (files.size === before && args.length) missing.push(arg);
    } else missing.push(arg);
  }
  return { files: [...files], missing };
}

/**
 * Writes `text` to `file` through a temporary file and a rename, keeping the
 * file's mode, unless the file changed since it was read as `original`.
 */
export function writeAtomically(file: string, original: Buffer, text: string): void {
  const current = fs.readFileSync(file);
  if (!current.equals(original)) throw new Error('the file changed on disk while it was being fixed; nothing written');
  const mode = fs.statSync(file).mode;
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.impact-lint-${process.pid}.tmp`);
  try {
    fs.writeFileSync(temporary, text, { mode });
    fs.chmodSync(temporary, mode);
    fs.renameSync(temporary, file);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}
