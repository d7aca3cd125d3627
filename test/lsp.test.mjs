// Protocol tests: spawn the BUILT language server (dist/server.js, and once
// dist/cli.js --stdio) and talk real JSON-RPC to it over stdio. Every wait is on
// an event (a notification or a request from the server) with a timeout; there
// are no fixed sleeps. Run `npm run build` first.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from './helpers.mjs';
import { Client, closeAll, writeFile } from './lsp-client.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SERVER = path.join(ROOT, 'dist', 'server.js');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const FIX_ALL_KIND = 'source.fixAll.impact-lint';
const SHOW_DOCUMENTATION = 'impactLint.server.showDocumentation';

for (const file of [SERVER, CLI]) {
  if (!fs.existsSync(file)) throw new Error(`${path.relative(ROOT, file)} is missing: run \`npm run build\` before these tests.`);
}

// Lines are 0-based in every expectation below.
const RESUME = [
  '# Jane Doe', //                                                          0
  '', //                                                                    1
  '## Experience', //                                                       2
  '', //                                                                    3
  '### Systems Administrator, Acme Corp (2019-2024)', //                    4
  '', //                                                                    5
  '- Responsible for managing the server upgrade', //                       6
  '- Migrated 4 file servers and 1,200 users to SharePoint in 6 weeks', //  7
  '- Handled migrating the mail system', //                                 8
  '- Reduced ticket backlog', //                                            9
  '',
].join('\n');

/** [line, startChar, endLine, endChar, code] of every diagnostic RESUME gets. */
const RESUME_FINDINGS = [
  [6, 2, 6, 26, 'weak-opening'], // "Responsible for managing"
  [6, 2, 6, 45, 'missing-metric'],
  [8, 2, 8, 19, 'weak-opening'], // "Handled migrating"
  [8, 2, 8, 35, 'missing-metric'],
  [9, 2, 9, 24, 'missing-metric'],
];

const README = [
  '# my-tool',
  '',
  'A small CLI that formats logs.',
  '',
  '## Install',
  '',
  '- Run `npm install -g my-tool`',
  '- Responsible for managing nothing',
  '',
  '## Usage',
  '',
  '- Helped migrate nothing',
  '',
].join('\n');

// ---------------------------------------------------------------------------
// Helpers



/** Diagnostics as comparable tuples, sorted by position then code. */
function shape(diagnostics) {
  return diagnostics
    .map((d) => [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character, d.code])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[3] - b[3] || String(a[4]).localeCompare(String(b[4])));
}

function findDiagnostic(diagnostics, code, line) {
  const found = diagnostics.find((d) => d.code === code && d.range.start.line === line);
  assert.ok(found, `expected a ${code} diagnostic on line ${line}, got ${JSON.stringify(shape(diagnostics))}`);
  return found;
}

after(closeAll);

// ---------------------------------------------------------------------------
// A resume, from open to fixed, on one server.

