// dist/cli.js and dist/server.js start their bundles with a V8 code cache
// (server/src/node/boot.ts). The cache may only make a start faster: a missing,
// corrupt or unwritable cache changes nothing a user sees.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { ROOT, tempDir } from './helpers.mjs';
import { Client, closeAll } from './lsp-client.mjs';

after(closeAll);

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
    const bundle = path.join(dist, 'cli-main.js');
    // Times to the second, so that they can be put back exactly.
    const TIME = 1_700_000_000;
    fs.utimesSync(bundle, TIME, TIME);
    const dir = path.join(tempDir(), 'cache');
    const help = () => {
      const result = spawnSync(process.execPath, [path.join(dist, 'cli.js'), '--help'], { encoding: 'utf8', env: { ...process.env, IMPACT_LINT_CACHE_DIR: dir, IMPACT_LINT_CACHE_DEBUG: '1' } });
      return { stdout: result.stdout, cacheLog: result.stderr.split('\n').filter((l) => l.startsWith('impact-lint code cache:')) };
    };
    assert.match(help().stdout, /Show the version/);
    assert.match(help().cacheLog.join('\n'), /used/);
    const before = fs.readFileSync(bundle, 'latin1');
    // Its old times put back, as `cp -p`, `touch -d` or an archive would: the change time still differs.
    fs.writeFileSync(bundle, before.replace('Show the version', 'Show THE version'), 'latin1');
    fs.utimesSync(bundle, TIME, TIME);
    assert.equal(fs.statSync(bundle).size, before.length);
    assert.equal(fs.statSync(bundle).mtimeMs, TIME * 1000);
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
  // The loaders set a V8 flag (--no-regexp-tier-up), which makes V8 refuse the code caches Node's
  // own modules come with: each built-in loaded after it is compiled from source (crypto: 4 ->
  // 12 ms). The loaders load what their bundle needs first. node:child_process, which
  // vscode-languageserver requires but Impact Lint never uses, is not loaded at all
  // (scripts/build.mjs, lazyBuiltins).
  const PRELOAD = `const v8 = require('node:v8');
const set = v8.setFlagsFromString;
let at = -1;
v8.setFlagsFromString = function (flags) { if (at < 0) at = process.moduleLoadList.length; return set.call(this, flags); };
process.on('exit', () => process.stderr.write('MODULES ' + JSON.stringify({ all: process.moduleLoadList, afterFlag: at < 0 ? null : process.moduleLoadList.slice(at).filter((m) => m.startsWith('NativeModule ')) }) + '\\n'));
`;
  const preload = () => {
    const file = path.join(tempDir(), 'modules.cjs');
    fs.writeFileSync(file, PRELOAD);
    return file;
  };
  const modules = (stderr) => {
    const line = stderr.split('\n').find((l) => l.startsWith('MODULES '));
    assert.ok(line, stderr);
    return JSON.parse(line.slice('MODULES '.length));
  };
  /** A server started as VS Code starts it: it registers capabilities (their ids are random UUIDs: node:crypto) and lints a resume. */
  const serverStart = async (cacheDir) => {
    const client = new Client({
      command: ['-r', preload(), path.join(ROOT, 'dist', 'server.js'), '--stdio'],
      env: { IMPACT_LINT_CACHE_DIR: cacheDir },
      capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, didChangeWatchedFiles: { dynamicRegistration: true } } },
    });
    const { serverInfo } = await client.initialize();
    assert.equal(serverInfo.name, 'impact-lint');
    await client.waitFor('register', () => true, 'a capability registration');
    const uri = pathToFileURL(RESUME).toString();
    await client.open(uri, fs.readFileSync(RESUME, 'utf8'));
    assert.ok((await client.diagnosticsFor(uri, 1)).length > 0, 'the resume has findings');
    await client.shutdown();
    return modules(client.stderr);
  };
  const cliStart = (cacheDir) => {
    const run = spawnSync(process.execPath, ['-r', preload(), CLI, '--today', '2026-11-27', path.join(ROOT, 'examples')], { encoding: 'utf8', env: { ...process.env, IMPACT_LINT_CACHE_DIR: cacheDir } });
    assert.equal(run.status, 1);
    assert.match(run.stdout, /\d+ problems/);
    return modules(run.stderr);
  };
  for (const [name, start] of [
    ['the language server, as VS Code starts it', serverStart],
    ['the CLI, linting the examples', cliStart],
  ]) {
    for (const cache of ['off', 'a cache']) {
      test(`${name} (code cache ${cache}): every built-in before the V8 flag, and not node:child_process`, async () => {
        const cacheDir = cache === 'off' ? 'off' : path.join(tempDir(), 'cache');
        if (cache !== 'off') await start(cacheDir);
        const run = await start(cacheDir);
        assert.deepEqual(run.afterFlag, [], 'built-ins loaded after the flag');
        assert.ok(!run.all.includes('NativeModule child_process'), 'node:child_process');
      });
    }
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
