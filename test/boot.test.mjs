// dist/cli.js and dist/server.js start their bundles with a V8 code cache
// (server/src/node/boot.ts). The cache may only make a start faster: a missing,
// corrupt or unwritable cache changes nothing a user sees.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { ROOT, tempDir } from './helpers.mjs';

const CLI = path.join(ROOT, 'dist', 'cli.js');
const RESUME = path.join(ROOT, 'examples', 'resume.md');
const NODE_HAS_BUILT_IN = Number(process.versions.node.split('.')[0]) >= 23 || (Number(process.versions.node.split('.')[0]) === 22 && Number(process.versions.node.split('.')[1]) >= 1);

function lint(cacheDir) {
  const result = spawnSync(process.execPath, [CLI, '--format', 'json', '--today', '2026-11-27', RESUME], {
    encoding: 'utf8',
    env: { ...process.env, IMPACT_LINT_CACHE_DIR: cacheDir, IMPACT_LINT_CACHE_DEBUG: '1' },
  });
  return { code: result.status, stdout: result.stdout, cacheLog: result.stderr.split('\n').filter((l) => l.startsWith('impact-lint code cache:')) };
}

const cacheFiles = (dir) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.v8cache')) : []);

describe('the code cache of dist/cli.js', { skip: NODE_HAS_BUILT_IN && 'Node 22.1+ uses its own module.enableCompileCache' }, () => {
  const reference = lint('off');

  test('off: no cache is read or written, and the CLI works', () => {
    assert.equal(reference.code, 1);
    assert.ok(JSON.parse(reference.stdout)[0].messages.length > 0);
    assert.deepEqual(reference.cacheLog, ['impact-lint code cache: off']);
  });

  test('the first run writes a private cache, the second uses it, and the output is the same', () => {
    const dir = path.join(tempDir(), 'cache');
    const first = lint(dir);
    assert.match(first.cacheLog.join('\n'), /none yet[\s\S]*written/);
    const [file] = cacheFiles(dir);
    assert.ok(file, 'a .v8cache file');
    if (process.platform !== 'win32') {
      assert.equal(fs.statSync(dir).mode & 0o777, 0o700, 'the folder is private');
      assert.equal(fs.statSync(path.join(dir, file)).mode & 0o777, 0o600, 'the file is private');
    }
    const second = lint(dir);
    assert.deepEqual(second.cacheLog, [`impact-lint code cache: ${file}: used`]);
    assert.equal(first.stdout, reference.stdout);
    assert.equal(second.stdout, reference.stdout);
    assert.equal(second.code, reference.code);
  });

  test('a corrupt cache is rejected and rewritten; the output is the same', () => {
    const dir = path.join(tempDir(), 'cache');
    lint(dir);
    const [file] = cacheFiles(dir);
    fs.writeFileSync(path.join(dir, file), Buffer.alloc(4096, 0x5a));
    const run = lint(dir);
    assert.match(run.cacheLog.join('\n'), /rejected[\s\S]*written/);
    assert.equal(run.stdout, reference.stdout);
    assert.deepEqual(lint(dir).cacheLog, [`impact-lint code cache: ${file}: used`]);
  });

  test('writing a cache removes the caches no start has used for 30 days, and nothing else', () => {
    const dir = path.join(tempDir(), 'cache');
    fs.mkdirSync(dir, { mode: 0o700 });
    const daysAgo = (name, days, text = 'x') => {
      const file = path.join(dir, name);
      fs.writeFileSync(file, text);
      const when = (Date.now() - days * 24 * 60 * 60 * 1000) / 1000;
      fs.utimesSync(file, when, when);
      return name;
    };
    const oldCli = daysAgo('cli-main-0123456789abcdef0123.v8cache', 40);
    const oldServer = daysAgo('server-main-0123456789abcdef0123.v8cache', 31);
    const leftover = daysAgo('cli-main-0123456789abcdef0123.v8cache.4242.tmp', 2);
    const recent = daysAgo('server-main-aaaaaaaaaaaaaaaaaaaa.v8cache', 29);
    const freshTemporary = daysAgo('cli-main-aaaaaaaaaaaaaaaaaaaa.v8cache.4243.tmp', 0);
    const notOurs = daysAgo('notes.v8cache', 400);
    const run = lint(dir);
    assert.equal(run.stdout, reference.stdout);
    const left = fs.readdirSync(dir);
    for (const gone of [oldCli, oldServer, leftover]) assert.ok(!left.includes(gone), `${gone} is removed`);
    for (const kept of [recent, freshTemporary, notOurs]) assert.ok(left.includes(kept), `${kept} is kept`);
    const written = cacheFiles(dir).filter((f) => f.startsWith('cli-main-') && f !== oldCli);
    assert.equal(written.length, 1, 'the new cache is there');
    assert.match(run.cacheLog.join('\n'), new RegExp(`${oldCli}: removed \\(unused for over 30 days\\)`));
  });

  test('a start that uses a cache marks it used, so that it is not removed as unused', () => {
    const dir = path.join(tempDir(), 'cache');
    lint(dir);
    const [file] = cacheFiles(dir);
    const when = (Date.now() - 40 * 24 * 60 * 60 * 1000) / 1000;
    fs.utimesSync(path.join(dir, file), when, when);
    assert.deepEqual(lint(dir).cacheLog, [`impact-lint code cache: ${file}: used`]);
    assert.ok(Date.now() - fs.statSync(path.join(dir, file)).mtimeMs < 60 * 60 * 1000, 'its mtime is now');
  });

  test('a bundle edited after the build, to the same length, does not run from the old cache', () => {
    // The build names the cache with the bundle's hash; V8 only checks the source's length.
    const dist = tempDir();
    for (const name of ['cli.js', 'cli-main.js']) fs.copyFileSync(path.join(ROOT, 'dist', name), path.join(dist, name));
    const dir = path.join(tempDir(), 'cache');
    const help = () => {
      const result = spawnSync(process.execPath, [path.join(dist, 'cli.js'), '--help'], { encoding: 'utf8', env: { ...process.env, IMPACT_LINT_CACHE_DIR: dir, IMPACT_LINT_CACHE_DEBUG: '1' } });
      return { stdout: result.stdout, cacheLog: result.stderr.split('\n').filter((l) => l.startsWith('impact-lint code cache:')) };
    };
    assert.match(help().stdout, /Show the version/);
    assert.match(help().cacheLog.join('\n'), /used/);
    const bundle = path.join(dist, 'cli-main.js');
    const before = fs.readFileSync(bundle, 'latin1');
    fs.writeFileSync(bundle, before.replace('Show the version', 'Show THE version'), 'latin1');
    assert.equal(fs.statSync(bundle).size, before.length);
    const later = Date.now() / 1000 + 60;
    fs.utimesSync(bundle, later, later);
    const edited = help();
    assert.match(edited.stdout, /Show THE version/);
    assert.match(edited.cacheLog.join('\n'), /none yet/);
  });

  test('a cache folder that cannot be made (a file is in the way) is skipped', () => {
    const blocker = path.join(tempDir(), 'not-a-folder');
    fs.writeFileSync(blocker, 'x');
    const run = lint(path.join(blocker, 'cache'));
    assert.match(run.cacheLog.join('\n'), /not used/);
    assert.equal(run.stdout, reference.stdout);
    assert.equal(run.code, reference.code);
  });
});