describe('dist/server.js --stdio: a resume from open to fixed', () => {
  const dir = tempDir();
  const uri = writeFile(dir, 'resume.md', RESUME);
  let client;
  let opened;

  test('initialize advertises incremental sync, quick fixes, fix-all and hover', async () => {
    client = new Client({ capabilities: { window: { showDocument: { support: true } } } });
    const result = await client.initialize(dir);
    const caps = result.capabilities;
    assert.equal(result.serverInfo?.name, 'impact-lint');
    assert.equal(caps.textDocumentSync.openClose, true);
    assert.equal(caps.textDocumentSync.change, 2, 'TextDocumentSyncKind.Incremental');
    assert.deepEqual(caps.codeActionProvider.codeActionKinds, ['quickfix', FIX_ALL_KIND, 'refactor.rewrite']);
    assert.equal(caps.hoverProvider, true);
    assert.deepEqual(caps.executeCommandProvider.commands, [SHOW_DOCUMENTATION]);
    const registration = await client.waitFor('register', (p) => p.registrations.some((r) => r.method === 'workspace/didChangeConfiguration'), 'registration of workspace/didChangeConfiguration');
    assert.deepEqual(registration.registrations.find((r) => r.method === 'workspace/didChangeConfiguration').registerOptions, { section: 'impactLint' });
  });

  test('didOpen publishes diagnostics with codes, doc links, messages and exact ranges', async () => {
    const version = await client.open(uri, RESUME);
    opened = await client.diagnosticsFor(uri, version);
    const configuration = await client.waitFor('configuration', (p) => p.items.some((i) => i.scopeUri === uri), 'workspace/configuration for the resume');
    assert.deepEqual(configuration.items, [{ scopeUri: uri, section: 'impactLint' }]);
    assert.deepEqual(shape(opened), RESUME_FINDINGS);
    for (const d of opened) {
      assert.equal(d.source, 'impact-lint');
      assert.equal(d.severity, 2, `${d.code} is a warning`);
      assert.ok(d.codeDescription?.href.endsWith(`docs/rules/${d.code}.md`), `codeDescription.href of ${d.code}: ${d.codeDescription?.href}`);
      assert.doesNotThrow(() => new URL(d.codeDescription.href));
      assert.ok(!d.message.includes(d.code), `the message repeats the id: ${d.message}`);
      assert.ok(d.message.length > 20, `a useful message: ${d.message}`);
    }
    assert.match(findDiagnostic(opened, 'weak-opening', 6).message, /Responsible for/);
    assert.match(findDiagnostic(opened, 'weak-opening', 8).message, /Handled/);
    const status = await client.waitFor('status', (p) => p.uri === uri && p.kind !== undefined, 'impactLint/status for the resume');
    assert.equal(status.kind, 'resume');
    assert.equal(status.warnings, RESUME_FINDINGS.length);
  });

  test('codeAction on a weak opening: preferred fix, alternatives, disable, documentation', async () => {
    const diagnostic = findDiagnostic(opened, 'weak-opening', 6);
    const actions = await client.request('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], triggerKind: 1 },
    });
    const titles = actions.map((a) => a.title);
    const preferred = actions.filter((a) => a.isPreferred);
    assert.equal(preferred.length, 1, `one preferred fix in ${JSON.stringify(titles)}`);
    assert.equal(preferred[0].title, 'Replace "Responsible for managing" with "Managed"');
    assert.equal(preferred[0].kind, 'quickfix');
    assert.deepEqual(preferred[0].diagnostics, [diagnostic]);
    assert.deepEqual(preferred[0].edit, { changes: { [uri]: [{ range: { start: { line: 6, character: 2 }, end: { line: 6, character: 26 } }, newText: 'Managed' }] } });

    // Another verb before the derived one is not English ("Led managing the server upgrade"),
    // and in its place drops the action: the derived verb is the one rewrite here. Alternatives
    // for a phrase without one: the next test.
    assert.deepEqual(actions.filter((a) => !a.isPreferred && a.title.startsWith('Replace "Responsible for')).map((a) => a.title), [], `no alternatives around the derived verb in ${JSON.stringify(titles)}`);

    const fixAllRule = actions.find((a) => a.title === 'Fix all weak-opening problems (2)');
    assert.ok(fixAllRule, `a fix-all for the rule in ${JSON.stringify(titles)}`);
    assert.equal(fixAllRule.edit.changes[uri].length, 2);

    const disable = actions.find((a) => a.title === 'Disable weak-opening for this line');
    assert.ok(disable, `a disable action in ${JSON.stringify(titles)}`);
    assert.deepEqual(disable.edit.changes[uri], [{ range: { start: { line: 6, character: 45 }, end: { line: 6, character: 45 } }, newText: ' <!-- impact-lint-disable-line weak-opening -->' }]);

    const docs = actions.find((a) => a.title === 'Show documentation for weak-opening');
    assert.ok(docs, `a documentation action in ${JSON.stringify(titles)}`);
    assert.equal(docs.command.command, SHOW_DOCUMENTATION);
    assert.ok(docs.command.arguments[0].endsWith('docs/rules/weak-opening.md'), docs.command.arguments[0]);

    // The server shows the page through window/showDocument when the client supports it.
    const since = client.mark();
    await client.request('workspace/executeCommand', { command: docs.command.command, arguments: docs.command.arguments });
    const shown = await client.waitFor('showDocument', () => true, 'window/showDocument', since);
    assert.equal(shown.uri, docs.command.arguments[0]);
    assert.equal(shown.external, shown.uri.startsWith('http'));
  });

  test('codeAction on a weak opening without a verb after it: ranked alternatives on the phrase', async () => {
    const other = uri.replace(/resume\.md$/, 'alternatives.md');
    const text = '---\nimpact-lint: resume\n---\n\n## Experience\n\n- Handled server upgrades for 40 sites\n';
    const version = await client.open(other, text);
    const diagnostic = findDiagnostic(await client.diagnosticsFor(other, version), 'weak-opening', 6);
    const actions = await client.request('textDocument/codeAction', { textDocument: { uri: other }, range: diagnostic.range, context: { diagnostics: [diagnostic], triggerKind: 1 } });
    const alternatives = actions.filter((a) => a.title.startsWith('Replace "Handled" with'));
    assert.ok(alternatives.length >= 2, `alternatives in ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.equal(actions.filter((a) => a.isPreferred).length, 0, 'no preferred fix without a verb to derive');
    for (const a of alternatives) {
      const [edit] = a.edit.changes[other];
      assert.deepEqual(edit.range, { start: { line: 6, character: 2 }, end: { line: 6, character: 9 } }, a.title);
      assert.ok(a.title.endsWith(`"${edit.newText}"`), a.title);
    }
    await client.close(other);
  });

  test('codeAction with only quickfix has no fix-all; a diagnostic from another source gets nothing', async () => {
    const diagnostic = findDiagnostic(opened, 'weak-opening', 6);
    const quick = await client.request('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic], only: ['quickfix'] } });
    assert.ok(quick.length > 0);
    assert.ok(quick.every((a) => a.kind === 'quickfix'), JSON.stringify(quick.map((a) => a.kind)));
    const foreign = await client.request('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [{ ...diagnostic, source: 'markdownlint' }], only: ['quickfix'] } });
    assert.deepEqual(foreign, []);
  });

  test("codeAction with only ['source.fixAll.impact-lint'] (and the parent 'source.fixAll') returns one fix-all action", async () => {
    for (const only of [[FIX_ALL_KIND], ['source.fixAll']]) {
      const actions = await client.request('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only, triggerKind: 2 },
      });
      assert.equal(actions.length, 1, `only ${only}: ${JSON.stringify(actions.map((a) => a.title))}`);
      const [fixAll] = actions;
      assert.equal(fixAll.kind, FIX_ALL_KIND);
      assert.deepEqual(
        fixAll.edit.changes[uri].map((e) => [e.range.start.line, e.range.start.character, e.range.end.character, e.newText]),
        [
          [6, 2, 26, 'Managed'],
          [8, 2, 19, 'Migrated'],
        ],
      );
    }
  });

  test('hover on the finding shows markdown naming the rule; off a finding it is null', async () => {
    const result = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 8, character: 5 } });
    assert.equal(result.contents.kind, 'markdown');
    assert.match(result.contents.value, /\*\*weak-opening\*\*/);
    assert.match(result.contents.value, /\*\*missing-metric\*\*/, 'both findings under the cursor');
    assert.match(result.contents.value, /docs\/rules\/weak-opening\.md/);
    const tail = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 8, character: 25 } });
    assert.doesNotMatch(tail.contents.value, /weak-opening/, 'past "Handled migrating" only missing-metric applies');
    assert.match(tail.contents.value, /missing-metric/);
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } }), null);
  });

  test('applying the preferred fix as an incremental didChange clears that diagnostic in the next publish', async () => {
    const diagnostic = findDiagnostic(opened, 'weak-opening', 6);
    const actions = await client.request('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
    const preferred = actions.find((a) => a.isPreferred);
    const since = client.mark();
    const version = await client.applyEdit(uri, preferred.edit);
    assert.equal(client.text(uri).split('\n')[6], '- Managed the server upgrade');
    const diagnostics = await client.diagnosticsFor(uri, version, since);
    assert.deepEqual(shape(diagnostics), [
      [6, 2, 6, 28, 'missing-metric'],
      [8, 2, 8, 19, 'weak-opening'],
      [8, 2, 8, 35, 'missing-metric'],
      [9, 2, 9, 24, 'missing-metric'],
    ]);
    // No publish for this document after the change carried an older version.
    const later = client.events.slice(since).filter((e) => e.type === 'diagnostics' && e.params.uri === uri);
    assert.ok(later.every((e) => e.params.version === version), JSON.stringify(later.map((e) => e.params.version)));
  });

  test('the "Disable ... for this line" action silences the rule on that line only', async () => {
    const current = await client.diagnosticsFor(uri, client.documents.get(uri).version);
    const diagnostic = findDiagnostic(current, 'weak-opening', 8);
    const actions = await client.request('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
    const disable = actions.find((a) => a.title === 'Disable weak-opening for this line');
    const since = client.mark();
    const version = await client.applyEdit(uri, disable.edit);
    assert.equal(client.text(uri).split('\n')[8], '- Handled migrating the mail system <!-- impact-lint-disable-line weak-opening -->');
    const diagnostics = await client.diagnosticsFor(uri, version, since);
    assert.deepEqual(diagnostics.filter((d) => d.code === 'weak-opening'), []);
    findDiagnostic(diagnostics, 'missing-metric', 8);
  });

  test('workspace/didChangeConfiguration re-reads editor settings (impactLint.rules) and relints', async () => {
    client.settings = () => ({ debounceMs: 0, rules: { 'missing-metric': 'off' } });
    const since = client.mark();
    await client.notify('workspace/didChangeConfiguration', { settings: null });
    await client.waitFor('configuration', (p) => p.items.some((i) => i.scopeUri === uri), 'a new workspace/configuration request', since);
    await client.diagnosticsWhere(uri, (ds) => ds.length === 0, 'missing-metric off (and weak-opening disabled on line 8)', since);
    client.settings = () => ({ debounceMs: 0 });
  });

  test('didClose clears the diagnostics; shutdown and exit end the server with code 0', async () => {
    const since = client.mark();
    await client.close(uri);
    const cleared = await client.diagnosticsFor(uri, undefined, since);
    assert.deepEqual(cleared, []);
    const { code } = await client.shutdown();
    assert.equal(code, 0, `exit code (stderr: ${client.stderr})`);
  });
});

// ---------------------------------------------------------------------------

describe('dist/server.js --stdio: documents that are not (plain) resumes', () => {
  test('an untitled document with `impact-lint: resume` front matter is linted; a README gets empty diagnostics', async () => {
    const dir = tempDir();
    const client = new Client();
    await client.initialize(dir);

    const untitled = 'untitled:Untitled-1';
    const text = ['---', 'impact-lint: resume', '---', '', '## Work', '', '- Responsible for the backups', ''].join('\n');
    await client.open(untitled, text);
    const diagnostics = await client.diagnosticsFor(untitled, 1);
    assert.deepEqual(shape(diagnostics), [
      [6, 2, 6, 17, 'weak-opening'],
      [6, 2, 6, 29, 'missing-metric'],
    ]);
    // No derived verb ("the" is not a gerund): no preferred fix, only alternatives.
    const weak = findDiagnostic(diagnostics, 'weak-opening', 6);
    const actions = await client.request('textDocument/codeAction', { textDocument: { uri: untitled }, range: weak.range, context: { diagnostics: [weak] } });
    assert.ok(actions.every((a) => !a.isPreferred), JSON.stringify(actions.map((a) => a.title)));
    assert.ok(actions.some((a) => a.title === 'Replace "Responsible for" with "Led"'), JSON.stringify(actions.map((a) => a.title)));

    const readme = writeFile(dir, 'README.md', README);
    await client.open(readme, README);
    assert.deepEqual(await client.diagnosticsFor(readme, 1), []);
    const status = await client.waitFor('status', (p) => p.uri === readme, 'impactLint/status for the README');
    assert.equal(status.kind, undefined);
    const fixAll = await client.request('textDocument/codeAction', { textDocument: { uri: readme }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: [FIX_ALL_KIND] } });
    assert.deepEqual(fixAll, []);
    assert.equal((await client.shutdown()).code, 0);
  });
});

// ---------------------------------------------------------------------------

describe('dist/server.js --stdio: .impact-lint.json', () => {
  test('turning weak-opening off takes effect after workspace/didChangeWatchedFiles', async () => {
    const dir = tempDir();
    const uri = writeFile(dir, 'resume.md', RESUME);
    const client = new Client();
    await client.initialize(dir);
    await client.open(uri, RESUME);
    assert.deepEqual(shape(await client.diagnosticsFor(uri, 1)), RESUME_FINDINGS);

    const configUri = writeFile(dir, '.impact-lint.json', JSON.stringify({ rules: { 'weak-opening': 'off' } }, null, 2));
    const since = client.mark();
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 1 }] });
    const diagnostics = await client.diagnosticsWhere(uri, (ds) => !ds.some((d) => d.code === 'weak-opening'), 'no weak-opening', since);
    assert.deepEqual(
      shape(diagnostics),
      RESUME_FINDINGS.filter((f) => f[4] !== 'weak-opening'),
    );
    assert.equal(client.events.filter((e) => e.type === 'diagnostics' && e.params.uri === configUri).length, 0, 'a valid config gets no diagnostics');
    assert.equal((await client.shutdown()).code, 0);
  });

  // Regression: only the VS Code client watched config files for the server; in Neovim,
  // Helix or Zed a config changed on disk never reached the open documents.
  test('a client that lets the server register file watchers is asked to watch config files and job descriptions', async () => {
    const dir = tempDir();
    const uri = writeFile(dir, 'resume.md', RESUME);
    const client = new Client({ capabilities: { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } } } });
    await client.initialize(dir);
    await client.open(uri, RESUME);
    await client.diagnosticsFor(uri, 1);
    const watchers = client.events.filter((e) => e.type === 'register').flatMap((e) => e.params.registrations).filter((r) => r.method === 'workspace/didChangeWatchedFiles');
    assert.equal(watchers.length, 1, JSON.stringify(watchers));
    const globs = watchers[0].registerOptions.watchers.map((w) => w.globPattern);
    assert.deepEqual(globs, ['**/.impact-lint.{json,jsonc,yaml,yml}', '**/*.{md,markdown,txt}']);
    // What the client then sends re-lints the document with the new config.
    const configUri = writeFile(dir, '.impact-lint.yaml', 'rules:\n  weak-opening: off\n');
    const since = client.mark();
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 1 }] });
    await client.diagnosticsWhere(uri, (ds) => ds.length > 0 && !ds.some((d) => d.code === 'weak-opening'), 'no weak-opening', since);
    assert.equal((await client.shutdown()).code, 0);
  });

  test('no file watchers are registered with a client that cannot take them', async () => {
    const dir = tempDir();
    const uri = writeFile(dir, 'resume.md', RESUME);
    const client = new Client();
    await client.initialize(dir);
    await client.open(uri, RESUME);
    await client.diagnosticsFor(uri, 1);
    assert.deepEqual(client.events.filter((e) => e.type === 'register').flatMap((e) => e.params.registrations).filter((r) => r.method === 'workspace/didChangeWatchedFiles'), []);
    assert.equal((await client.shutdown()).code, 0);
  });

  // Regression: a client without workspace/configuration could not set anything: the server
  // re-linted on didChangeConfiguration and dropped the settings it carried.
  test('a client without workspace/configuration sets rules through didChangeConfiguration', async () => {
    const dir = tempDir();
    const uri = writeFile(dir, 'resume.md', RESUME);
    const client = new Client({ capabilities: { workspace: { configuration: false } } });
    await client.initialize(dir);
    await client.open(uri, RESUME);
    assert.deepEqual(shape(await client.diagnosticsFor(uri, 1)), RESUME_FINDINGS);
    const since = client.mark();
    await client.notify('workspace/didChangeConfiguration', { settings: { impactLint: { debounceMs: 0, rules: { 'weak-opening': 'off' } } } });
    const diagnostics = await client.diagnosticsWhere(uri, (ds) => ds.length > 0 && !ds.some((d) => d.code === 'weak-opening'), 'no weak-opening', since);
    assert.deepEqual(shape(diagnostics), RESUME_FINDINGS.filter((f) => f[4] !== 'weak-opening'));
    assert.equal(client.events.filter((e) => e.type === 'configuration').length, 0, 'never asked for configuration');
    assert.equal((await client.shutdown()).code, 0);
  });

  test('a broken config gets a diagnostic on its own URI at the right line, cleared once fixed', async () => {
    const dir = tempDir();
    const uri = writeFile(dir, 'resume.md', RESUME);
    const broken = ['{', '  "rules": {', '    "weak-opening": "sometimes",', '    "missing-metric": "off"', '  }', '}', ''].join('\n');
    const configUri = writeFile(dir, '.impact-lint.json', broken);
    const client = new Client();
    await client.initialize(dir);
    await client.open(uri, RESUME);

    const problems = await client.diagnosticsFor(configUri, undefined);
    assert.equal(problems.length, 1, JSON.stringify(problems));
    assert.deepEqual(problems[0].range, { start: { line: 2, character: 4 }, end: { line: 2, character: 18 } }, 'the "weak-opening" key');
    assert.equal(problems[0].source, 'impact-lint');
    assert.match(problems[0].message, /severity of "weak-opening"/);
    // The valid part of the config still applies: missing-metric is off, weak-opening on.
    assert.deepEqual(shape(await client.diagnosticsFor(uri, 1)), RESUME_FINDINGS.filter((f) => f[4] === 'weak-opening'));

    // A JSON syntax error: reported where it is.
    fs.writeFileSync(path.join(dir, '.impact-lint.json'), ['{', '  "rules": {', '    "weak-opening": "off"', '    "missing-metric": "off"', '  }', '}', ''].join('\n'));
    let since = client.mark();
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
    const syntax = await client.diagnosticsWhere(configUri, (ds) => ds.some((d) => /Invalid JSON/.test(d.message)), 'an Invalid JSON problem', since);
    assert.ok(syntax.every((d) => /Invalid JSON/.test(d.message)), JSON.stringify(syntax));
    assert.equal(syntax[0].range.start.line, 3, `the missing comma is noticed at "missing-metric": ${JSON.stringify(syntax)}`);
    assert.match(syntax[0].message, /Invalid JSON/);

    // Fixed: the config's diagnostics are cleared and it applies.
    fs.writeFileSync(path.join(dir, '.impact-lint.json'), JSON.stringify({ rules: { 'weak-opening': 'off' } }));
    since = client.mark();
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
    await client.diagnosticsWhere(configUri, (ds) => ds.length === 0, 'no problems', since);
    await client.diagnosticsWhere(uri, (ds) => !ds.some((d) => d.code === 'weak-opening'), 'the fixed config applied', since);
    assert.equal((await client.shutdown()).code, 0);
  });

  test('deleting a broken config clears its diagnostics', async () => {
    const dir = tempDir();
    const uri = writeFile(dir, 'resume.md', RESUME);
    const configUri = writeFile(dir, '.impact-lint.json', '{ "rules": { "weak-opening": "sometimes" } }\n');
    const client = new Client();
    await client.initialize(dir);
    await client.open(uri, RESUME);
    assert.equal((await client.diagnosticsFor(configUri, undefined)).length, 1);

    fs.rmSync(path.join(dir, '.impact-lint.json'));
    const since = client.mark();
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 3 }] });
    // An edit, and its publish: every relint the deletion caused has published by then.
    const version = await client.change(uri, [{ range: { start: { line: 9, character: 24 }, end: { line: 9, character: 24 } }, text: ' queue' }]);
    assert.deepEqual(shape(await client.diagnosticsFor(uri, version, since)), RESUME_FINDINGS.map((f) => (f[0] === 9 ? [9, 2, 9, 30, f[4]] : f)));
    // The deleted file's problem must not linger in the Problems panel.
    const cleared = client.events.slice(since).filter((e) => e.type === 'diagnostics' && e.params.uri === configUri);
    assert.ok(
      cleared.length > 0 && cleared.at(-1).params.diagnostics.length === 0,
      `expected an empty publishDiagnostics for the deleted ${configUri}; got ${JSON.stringify(cleared.map((e) => e.params.diagnostics))} (its stale "severity" problem stays on screen)`,
    );
    assert.equal((await client.shutdown()).code, 0);
  });

  test('a document over maxFileSize gets empty diagnostics and one window/showMessage', async () => {
    const dir = tempDir();
    writeFile(dir, '.impact-lint.json', JSON.stringify({ maxFileSize: 100 }));
    const uri = writeFile(dir, 'resume.md', RESUME);
    const client = new Client();
    await client.initialize(dir);
    await client.open(uri, RESUME);
    assert.deepEqual(await client.diagnosticsFor(uri, 1), []);
    // The status notification is sent after any message of the same run.
    const first = await client.waitFor('status', (p) => p.uri === uri && p.skipped, 'a skipped status');
    assert.match(first.skipped, /maxFileSize/);
    const requests = client.events.filter((e) => e.type === 'showMessageRequest');
    assert.deepEqual(
      requests.map((e) => e.params.message),
      [],
      'the notice must be the window/showMessage notification: window/showMessageRequest is a request that waits for an answer (Neovim 0.7 blocks on it in inputlist(); a client that answers MethodNotFound crashes the server)',
    );
    const messages = client.events.filter((e) => e.type === 'showMessage');
    assert.equal(messages.length, 1, 'one window/showMessage');
    const [{ params: message }] = messages;
    assert.equal(message.type, 3, 'MessageType.Info');
    assert.match(message.message, /resume\.md/);
    assert.match(message.message, /maxFileSize \(100\)/);

    // Another edit, still too large: empty diagnostics again, no second message.
    const since = client.mark();
    const version = await client.change(uri, [{ range: { start: { line: 9, character: 24 }, end: { line: 9, character: 24 } }, text: ' queue' }]);
    assert.deepEqual(await client.diagnosticsFor(uri, version, since), []);
    // The status notification follows any message of the same run, so once it is here the run is over.
    await client.waitFor('status', (p) => p.uri === uri && p.skipped, 'a skipped status for the edit', since);
    assert.equal(client.events.filter((e) => e.type === 'showMessage' || e.type === 'showMessageRequest').length, 1, 'the notice is shown once per document');
    assert.equal((await client.shutdown()).code, 0);
  });

  test('maxFileSize counts bytes, as the CLI does: a short document of multi-byte text over the limit is skipped', async () => {
    // 88 characters, 148 UTF-8 bytes. The config says bytes ("maxFileSize" must be
    // a positive number of bytes) and the CLI compares the file's byte size.
    const dir = tempDir();
    writeFile(dir, '.impact-lint.json', JSON.stringify({ maxFileSize: 100 }));
    const text = `## Work\n\n- Responsible for ${'é'.repeat(60)}\n`;
    assert.ok(text.length <= 100 && Buffer.byteLength(text) > 100, 'test setup');
    const uri = writeFile(dir, 'resume.md', text);
    const cli = await new Promise((resolve) => {
      const child = spawn(process.execPath, [CLI, '--format', 'json', fileURLToPath(uri)], { cwd: dir });
      let out = '';
      child.stdout.on('data', (c) => (out += c));
      child.stderr.on('data', (c) => (out += c));
      child.on('exit', () => resolve(out));
    });
    assert.match(cli, /148 bytes is over maxFileSize \(100\)/, `the CLI skips it: ${cli}`);

    const client = new Client();
    await client.initialize(dir);
    await client.open(uri, text);
    const diagnostics = await client.diagnosticsFor(uri, 1);
    assert.deepEqual(shape(diagnostics), [], 'the server should skip what the CLI skips (it compares text.length, UTF-16 code units, with a byte limit)');
    assert.equal((await client.shutdown()).code, 0);
  });
});

