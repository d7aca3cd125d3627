// Starts a bundle (dist/server-main.js, dist/cli-main.js) with V8's compiled code
// cached between runs. Compiling the 1.8 MB bundle is about a fifth of a cold
// start (`node --cpu-prof`); with the cache a server reaches its first diagnostics
// sooner and every CLI run in a pre-commit hook starts faster.
//
// Node 22.1+ has this built in (module.enableCompileCache). On Node 20 the bundle is
// compiled through vm.Script with the cached data, as v8-compile-cache did. V8
// checks the data against the source's length, its own version and flags, and
// recompiles when they do not match; the file name carries a hash of the bundle (the
// build's, with the file's size, change time and inode) and the Node version, so neither
// an upgrade nor a bundle edited after the build reads a stale cache.
//
// The cache lives in the user's cache folder (IMPACT_LINT_CACHE_DIR, else
// $XDG_CACHE_HOME/impact-lint or ~/.cache/impact-lint), created private (0700).
// IMPACT_LINT_CACHE_DIR=off turns it off. Any failure falls back to a plain require:
// the cache can make a start faster, never make it fail. Each version of a bundle has
// its own file (about 1 MB); a start that uses one marks it used (its mtime, at most once
// a day), and a start that writes one removes those no start has used for 30 days, so
// upgrades do not pile up old caches and two versions in use keep theirs.
//
// A cold start to the first diagnostics (`npm run bench`) is mostly reading, compiling
// and a first lint; the loader keeps its share small:
// - regular expressions are compiled to machine code on their first use, not first to
//   bytecode and again to machine code on the second (V8's tier-up): a first lint
//   compiles hundreds of them, nearly all used again. It saved about 65 of a 350 ms
//   start as the extension starts the server. Any V8 flag set here makes V8 refuse the
//   code caches Node's own modules come with, so the loaders (../boot/) load the
//   built-ins their bundle needs at start before calling boot();
// - the build hashes each bundle and gives the loader the hash (`bundleKey`), so a
//   start does not hash 1.8 MB; the bundle is ASCII (scripts/build.mjs escapes the
//   rest) and read as Latin-1, a copy instead of a UTF-8 decoding. About 10 ms.
import { isAscii } from 'node:buffer';
import * as fs from 'node:fs';
import Module from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';

/** Where compiled code is kept, or undefined when caching is off. */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const given = env.IMPACT_LINT_CACHE_DIR;
  if (given !== undefined && given !== '') return /^(off|0|false|no)$/i.test(given) ? undefined : path.resolve(given);
  const base = env.XDG_CACHE_HOME || (process.platform === 'win32' ? env.LOCALAPPDATA : undefined) || path.join(os.homedir(), '.cache');
  return path.join(base, 'impact-lint');
}

/** A private folder of our own: created 0700, and refused when it belongs to someone else. */
function ownDir(dir: string): boolean {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const stat = fs.statSync(dir);
  return stat.isDirectory() && (typeof process.getuid !== 'function' || stat.uid === process.getuid());
}

type ModuleInternals = typeof Module & { wrap(source: string): string; _nodeModulePaths(dir: string): string[] };

/**
 * Runs `file` (a CommonJS bundle) as the main module, from the code cache when there is one.
 * `bundleKey` is the hash of the file the build made (scripts/build.mjs). `builtIns` are loaded,
 * and `warm` is called, before a V8 flag is set: what they load keeps Node's code cache.
 */
