// Expanding the CLI's path and glob arguments, and writing fixes safely.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import { describeError } from '../node/files';

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);
const MARKDOWN = /\.(md|markdown|mdown|mkd)$/i;

/**
 * What git ignores, as git reads it: every `.gitignore` from the repository's root (the
 * folder with `.git`, else the folder the walk starts in) down to the file's folder,
 * deeper files and later lines overriding earlier ones, `!` lines re-including. The
 * `ignore` package (ESLint's) reads the patterns.
 */
class GitIgnores {
  private readonly byDir = new Map<string, Ignore | null>();
  /** Where a walk outside any repository starts: the current folder. */
  private readonly start: string;
  /** The repository root of each folder asked about, or null when it is in none. */
  private readonly roots = new Map<string, string | null>();

  constructor(start: string) {
    this.start = start;
  }

  /** The root of the repository that holds `dir` ("impact-lint ../other-repo" reads that repository's ignores), else the start folder when `dir` is under it. */
  private rootOf(dir: string): string | undefined {
    let root = this.roots.get(dir);
    if (root === undefined) {
      const parent = path.dirname(dir);
      root = fs.existsSync(path.join(dir, '.git')) ? dir : parent === dir ? null : (this.rootOfRepository(parent) ?? null);
      this.roots.set(dir, root);
    }
    if (root !== null) return root;
    const fromStart = path.relative(this.start, dir);
    return fromStart.startsWith('..') || path.isAbsolute(fromStart) ? undefined : this.start;
  }

  private rootOfRepository(dir: string): string | undefined {
    this.rootOf(dir);
    return this.roots.get(dir) ?? undefined;
  }

  private rulesOf(dir: string): Ignore | null {
    let rules = this.byDir.get(dir);
    if (rules === undefined) {
      let text: string | undefined;
      try {
        text = fs.readFileSync(path.join(dir, '.gitignore'), 'utf8');
      } catch {
        text = undefined;
      }
      rules = text === undefined ? null : ignore().add(text);
      this.byDir.set(dir, rules);
    }
    return rules;
  }

  /** True when git would ignore `full` (a directory when `directory`). */
  ignored(full: string, directory: boolean): boolean {
    const root = this.rootOf(path.dirname(full));
    if (root === undefined) return false;
    const fromRoot = path.relative(root, full);
    if (!fromRoot || fromRoot.startsWith('..') || path.isAbsolute(fromRoot)) return false;
    let state = false;
    let dir = root;
    const parts = fromRoot.split(path.sep);
    for (let k = 0; k < parts.length; k++) {
      const rules = this.rulesOf(dir);
      if (rules) {
        const relative = parts.slice(k).join('/') + (directory ? '/' : '');
        const result = rules.test(relative);
        if (result.ignored) state = true;
        else if (result.unignored) state = false;
      }
      dir = path.join(dir, parts[k]);
    }
    return state;
  }
}

/** A path that could not be read, and why ("permission denied (EACCES)"). */
export interface Unreadable {
  path: string;
  reason: string;
}

/**
 * Files under `dir`, skipping what git ignores and tool folders; symbolic links to files
 * are followed, to folders not (no cycles). A link that leads nowhere (dangling, or a
 * loop) is skipped; a folder that cannot be read is `unreadable`.
 */
function walk(dir: string, ignores: GitIgnores, out: string[], unreadable: Unreadable[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    unreadable.push({ path: dir, reason: `${describeError(error)}; its files are not linted` });
    return;
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    const isFile = entry.isFile() || (entry.isSymbolicLink() && statOf(full)?.isFile() === true);
    if (entry.isDirectory()) {
      // Hidden folders (".github", ".impact-lint/templates" with its placeholders) are skipped, as the default glob skips them; name one to lint it.
      if (!SKIP_DIRS.has(entry.name) && !entry.name.startsWith('.') && !ignores.ignored(full, true)) walk(full, ignores, out, unreadable);
    } else if (isFile && !ignores.ignored(full, false)) out.push(full);
  }
}