// ---------------------------------------------------------------------------

describe('dist/server.js --stdio: clients that answer server requests with errors', () => {
  test('a client that does not implement window/showMessageRequest does not kill the server (over maxFileSize)', async () => {
    const dir = tempDir();
    writeFile(dir, '.impact-lint.json', JSON.stringify({ maxFileSize: 100 }));
    const big = writeFile(dir, 'resume.md', RESUME);
    const small = writeFile(dir, 'cv.md', '## Work\n\n- Helped migrate mail\n');
    const client = new Client({ answersShowMessageRequest: false });
    await client.initialize(dir);
    await client.open(big, RESUME);
    assert.deepEqual(await client.diagnosticsFor(big, 1), []);
    await client.open(small, '## Work\n\n- Helped migrate mail\n');
    assert.deepEqual(shape(await client.diagnosticsFor(small, 1)).map((f) => f[4]), ['weak-opening', 'missing-metric']);
    assert.equal((await client.shutdown()).code, 0);
  });

  test('a client that refuses client/registerCapability does not kill the server', async () => {
    // The client offers dynamic registration and then refuses it: the server must survive.
    const dir = tempDir();
    const uri = writeFile(dir, 'resume.md', RESUME);
    const client = new Client({ refuseRegistration: true });
    await client.initialize(dir);
    await client.open(uri, RESUME);
    assert.deepEqual(shape(await client.diagnosticsFor(uri, 1)), RESUME_FINDINGS);
    const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 6, character: 4 } });
    assert.match(hover.contents.value, /weak-opening/);
    assert.equal((await client.shutdown()).code, 0);
  });

  test('a client that never answers workspace/configuration still gets diagnostics, with the defaults, and a late answer applies', async () => {
    const dir = tempDir();
    const uri = writeFile(dir, 'resume.md', RESUME);
    let answer;
    const answered = new Promise((resolve) => (answer = resolve));
    const client = new Client({ settings: () => answered, env: { IMPACT_LINT_CONFIGURATION_TIMEOUT: '200' } });
    await client.initialize(dir);
    await client.open(uri, RESUME);
    assert.deepEqual(shape(await client.diagnosticsFor(uri, 1)), RESUME_FINDINGS, 'linted with the defaults once the wait is over');
    const warning = await client.waitFor('log', (p) => /did not answer workspace\/configuration/.test(p.message), 'the warning about the missing settings');
    assert.match(warning.message, /default settings/);
    // The answer arrives: its settings replace the defaults, without another edit.
    const since = client.mark();
    answer({ debounceMs: 0, rules: { 'weak-opening': 'off' } });
    const relinted = await client.diagnosticsWhere(uri, (d) => !d.some((x) => x.code === 'weak-opening'), 'no weak-opening', since);
    assert.deepEqual(shape(relinted), RESUME_FINDINGS.filter((f) => f[4] !== 'weak-opening'));
    assert.equal(client.events.filter((e) => e.type === 'log' && /did not answer/.test(e.params.message)).length, 1, 'warned once');
    assert.equal((await client.shutdown()).code, 0);
  });

  test('no client/registerCapability for didChangeConfiguration when the client does not offer dynamic registration', async () => {
    // Neovim 0.7 sends workspace.configuration = true with didChangeConfiguration.dynamicRegistration
    // = false and logs "triggers a registerCapability handler despite dynamicRegistration set to false".
    const dir = tempDir();
    const uri = writeFile(dir, 'resume.md', RESUME);
    const client = new Client({ capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } } } });
    await client.initialize(dir);
    await client.open(uri, RESUME);
    assert.deepEqual(shape(await client.diagnosticsFor(uri, 1)), RESUME_FINDINGS);
    // Registration would be sent right after `initialized`, long before this publish.
    assert.deepEqual(client.events.filter((e) => e.type === 'register').map((e) => e.params), [], 'no dynamic registration the client did not offer');
    assert.equal((await client.shutdown()).code, 0);
  });
});

