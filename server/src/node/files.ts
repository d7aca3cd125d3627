// File-system side of the engine, shared by the CLI and the language server:
// finding config files by walking up, and reading documents safely.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CONFIG_FILE_NAMES, parseConfig, resolveSettings, type Config } from '../engine/config';
import { frontMatterJob } from '../engine/jobterms';
import type { ConfigProblem } from '../engine/types';

export interface LoadedConfig {
  /** The config file, or undefined when none was found. */
  file?: string;
  /** Its folder: kind globs are relative to it. */
  root?: string;
  config: Config;
  problems: ConfigProblem[];
}

/** The nearest config file at or above `dir`, stopping at the file system root. */
export function findConfigFile(dir: string): string | undefined {
  let current = path.resolve(dir);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(current, name);
      // lstat, not exists: a symbolic link to a missing file is a config file that cannot be read, not none.
      if (entryAt(candidate)) return candidate;
    }
    const parent = path.dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

/** Whether anything (a file, a folder, a link, even a dangling one) is at `file`; a path through a file (ENOTDIR) or too long is nothing. */
function entryAt(file: string): boolean {
  try {
    return fs.lstatSync(file, { throwIfNoEntry: false }) !== undefined;
  } catch {
    return false;
  }
}

const cache = new Map<string, { mtimeMs: number; size: number; loaded: LoadedConfig }>();

/** Loads and validates a config file; cached until the file changes on disk. */
export function loadConfigFile(file: string): LoadedConfig {
  const root = path.dirname(file);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    const dangling = (error as NodeJS.ErrnoException).code === 'ENOENT' && fs.lstatSync(file, { throwIfNoEntry: false })?.isSymbolicLink();
    return { file, root, config: {}, problems: [{ file, message: `Cannot read config file: ${dangling ? 'it is a symbolic link to a file that does not exist' : describeError(error)}.` }] };
  }
  const hit = cache.get(file);
  if (hit && hit.mtimeMs === stat.mtimeMs && hit.size === stat.size) return withSiblings(file, hit.loaded);
  let loaded: LoadedConfig;
  try {
    const text = configText(fs.readFileSync(file));
    const { config, problems } = parseConfig(text, file);
    loaded = { file, root, config, problems };
  } catch (error) {
    // The parsers recurse: a file nested some hundred thousand levels deep overflows the stack.
    const why = error instanceof RangeError && /call stack/i.test(error.message) ? 'it is nested too deeply to parse' : (error as Error).message;
    loaded = { file, root, config: {}, problems: [{ file, message: `Cannot read config file: ${why}.` }] };
  }
  cache.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, loaded });
  return withSiblings(file, loaded);
}

/** A config file's text, or an error that says why it is none: UTF-16 (as some Windows editors save) read as UTF-8 was "invalid symbol". */
function configText(buffer: Buffer): string {
  // decode() reads documents: NULs make them binary, which for a config file means UTF-16.
  if ((buffer[0] === 0xff && buffer[1] === 0xfe) || (buffer[0] === 0xfe && buffer[1] === 0xff) || buffer.subarray(0, 8000).includes(0)) throw new Error('it is not UTF-8 (it looks like UTF-16); save it as UTF-8');
  const read = decode(buffer);
  if (!read.ok) throw new Error('it is not valid UTF-8; save it as UTF-8');
  return read.text.replace(/^\uFEFF/, '');
}

/**
 * A config file with another beside it (".impact-lint.json" and ".impact-lint.yaml"): only the
 * first by name order is read, so the other's settings are lost without a word unless said.
 * Looked for on every load, outside the cache: the other file may come and go.
 */
function withSiblings(file: string, loaded: LoadedConfig): LoadedConfig {
  const name = path.basename(file);
  if (!CONFIG_FILE_NAMES.includes(name)) return loaded;
  const others = CONFIG_FILE_NAMES.filter((other) => other !== name && fs.existsSync(path.join(path.dirname(file), other)));
  if (!others.length) return loaded;
  const message = `${others.join(' and ')} ${others.length === 1 ? 'is' : 'are'} in the same folder and ${others.length === 1 ? 'is' : 'are'} not read: only ${name} is. Keep one config file per folder.`;
  return { ...loaded, problems: [...loaded.problems, { file, message }] };
}

export function clearConfigCache(): void {
  cache.clear();
}

/** The config that applies to a document at `documentPath`. */
export function configFor(documentPath: string): LoadedConfig {
  const file = findConfigFile(path.dirname(path.resolve(documentPath)));
  return file ? loadConfigFile(file) : { config: {}, problems: [] };
}

/** The document path relative to the config root, with forward slashes, for kind globs. */
export function globPath(documentPath: string, root: string | undefined): string {
  const absolute = path.resolve(documentPath);
  const relative = root ? path.relative(root, absolute) : path.basename(absolute);
  return (relative.startsWith('..') ? path.basename(absolute) : relative).split(path.sep).join('/');
}

/** A file that is not read: `skipped` when that is by design (over maxFileSize, binary), else it could not be read or decoded. */
export type ReadResult = { ok: true; text: string } | { ok: false; reason: string; skipped?: boolean };