describe('what a start loads', () => {
  // Each of node:crypto and node:child_process took 3-6 ms of a cold start; the libraries
  // that require them use them only on paths a start over stdio never takes, and the
  // bundles load them on first use (scripts/build.mjs, lazyBuiltins).
  const loaded = (args) => {
    const preload = path.join(tempDir(), 'modules.cjs');
    fs.writeFileSync(preload, "process.on('exit', () => process.stderr.write('MODULES ' + process.moduleLoadList.join(',') + '\\n'));\n");
    const result = spawnSync(process.execPath, ['-r', preload, ...args], { encoding: 'utf8', input: '', env: { ...process.env, IMPACT_LINT_CACHE_DIR: 'off' } });
    const line = result.stderr.split('\n').find((l) => l.startsWith('MODULES '));
    assert.ok(line, result.stderr);
    return line.slice('MODULES '.length).split(',');
  };
  for (const [name, args] of [
    ['the language server, over stdio', [path.join(ROOT, 'dist', 'server.js'), '--stdio']],
    ['the CLI, linting the examples', [CLI, '--today', '2026-11-27', path.join(ROOT, 'examples')]],
  ]) {
    test(`${name}: not node:crypto nor node:child_process`, () => {
      const modules = loaded(args);
      assert.ok(modules.includes('NativeModule fs'), 'the list is read');
      for (const unwanted of ['NativeModule crypto', 'NativeModule child_process']) assert.ok(!modules.includes(unwanted), unwanted);
    });
  }
});

describe('the bundles', () => {
  // scripts/build.mjs writes characters outside ASCII as \u escapes: one of them left in
  // a regular expression literal made V8 keep the server's whole source at two bytes a
  // character (3 MB instead of 1.5 in the server's memory).
  // Every bundle the build writes, as it escapes them all; the server's and the CLI's at least.
  const bundles = fs.readdirSync(path.join(ROOT, 'dist')).filter((name) => name.endsWith('.js'));
  test('the build wrote every bundle that the server, the CLI and the extension start from', () => {
    for (const name of ['server-main.js', 'cli-main.js', 'server.js', 'cli.js', 'engine.js', 'client.js', 'preview.js']) assert.ok(bundles.includes(name), name);
  });
  for (const name of bundles) {
    test(`dist/${name} is ASCII`, () => {
      const text = fs.readFileSync(path.join(ROOT, 'dist', name), 'utf8');
      const at = text.search(/[^\0-\x7f]/);
      assert.equal(at, -1, at === -1 ? '' : `${JSON.stringify(text.slice(Math.max(0, at - 40), at + 10))}`);
    });
  }
});