// ---------------------------------------------------------------------------

describe('dist/server.js --stdio: rapid edits', () => {
  test('after a burst of incremental edits the last publish carries the latest version and its findings', async () => {
    const dir = tempDir();
    const uri = writeFile(dir, 'resume.md', RESUME);
    // A real debounce, so the burst lands inside it.
    const client = new Client({ settings: () => ({ debounceMs: 40 }) });
    await client.initialize(dir);
    await client.open(uri, RESUME);
    assert.deepEqual(shape(await client.diagnosticsFor(uri, 1)), RESUME_FINDINGS);

    // Type " by 40%" at the end of "- Reduced ticket backlog", one keystroke per didChange,
    // then rewrite line 6 in two steps. Intermediate versions have other findings.
    const since = client.mark();
    let version = 1;
    let character = 24;
    for (const ch of ' by 40%') {
      version = await client.change(uri, [{ range: { start: { line: 9, character }, end: { line: 9, character } }, text: ch }]);
      character++;
    }
    version = await client.change(uri, [{ range: { start: { line: 6, character: 2 }, end: { line: 6, character: 26 } }, text: 'M' }]);
    version = await client.change(uri, [{ range: { start: { line: 6, character: 3 }, end: { line: 6, character: 3 } }, text: 'anaged' }]);
    assert.equal(version, 10);
    assert.equal(client.text(uri).split('\n')[9], '- Reduced ticket backlog by 40%');
    assert.equal(client.text(uri).split('\n')[6], '- Managed the server upgrade');

    const latest = await client.diagnosticsFor(uri, version, since);
    const expected = [
      [6, 2, 6, 28, 'missing-metric'],
      [8, 2, 8, 19, 'weak-opening'],
      [8, 2, 8, 35, 'missing-metric'],
    ];
    assert.deepEqual(shape(latest), expected);

    // One more edit and its publish: anything the burst still had in flight was sent before it.
    version = await client.change(uri, [{ range: { start: { line: 8, character: 35 }, end: { line: 8, character: 35 } }, text: ' for 3 sites' }]);
    const final = await client.diagnosticsFor(uri, version, since);
    assert.deepEqual(shape(final), expected.filter((f) => f[0] !== 8 || f[4] !== 'missing-metric'));
    const versions = client.events.slice(since).filter((e) => e.type === 'diagnostics' && e.params.uri === uri).map((e) => e.params.version);
    for (let i = 1; i < versions.length; i++) assert.ok(versions[i] >= versions[i - 1], `publishes went back in version: ${versions}`);
    assert.equal(versions.at(-1), 11);
    assert.ok(!versions.includes(undefined), `every publish carries a version: ${versions}`);
    // The server's state is the latest text: a code action for the last diagnostic works.
    const weak = findDiagnostic(final, 'weak-opening', 8);
    const actions = await client.request('textDocument/codeAction', { textDocument: { uri }, range: weak.range, context: { diagnostics: [weak] } });
    assert.ok(actions.some((a) => a.isPreferred && a.edit.changes[uri][0].newText === 'Migrated'), JSON.stringify(actions.map((a) => a.title)));
    assert.equal((await client.shutdown()).code, 0);
  });
});