export function boot(file: string, bundleKey: string, builtIns: readonly string[] = [], warm: () => unknown = () => undefined): void {
  // The bundle's own require, made here to load the built-ins with.
  const requireFn = Module.createRequire(file);
  for (const name of builtIns) requireFn(name);
  warm();
  v8.setFlagsFromString('--no-regexp-tier-up');
  const dir = cacheDir();
  const builtIn = (Module as unknown as { enableCompileCache?: (dir?: string) => unknown }).enableCompileCache;
  if (!dir) {
    debug('off');
    runPlain(file);
    return;
  }
  if (typeof builtIn === 'function') {
    try {
      if (ownDir(dir)) builtIn(path.join(dir, 'node'));
    } catch {
      // An unwritable cache folder only costs speed.
    }
    runPlain(file);
    return;
  }
  let source: string;
  let cacheFile: string;
  let cachedData: Buffer | undefined;
  try {
    const bytes = fs.readFileSync(file);
    source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
    // The build's hash, and the file's size, change time and inode: a bundle edited after the
    // build is another file, even with its old mtime put back (V8 itself only checks the
    // source's length). A copy or a reinstall gets a cache of its own.
    const stat = fs.statSync(file);
    const key = shortHash(`${bundleKey}:${bytes.length}:${stat.ctimeMs}:${stat.ino}:${process.version}:${process.arch}`);
    cacheFile = path.join(dir, `${path.basename(file, '.js')}-${key}.v8cache`);
    if (!ownDir(dir)) throw new Error(`${dir} is not ours`);
    try {
      cachedData = fs.readFileSync(cacheFile);
      markUsed(cacheFile);
    } catch {
      cachedData = undefined; // first run
    }
  } catch (error) {
    debug(`not used: ${error instanceof Error ? error.message : String(error)}`);
    runPlain(file);
    return;
  }
  const internals = Module as ModuleInternals;
  const script = new vm.Script(internals.wrap(source), { filename: file, cachedData });
  debug(`${path.basename(cacheFile)}: ${!cachedData ? 'none yet' : script.cachedDataRejected ? 'rejected' : 'used'}`);
  if (!cachedData || script.cachedDataRejected) saveLater(script, cacheFile);
  const main = new Module(file, undefined);
  main.filename = file;
  main.paths = internals._nodeModulePaths(path.dirname(file));
  // The bundle is the program: make it require.main, as `node dist/...-main.js` would.
  process.mainModule = main;
  (requireFn as { main?: Module }).main = main;
  main.require = requireFn;
  const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
  run.call(main.exports, main.exports, requireFn, main, file, path.dirname(file));
  main.loaded = true;
}

/**
 * 20 hex digits of the 128-bit FNV-1a hash of `text` (a few dozen characters): enough to
 * tell caches apart, with nothing secret to guard.
 */
function shortHash(text: string): string {
  let hash = 0x6c62272e07bb014262b821756295c58dn;
  for (let i = 0; i < text.length; i++) hash = ((hash ^ BigInt(text.charCodeAt(i))) * 0x1000000000000000000013bn) & ((1n << 128n) - 1n);
  return hash.toString(16).padStart(32, '0').slice(0, 20);
}

/** IMPACT_LINT_CACHE_DEBUG=1 says on stderr what the cache did (the tests read it). */
function debug(message: string): void {
  if (process.env.IMPACT_LINT_CACHE_DEBUG) process.stderr.write(`impact-lint code cache: ${message}\n`);
}

function runPlain(file: string): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(file);
}

/**
 * Writes the cache once the first work is done, so that the functions the first
 * lint compiled are in it too: after a second, or at exit for a short CLI run.
 * Written to a temporary file and renamed: parallel runs never read half a file.
 */
function saveLater(script: vm.Script, cacheFile: string): void {
  let saved = false;
  const save = (): void => {
    if (saved) return;
    saved = true;
    const temporary = `${cacheFile}.${process.pid}.tmp`;
    try {
      fs.writeFileSync(temporary, script.createCachedData(), { mode: 0o600 });
      fs.renameSync(temporary, cacheFile);
      debug(`${path.basename(cacheFile)}: written`);
      pruneUnused(path.dirname(cacheFile), cacheFile);
    } catch {
      fs.rmSync(temporary, { force: true });
    }
  };
  setTimeout(save, 1000).unref();
  process.once('exit', save);
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** A cache no start has used for this long is removed when another one is written. */
const UNUSED_MS = 30 * DAY_MS;
const CACHE_FILE = /^[\w.-]+-[0-9a-f]{20}\.v8cache$/;
const TEMPORARY_FILE = /^[\w.-]+-[0-9a-f]{20}\.v8cache\.\d+\.tmp$/;

/** Marks a cache as used (its mtime), once a day at most: reading alone would not change it. */
function markUsed(cacheFile: string): void {
  try {
    const now = Date.now();
    if (now - fs.statSync(cacheFile).mtimeMs > DAY_MS) fs.utimesSync(cacheFile, now / 1000, now / 1000);
  } catch {
    // Only costs an early prune.
  }
}

/**
 * Removes the caches in `dir` (ours only: named as boot names them) that no start has used
 * for UNUSED_MS, and temporary files a killed start left a day ago or more; never `keep`.
 */
function pruneUnused(dir: string, keep: string): void {
  try {
    const now = Date.now();
    for (const name of fs.readdirSync(dir)) {
      const file = path.join(dir, name);
      const age = CACHE_FILE.test(name) ? UNUSED_MS : TEMPORARY_FILE.test(name) ? DAY_MS : undefined;
      if (age === undefined || file === keep) continue;
      try {
        if (now - fs.statSync(file).mtimeMs > age) {
          fs.rmSync(file, { force: true });
          debug(`${name}: removed (unused for over ${age / DAY_MS} days)`);
        }
      } catch {
        // Another start removed it, or it is not ours to remove.
      }
    }
  } catch {
    // A folder we cannot list keeps its files.
  }
}