/** What a link leads to, or undefined when it leads nowhere (missing, a loop, no permission). */
function statOf(full: string): fs.Stats | undefined {
  try {
    return fs.statSync(full, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/** An argument that lints nothing, and why: a folder git ignores, a folder with no Markdown outside hidden folders, or every file excluded by a "!" argument. */
export interface Missing {
  arg: string;
  ignored: boolean;
  folder?: boolean;
  excluded?: boolean;
}

/** Files named by `args` (files, folders or globs, relative or absolute); `**\/*.md` when there are none. An argument that names no Markdown file is `missing` (`ignored` when it is a folder git ignores). */
export function expandPaths(args: string[], cwd: string): { files: string[]; missing: Missing[]; unreadable: Unreadable[] } {
  const ignores = new GitIgnores(cwd);
  const files = new Set<string>();
  const missing: Missing[] = [];
  const unreadable: Unreadable[] = [];
  // "!drafts/**" excludes what the other arguments name (from the default when there are none), as in globby.
  const excluded = args.filter((a) => a.length > 1 && a.startsWith('!')).map((a) => a.slice(1).replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/$/, ''));
  const given = args.filter((a) => !(a.length > 1 && a.startsWith('!')));
  const patterns = given.length ? given : ['**/*.md'];
  const exclude = excluded.length ? picomatch(excluded.flatMap((p) => [p, `${p}/**`]), { dot: true }) : undefined;
  const walked = new Map<string, string[]>();
  const under = (dir: string): string[] => {
    let found = walked.get(dir);
    if (!found) {
      found = [];
      walk(dir, ignores, found, unreadable);
      walked.set(dir, found);
    }
    return found;
  };
  for (const arg of patterns) {
    const full = path.resolve(cwd, arg);
    const unreadableBefore = unreadable.length;
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(full, { throwIfNoEntry: false });
    } catch (error) {
      // A symbolic link loop, a folder on the way without permission: the argument is said to be unreadable.
      unreadable.push({ path: full, reason: describeError(error) });
      continue;
    }
    const found: string[] = [];
    if (stat?.isFile()) {
      found.push(full);
    } else if (stat?.isDirectory()) {
      for (const f of under(full)) if (MARKDOWN.test(f)) found.push(f);
    } else if (picomatch.scan(arg).isGlob) {
      // "../notes/*.md", "/tmp/cv/**/*.md": walk from the glob's own base, match the rest.
      const { base, glob } = picomatch.scan(arg.replace(/\\/g, '/'));
      const root = path.resolve(cwd, base || '.');
      const match = picomatch(glob.replace(/^\.\//, ''), { dot: false });
      for (const file of under(root)) if (match(path.relative(root, file).split(path.sep).join('/'))) found.push(file);
    }
    const kept = exclude ? found.filter((file) => !exclude(path.relative(cwd, file).split(path.sep).join('/'))) : found;
    for (const file of kept) files.add(file);
    // A folder that could not be read is said to be so, not to match nothing.
    if (!found.length && given.length && unreadable.length === unreadableBefore) missing.push({ arg, ignored: stat?.isDirectory() === true && ignores.ignored(full, true), folder: stat?.isDirectory() === true });
    else if (found.length && !kept.length && (given.length || excluded.length)) missing.push({ arg, ignored: false, excluded: true });
  }
  return { files: [...files], missing, unreadable };
}

/**
 * Writes `text` to `file` through a temporary file and a rename, keeping the
 * file's mode and owner, unless the file changed since it was read as `original`
 * or is read-only. A file with other hard links, or in a folder where no
 * temporary file can be made, is written in place (writeInPlace). A write that
 * fails (a full disk, a size limit) leaves the file as it was and no temporary file.
 */
export function writeAtomically(given: string, original: Buffer, text: string): void {
  // Through a symbolic link to the file it names: the rename must not replace the link.
  const file = fs.realpathSync(given);
  const current = fs.readFileSync(file);
  if (!current.equals(original)) throw new Error('the file changed on disk while it was being fixed; nothing written');
  const stat = fs.statSync(file);
  // Read-only is how a signed-off document is kept; root could write it, and must not.
  if ((stat.mode & 0o222) === 0) throw new Error('the file is read-only; not fixed, nothing written');
  try {
    fs.accessSync(file, fs.constants.W_OK);
  } catch {
    throw new Error('no permission to write the file; not fixed, nothing written');
  }
  // A rename gives the path a new file: another hard link would keep the old text. Written in place instead.
  if (stat.nlink > 1) return writeInPlace(file, original, text);
  const temporary = path.join(path.dirname(file), temporaryName(path.basename(file)));
  try {
    fs.rmSync(temporary, { force: true }); // left by a run that was killed
    fs.writeFileSync(temporary, text, { mode: stat.mode, flag: 'wx' });
  } catch (error) {
    // A full disk or a size limit: the part written goes, the file was not touched. (Also a temporary file
    // made, then refused its text, as some network file systems do.)
    fs.rmSync(temporary, { force: true });
    // A writable file in a folder that is not (no temporary file can be made there): written in place.
    if (['EACCES', 'EPERM', 'EROFS'].includes((error as NodeJS.ErrnoException).code ?? '')) return writeInPlace(file, original, text);
    throw new Error(`${messageOf(error)}; nothing written`);
  }
  try {
    // Run as root (a sudo hook), the new file would be root's: it keeps the owner of the old one. The
    // owner first: chown clears the set-user-ID and set-group-ID bits that chmod puts back.
    if (process.getuid?.() === 0 && (stat.uid !== 0 || stat.gid !== 0)) fs.chownSync(temporary, stat.uid, stat.gid);
    fs.chmodSync(temporary, stat.mode);
    fs.renameSync(temporary, file);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}

/** ".resume.md.impact-lint-123.tmp", or ".impact-lint-123.tmp" when that would be too long a name (255 bytes). */
function temporaryName(base: string): string {
  const suffix = `.impact-lint-${process.pid}.tmp`;
  return Buffer.byteLength(`.${base}${suffix}`) <= 255 ? `.${base}${suffix}` : suffix;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Writes `text` over `file` without truncating it first: the new bytes over the old,
 * then the length cut to theirs. A write that fails part way (a full disk, a size
 * limit) puts the original bytes back over the part it wrote (writing where a write
 * just succeeded), so that nothing is lost; if even that fails, the error says where
 * a copy of the original text was saved, or that none could be.
 */
export function writeInPlace(file: string, original: Buffer, text: string): void {
  const data = Buffer.from(text, 'utf8');
  const fd = fs.openSync(file, 'r+');
  try {
    let written = 0;
    try {
      while (written < data.length) written += fs.writeSync(fd, data, written, data.length - written, written);
      // A text as long as the old one, or longer, has nothing to cut.
      if (fs.fstatSync(fd).size !== data.length) fs.ftruncateSync(fd, data.length);
    } catch (error) {
      try {
        const back = Math.min(written, original.length);
        for (let at = 0; at < back; ) at += fs.writeSync(fd, original, at, back - at, at);
        // Cutting back what a longer text added needs no space; a file already its old length needs no cut.
        if (fs.fstatSync(fd).size !== original.length) fs.ftruncateSync(fd, original.length);
      } catch (again) {
        throw new Error(`${messageOf(error)}; putting the file back failed too (${messageOf(again)}); ${saveCopy(file, original)}`);
      }
      throw new Error(`${messageOf(error)}; the file is as it was, nothing written`);
    }
  } finally {
    fs.closeSync(fd);
  }
}

/** Saves `original` beside the system's temporary files: what to say about it. */
function saveCopy(file: string, original: Buffer): string {
  const copy = path.join(os.tmpdir(), `impact-lint-${process.pid}-${Date.now()}-${path.basename(file).slice(0, 100)}`);
  try {
    fs.writeFileSync(copy, original, { mode: 0o600 });
    return `its text before the fix is in ${copy}`;
  } catch (error) {
    fs.rmSync(copy, { force: true });
    return `no copy of its text before the fix could be saved either (${messageOf(error)})`;
  }
}