// ---------------------------------------------------------------------------

describe('dist/cli.js --stdio', () => {
  test('the CLI entry point runs the same language server', async () => {
    const dir = tempDir();
    const uri = writeFile(dir, 'resume.md', RESUME);
    const client = new Client({ command: [CLI, '--stdio'], cwd: dir });
    const result = await client.initialize(dir);
    assert.equal(result.serverInfo?.name, 'impact-lint');
    await client.open(uri, RESUME);
    const diagnostics = await client.diagnosticsFor(uri, 1);
    assert.deepEqual(shape(diagnostics), RESUME_FINDINGS);
    assert.ok(diagnostics.every((d) => d.source === 'impact-lint' && d.codeDescription.href.endsWith(`docs/rules/${d.code}.md`)));
    const { code } = await client.shutdown();
    assert.equal(code, 0, `exit code (stderr: ${client.stderr})`);
  });
});

// ---------------------------------------------------------------------------

describe('dist/server.js --stdio: a document that starts with a BOM', () => {
  // Regression: diagnostics on the first line were one character short of the text they
  // named, while the edits and the hover on that line counted the BOM (VS Code never
  // sends one; other editors may).
  test('ranges on the first line count the BOM, as the edits do, and code actions still find their finding', async () => {
    const dir = tempDir();
    const text = '\uFEFF# Jane Doe TBD\n\n## Experience\n\n- Responsible for managing the file servers\n';
    const uri = writeFile(dir, 'resume.md', text);
    const client = new Client();
    await client.initialize(dir);
    await client.open(uri, text);
    const diagnostics = await client.diagnosticsFor(uri, 1);
    const placeholder = findDiagnostic(diagnostics, 'placeholder-left', 0);
    assert.equal(text.split('\n')[0].slice(placeholder.range.start.character, placeholder.range.end.character), 'TBD');
    const weak = findDiagnostic(diagnostics, 'weak-opening', 4);
    assert.equal(text.split('\n')[4].slice(weak.range.start.character, weak.range.end.character), 'Responsible for managing', 'later lines are not shifted');
    const actions = await client.request('textDocument/codeAction', { textDocument: { uri }, range: placeholder.range, context: { diagnostics: [placeholder] } });
    const disable = actions.find((a) => a.title === 'Disable placeholder-left for this line');
    assert.ok(disable, `the diagnostic's finding is found: ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.deepEqual(disable.edit.changes[uri][0].range.start, { line: 0, character: text.split('\n')[0].length });
    assert.equal((await client.shutdown()).code, 0);
  });
});