/** Reads a document as UTF-8, refusing binary files, invalid UTF-8 and files over `maxSize` bytes. */
export function readDocument(file: string, maxSize: number): ReadResult {
  let buffer: Buffer;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) return { ok: false, reason: 'not a regular file' };
    if (stat.size > maxSize) return { ok: false, reason: `skipped: ${stat.size} bytes is over maxFileSize (${maxSize})`, skipped: true };
    buffer = fs.readFileSync(file);
  } catch (error) {
    return { ok: false, reason: `cannot read: ${describeError(error)}` };
  }
  return decode(buffer);
}

const ERRNO_WORDS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ELOOP: 'symbolic link loop',
  ENOENT: 'file not found',
  ENOTDIR: 'not a folder',
  EISDIR: 'a folder',
  ENAMETOOLONG: 'name too long',
  EIO: 'input/output error',
  EMFILE: 'too many open files',
};

/** "permission denied (EACCES)": what a file system error means, with its code. */
export function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code && Object.hasOwn(ERRNO_WORDS, code)) return `${ERRNO_WORDS[code]} (${code})`;
  return code ?? (error instanceof Error ? error.message : String(error));
}

export function decode(buffer: Buffer): ReadResult {
  if (buffer.subarray(0, 8000).includes(0)) return { ok: false, reason: 'skipped: binary file (contains NUL bytes)', skipped: true };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(buffer) };
  } catch {
    return { ok: false, reason: 'not valid UTF-8: save it as UTF-8 to lint it' };
  }
}

export interface DocumentSettings {
  settings: import('../engine/config').Settings;
  /** Path for kind globs, relative to the config file's folder. */
  path: string;
  loaded: LoadedConfig;
}

/**
 * Settings for a document: engine defaults, then `base` (editor settings or CLI
 * flags), then the nearest config file (or `configFile` when given).
 */
export function settingsFor(documentPath: string, options: { configFile?: string; base?: Config; over?: Config } = {}): DocumentSettings {
  const loaded = options.configFile ? loadConfigFile(path.resolve(options.configFile)) : configFor(documentPath);
  const settings = resolveSettings(options.base, loaded.config, options.over);
  return { settings, path: globPath(documentPath, loaded.root ?? path.dirname(path.resolve(documentPath))), loaded };
}

/** Where a document's job description comes from, as an absolute path. */
export interface JobReference {
  file: string;
  /** As the user wrote it, for messages. */
  given: string;
  source: 'option' | 'front matter' | 'config' | 'settings';
}

/**
 * The job description for a document: `--job` (given, relative to the current folder) wins,
 * then front matter `job:` (relative to the document), then the config file's `job`
 * (relative to the config file), then an editor setting (relative to `settingsRoot`).
 */
export function jobReference(documentPath: string, text: string, ds: DocumentSettings, options: { job?: string; cwd?: string; settingsRoot?: string } = {}): JobReference | undefined {
  if (options.job) return { file: path.resolve(options.cwd ?? process.cwd(), options.job), given: options.job, source: 'option' };
  const named = frontMatterJob(text);
  if (named) return { file: path.resolve(path.dirname(path.resolve(documentPath)), named.path), given: named.path, source: 'front matter' };
  const fromConfig = ds.loaded.config.job;
  if (fromConfig && ds.loaded.root) return { file: path.resolve(ds.loaded.root, fromConfig), given: fromConfig, source: 'config' };
  if (ds.settings.job) return { file: path.resolve(options.settingsRoot ?? path.dirname(path.resolve(documentPath)), ds.settings.job), given: ds.settings.job, source: 'settings' };
  return undefined;
}

const jobCache = new Map<string, { mtimeMs: number; size: number; read: ReadResult }>();

/** Reads a job description with readDocument's checks (size, binary, UTF-8); cached until it changes on disk. */
export function readJob(ref: JobReference, maxSize: number): { path: string; text?: string; error?: string } {
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(ref.file);
  } catch {
    stat = undefined;
  }
  const hit = jobCache.get(ref.file);
  let read: ReadResult;
  if (stat && hit && hit.mtimeMs === stat.mtimeMs && hit.size === stat.size) read = hit.read;
  else {
    read = stat ? readDocument(ref.file, maxSize) : { ok: false, reason: 'file not found' };
    if (stat) {
      if (jobCache.size > 50) jobCache.clear();
      jobCache.set(ref.file, { mtimeMs: stat.mtimeMs, size: stat.size, read });
    }
  }
  return read.ok ? { path: ref.given, text: read.text.replace(/^\uFEFF/, '') } : { path: ref.given, error: read.reason.replace(/^skipped: /, '') };
}

/** The job description for a document, read and ready for `lint`'s `job` option; undefined when none is named. */
export function jobFor(documentPath: string, text: string, ds: DocumentSettings, options: { job?: string; cwd?: string; settingsRoot?: string } = {}): { path: string; text?: string; error?: string } | undefined {
  const ref = jobReference(documentPath, text, ds, options);
  return ref && readJob(ref, ds.settings.maxFileSize);
}
