// End-to-end tests that run INSIDE a real VS Code extension host, written once:
//  - offline: test/e2e/run.mjs (npm run test:e2e) through the harness in
//    test/e2e/harness/ (the VS Code server of code-server + headless Chromium);
//  - online: test/e2e/run-electron.mjs through @vscode/test-electron.
// The workspace is a temp copy of examples/ (tests write files into it).
// Every wait is on an event (onDidChangeDiagnostics, onDidChangeTextDocument,
// the client's onDidChangeState) under a deadline; nothing sleeps.
'use strict';
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');
const { EXTENSION_ID, runSuite, waitForEvent, waitForDiagnostics, waitForText, codeOf, codesOnLine, lineOf, openAndActivate } = require('./lib.cjs');

const FIX_ALL_KIND = vscode.CodeActionKind.Source.append('fixAll').append('impact-lint');
const CLIENT_RUNNING = 2; // vscode-languageclient's State.Running

/** Expected weak-opening / missing-metric findings in examples/resume.md, by bullet (other rules are not asserted here). */
const RESUME_EXPECTED = [
  ['Responsible for managing the Windows 11 rollout', ['missing-metric', 'weak-opening']],
  ['Led the migration of 1,200 mailboxes', []],
  ['Helped migrate 40 file servers', ['weak-opening']],
  ['Handled server upgrades and patching', ['missing-metric', 'weak-opening']],
  ['Coordinated a three-team office move', []],
  ['Backup monitoring for the head office', ['weak-opening']],
  ['Reduced P1 incident volume', ['missing-metric']],
  ['Cut average ticket resolution time from 9 hours to 3', []],
  ['Trained **25** new starters', []],
];
const TWO_RULES = new Set(['weak-opening', 'missing-metric']);

function root() {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder is open (the runner opens a temp copy of examples/)');
  return folder.uri.fsPath;
}

/** A fresh copy of the workspace's resume.md in `dir` (so tests do not see each other's edits). */
function resumeCopy(dir, extraFiles = {}) {
  const target = path.join(root(), dir);
  fs.mkdirSync(target, { recursive: true });
  fs.copyFileSync(path.join(root(), 'resume.md'), path.join(target, 'resume.md'));
  for (const [name, text] of Object.entries(extraFiles)) fs.writeFileSync(path.join(target, name), text);
  return vscode.Uri.file(path.join(target, 'resume.md'));
}

function emptyFile(dir, name) {
  const target = path.join(root(), dir);
  fs.mkdirSync(target, { recursive: true });
  fs.writeFileSync(path.join(target, name), '');
  return vscode.Uri.file(path.join(target, name));
}

const diagnosticAt = (list, code, line) => list.find((d) => codeOf(d) === code && d.range.start.line === line);
const hasCode = (code, line) => (list) => diagnosticAt(list, code, line) !== undefined;

/** The extension's own package.json (from the development folder or the installed extension). */
function manifest() {
  return vscode.extensions.getExtension(EXTENSION_ID).packageJSON;
}

/** The snippet files the extension contributes for Markdown, parsed. */
function contributedSnippets() {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  const entries = (manifest().contributes?.snippets ?? []).filter((s) => s.language === 'markdown');
  return entries.flatMap((entry) => {
    const file = path.join(ext.extensionPath, entry.path);
    assert.ok(fs.existsSync(file), `package.json contributes.snippets points to ${entry.path}, which is not in the extension`);
    const parsed = parseJsonc(fs.readFileSync(file, 'utf8'));
    return Object.entries(parsed).map(([name, s]) => ({ ...s, name, file: entry.path, prefixes: [s.prefix].flat(), body: [s.body].flat().join('\n') }));
  });
}

/** JSON with comments and trailing commas, as VS Code reads .code-snippets files. */
function parseJsonc(text) {
  try {
    return JSON.parse(text);
  } catch {
    const stripped = text.replace(/("(?:[^"\\]|\\.)*")|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, (m, str) => str ?? '').replace(/,(\s*[}\]])/g, '$1');
    return JSON.parse(stripped);
  }
}

/** `impact-lint: <kind>` from a snippet body's front matter. */
function kindOf(body) {
  return /^---\n(?:.*\n)*?impact-lint:\s*([\w-]+)/m.exec(body)?.[1];
}

/** The first heading of a snippet body, up to its first placeholder: what a template visibly inserts. */
function headingOf(body) {
  const line = body.split('\n').find((l) => /^#{1,6} /.test(l));
  return line?.split('$')[0].trimEnd();
}

const tests = [
  [
    'resume.md: diagnostics on the right lines, with rule codes, source and doc links',
    async () => {
      const uri = vscode.Uri.file(path.join(root(), 'resume.md'));
      const { document } = await openAndActivate(uri);
      const expected = RESUME_EXPECTED.map(([text, codes]) => [lineOf(document, text), codes]);
      const list = await waitForDiagnostics(
        uri,
        (l) => expected.every(([line, codes]) => codesOnLine(l, line).filter((c) => TWO_RULES.has(c)).join() === codes.join()),
        'weak-opening and missing-metric on exactly the expected bullets',
      );
      for (const [text, codes] of RESUME_EXPECTED) {
        const line = lineOf(document, text);
        for (const d of list.filter((x) => x.range.start.line === line && TWO_RULES.has(codeOf(x)))) {
          assert.equal(d.range.start.character, 2, `${codeOf(d)} on "${text}" starts after "- "`);
          assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
          assert.ok(d.message && !d.message.includes(codeOf(d)), `the message says it in words, without the id: ${d.message}`);
          assert.ok(typeof d.code === 'object' && d.code.target, `${codeOf(d)} has a codeDescription link`);
          assert.match(d.code.target.toString(), new RegExp(`/docs/rules/${codeOf(d)}\\.md$`), 'the link is the rule page');
        }
        assert.ok(codes.length === 0 || codesOnLine(list, line).length, text);
      }
      const weak = diagnosticAt(list, 'weak-opening', lineOf(document, 'Responsible for managing'));
      assert.match(weak.message, /Responsible for/);
    },
  ],
  [
    'language status: the extension API reports kind resume and the finding count',
    async () => {
      const uri = vscode.Uri.file(path.join(root(), 'resume.md'));
      const { api } = await openAndActivate(uri);
      const list = await waitForDiagnostics(uri, (l) => l.length > 0, 'diagnostics');
      // The status notification follows the diagnostics it counts.
      const status = await waitForEvent(vscode.languages.onDidChangeDiagnostics, () => api.status(uri), 'a status for resume.md', { timeoutMs: 5000 });
      assert.equal(status.kind, 'resume', JSON.stringify(status));
      assert.equal(status.kindSource, 'front matter', JSON.stringify(status));
      const findings = list.filter((d) => codeOf(d) !== undefined).length;
      assert.equal(status.errors + status.warnings + status.infos, findings, `status counts ${JSON.stringify(status)} vs ${findings} diagnostics`);
    },
  ],
  [
    'quick fix: the preferred fix changes the text as its title promises and the diagnostic goes away',
    async () => {
      const uri = resumeCopy('quick-fix');
      const { document } = await openAndActivate(uri);
      const line = lineOf(document, 'Responsible for managing the Windows 11 rollout');
      const list = await waitForDiagnostics(uri, hasCode('weak-opening', line), 'weak-opening on the "Responsible for" bullet');
      const diagnostic = diagnosticAt(list, 'weak-opening', line);
      const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
      // Other rules may offer their own preferred fix on the same bullet; this one is about "Responsible for".
      const preferred = actions.filter((a) => a.isPreferred && /"Responsible for/.test(a.title));
      assert.equal(preferred.length, 1, `one preferred fix for the weak opening among: ${actions.map((a) => `${a.title}${a.isPreferred ? ' (preferred)' : ''}`).join(' | ')}`);
      const fix = preferred[0];
      const promise = /^Replace "(.+)" with "(.+)"$/.exec(fix.title);
      assert.ok(promise, `the title says what it does: ${fix.title}`);
      const before = document.lineAt(line).text;
      assert.ok(before.includes(promise[1]), `"${before}" contains "${promise[1]}"`);
      const changed = waitForText(document, (t) => t.split('\n')[line] !== before, 'the fix to apply');
      assert.ok(await vscode.workspace.applyEdit(fix.edit), 'applyEdit');
      if (fix.command) await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
      await changed;
      assert.equal(document.lineAt(line).text, before.replace(promise[1], promise[2]));
      assert.equal(document.lineAt(line).text, '- Managed the Windows 11 rollout across the head office');
      // Re-linted: missing-metric is still there (so this is a fresh lint, not a cleared list), weak-opening is gone.
      await waitForDiagnostics(uri, (l) => hasCode('missing-metric', line)(l) && !hasCode('weak-opening', line)(l), 'weak-opening gone, missing-metric kept on the fixed line');
    },
  ],
  [
    'fix all: the source.fixAll.impact-lint action applies every safe fix',
    async () => {
      const uri = resumeCopy('fix-all');
      const { document } = await openAndActivate(uri);
      const lines = {
        responsible: lineOf(document, 'Responsible for managing the Windows 11 rollout'),
        helped: lineOf(document, 'Helped migrate 40 file servers'),
        handled: lineOf(document, 'Handled server upgrades'),
      };
      await waitForDiagnostics(uri, (l) => hasCode('weak-opening', lines.responsible)(l) && hasCode('weak-opening', lines.helped)(l), 'the weak openings');
      const whole = new vscode.Range(0, 0, document.lineCount, 0);
      const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, whole, FIX_ALL_KIND.value);
      const fixAll = actions.filter((a) => a.kind && FIX_ALL_KIND.contains(a.kind));
      assert.equal(fixAll.length, 1, `one ${FIX_ALL_KIND.value} action among: ${actions.map((a) => `${a.title} [${a.kind?.value}]`).join(' | ')}`);
      const changed = waitForText(document, (t) => !t.includes('Responsible for managing the Windows 11'), 'fix all to apply');
      assert.ok(await vscode.workspace.applyEdit(fixAll[0].edit), 'applyEdit');
      await changed;
      // Fixes of other rules may touch the rest of these bullets; the openings are weak-opening's.
      assert.match(document.lineAt(lines.responsible).text, /^- Managed the Windows 11 rollout\b/);
      // "Helped migrate" is offered "Migrated" but not rewritten: how much of it was the person's is theirs to say.
      assert.match(document.lineAt(lines.helped).text, /^- Helped migrate 40 file servers\b/, 'a rewrite after help is not applied');
      assert.equal(document.lineAt(lines.handled).text, '- Handled server upgrades and patching', 'a finding with only suggestions is left alone');
      await waitForDiagnostics(
        uri,
        (l) => !hasCode('weak-opening', lines.responsible)(l) && hasCode('weak-opening', lines.helped)(l) && hasCode('weak-opening', lines.handled)(l),
        'the fixed weak opening gone, those not fixed kept',
      );
    },
  ],
  [
    'hover: a finding explains itself, with the rule, a before/after and the doc link',
    async () => {
      const uri = resumeCopy('hover');
      const { document } = await openAndActivate(uri);
      const line = lineOf(document, 'Helped migrate 40 file servers');
      await waitForDiagnostics(uri, hasCode('weak-opening', line), 'weak-opening on "Helped"');
      const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, new vscode.Position(line, 4));
      const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
      assert.match(text, /\*\*weak-opening\*\*/, `hover text:\n${text}`);
      assert.match(text, /"Helped" describes a duty/);
      assert.match(text, /Before: .*\n\nAfter: /);
      assert.match(text, /\[Rule documentation\]\(.*weak-opening\.md\)/);
    },
  ],
  [
    'config: editing .impact-lint.json turns a rule off and on without a restart',
    async () => {
      const uri = resumeCopy('config', { '.impact-lint.json': '{\n  "rules": { "missing-metric": "warning" }\n}\n' });
      const { document, api } = await openAndActivate(uri);
      const pidBefore = await api.serverPid();
      const line = lineOf(document, 'Reduced P1 incident volume');
      const weakLine = lineOf(document, 'Helped migrate 40 file servers');
      await waitForDiagnostics(uri, hasCode('missing-metric', line), 'missing-metric with the rule on');

      const configUri = vscode.Uri.file(path.join(path.dirname(uri.fsPath), '.impact-lint.json'));
      const setSeverity = async (from, to) => {
        const config = await vscode.workspace.openTextDocument(configUri);
        const editor = await vscode.window.showTextDocument(config);
        const start = config.getText().indexOf(`"${from}"`);
        assert.ok(start >= 0, `"${from}" in ${config.getText()}`);
        await editor.edit((e) => e.replace(new vscode.Range(config.positionAt(start), config.positionAt(start + from.length + 2)), `"${to}"`));
        assert.ok(await config.save(), 'saved the config file');
      };

      await setSeverity('warning', 'off');
      await waitForDiagnostics(uri, (l) => !l.some((d) => codeOf(d) === 'missing-metric') && hasCode('weak-opening', weakLine)(l), 'no missing-metric after turning it off, weak-opening kept');
      await setSeverity('off', 'error');
      const list = await waitForDiagnostics(uri, hasCode('missing-metric', line), 'missing-metric back after turning it on');
      assert.equal(diagnosticAt(list, 'missing-metric', line).severity, vscode.DiagnosticSeverity.Error, 'with the new severity');
      assert.equal(await api.serverPid(), pidBefore, 'the same server process (no restart)');
    },
  ],
  [
    'crash: a killed server is restarted and lints again',
    async () => {
      const uri = resumeCopy('crash');
      const { document, editor, api } = await openAndActivate(uri);
      await waitForDiagnostics(uri, (l) => l.some((d) => codeOf(d) === 'weak-opening'), 'diagnostics before the crash');
      const pid = await api.serverPid();
      assert.ok(Number.isInteger(pid) && pid > 0 && pid !== process.pid, `a server pid (${pid}), not the extension host's`);
      // The client starts the server with glibc's mmap threshold fixed (server/src/shared/launch.ts).
      const environ = `/proc/${pid}/environ`;
      const threshold = `MALLOC_MMAP_THRESHOLD_=${process.env.MALLOC_MMAP_THRESHOLD_ ?? '131072'}`;
      if (fs.existsSync(environ)) assert.ok(fs.readFileSync(environ, 'utf8').split('\0').includes(threshold), `the server runs with ${threshold}`);
      const client = api.client;
      const left = waitForEvent((listener) => client.onDidChangeState(listener), () => client.state !== CLIENT_RUNNING, 'the client to notice the crash', { timeoutMs: 30_000 });
      process.kill(pid, 'SIGKILL');
      await left;
      await waitForEvent((listener) => client.onDidChangeState(listener), () => client.state === CLIENT_RUNNING, 'the client to restart the server', { timeoutMs: 30_000 });
      const newPid = await api.serverPid();
      assert.ok(newPid && newPid !== pid, `a new server process (${pid} -> ${newPid})`);
      assert.throws(() => process.kill(pid, 0), 'the old server is gone');
      // The new server lints the open document, including an edit made after the restart.
      const after = lineOf(document, 'Led the migration of 1,200 mailboxes');
      await editor.edit((e) => e.insert(new vscode.Position(after + 1, 0), '- Responsible for the printer fleet\n'));
      await waitForDiagnostics(uri, hasCode('weak-opening', after + 1), 'weak-opening on a bullet typed after the restart');
    },
  ],
  [
    'templates: a template inserts through its command palette command',
    async () => {
      const contributed = manifest().contributes?.commands ?? [];
      const entry = contributed.find((c) => /template/i.test(c.command) && /^insert/i.test(c.title));
      assert.ok(entry, `package.json contributes no "Insert Template" command; contributes.commands: ${contributed.map((c) => c.command).join(', ')}`);
      assert.ok((await vscode.commands.getCommands(true)).includes(entry.command), `${entry.command} is contributed in package.json but not registered by the extension (is registerCommands called from activate?)`);

      const uri = emptyFile('template-command', 'notes.md');
      const { document } = await openAndActivate(uri);
      const label = `${entry.category ? `${entry.category}: ` : ''}${entry.title}`;
      // The palette, as a user: ">Impact Lint: Insert Template...", Enter; then Enter on the first template.
      await vscode.commands.executeCommand('workbench.action.quickOpen', `>${label}`);
      const inserted = waitForText(document, (t) => t.trim().length > 0, `a template inserted by "${label}"`);
      let done = false;
      void inserted.then(
        () => (done = true),
        () => (done = true),
      );
      // There is no event for "a quick pick is showing": accept whatever is selected until the text arrives.
      for (let i = 0; !done && i < 400; i++) {
        await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
        await Promise.race([inserted.catch(() => undefined), new Promise((r) => setTimeout(r, 50))]);
      }
      const text = await inserted;
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      // A document template: front matter naming its kind, then a heading.
      const kind = kindOf(text);
      assert.ok(kind, `the inserted text starts with front matter "impact-lint: <kind>":\n${text.slice(0, 400)}`);
      const heading = text.split('\n').find((l) => /^# \S/.test(l));
      assert.ok(heading, `the inserted text has a title heading:\n${text.slice(0, 400)}`);
      console.log(`  (inserted "${heading}" (${kind}) through the palette entry "${label}")`);
      // And Impact Lint now reads the document as that kind.
      const { api } = await openAndActivate(uri);
      await waitForEvent(vscode.languages.onDidChangeDiagnostics, () => api.status(uri)?.kind === kind, `status kind ${kind}`, {
        describe: () => JSON.stringify(api.status(uri)),
      });
    },
  ],
  [
    'templates: a template inserts through its snippet prefix',
    async () => {
      const snippets = contributedSnippets();
      assert.ok(snippets.length, `package.json contributes no Markdown snippets; contributes.snippets: ${JSON.stringify(manifest().contributes?.snippets ?? [])}`);
      const snippet = snippets.find((s) => s.isFileTemplate && kindOf(s.body) === 'raid-log') ?? snippets.find((s) => s.isFileTemplate) ?? snippets[0];
      const prefix = snippet.prefixes[0];
      const uri = emptyFile('template-snippet', 'notes.md');
      const { document, editor } = await openAndActivate(uri);
      await editor.edit((e) => e.insert(new vscode.Position(0, 0), prefix));
      // Typing the prefix offers the snippet in the suggestions ...
      const completions = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', uri, new vscode.Position(0, prefix.length));
      const item = completions.items.find((i) => i.kind === vscode.CompletionItemKind.Snippet && (typeof i.label === 'string' ? i.label : i.label.label) === prefix);
      assert.ok(item, `a snippet suggestion "${prefix}" (${snippet.name}); snippet suggestions: ${completions.items.filter((i) => i.kind === vscode.CompletionItemKind.Snippet).map((i) => (typeof i.label === 'string' ? i.label : i.label.label)).join(', ') || 'none'}`);
      // ... and accepting it inserts the contributed body (the snippet service looks it up by name).
      editor.selection = new vscode.Selection(0, 0, 0, prefix.length);
      await vscode.commands.executeCommand('editor.action.insertSnippet', { name: snippet.name });
      const text = document.getText();
      assert.ok(!text.startsWith(prefix) || text.length > prefix.length + 1, `the snippet "${snippet.name}" was inserted; text: ${JSON.stringify(text.slice(0, 200))}`);
      const heading = headingOf(snippet.body);
      if (heading) assert.ok(text.includes(heading), `its heading "${heading}" in:\n${text.slice(0, 400)}`);
      const firstLine = snippet.body.split('\n')[0].split('$')[0];
      assert.ok(text.startsWith(firstLine), `starts like the snippet body ("${firstLine}"): ${JSON.stringify(text.slice(0, 120))}`);
      await vscode.commands.executeCommand('leaveSnippet');
    },
  ],
  [
    'completion: strong verbs at the start of a resume bullet, grouped, from the language server',
    async () => {
      const uri = resumeCopy('completion');
      const { document, editor } = await openAndActivate(uri);
      await waitForDiagnostics(uri, (l) => l.length > 0, 'the copy is linted');
      const after = lineOf(document, 'Led the migration of 1,200 mailboxes');
      await editor.edit((e) => e.insert(new vscode.Position(after + 1, 0), '- \n'));
      const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', uri, new vscode.Position(after + 1, 2));
      const labelOf = (i) => (typeof i.label === 'string' ? i.label : i.label.label);
      const ours = list.items.filter((i) => /Leading|Delivering|Improving|Saving|Stakeholders/.test(`${i.detail ?? ''} ${typeof i.label === 'string' ? '' : (i.label.description ?? i.label.detail ?? '')}`));
      assert.ok(ours.length >= 10, `action verbs offered with their group; got: ${list.items.slice(0, 15).map(labelOf).join(', ')}`);
      assert.ok(ours.some((i) => labelOf(i) === 'Led') || ours.some((i) => labelOf(i) === 'Delivered'), ours.slice(0, 20).map(labelOf).join(', '));
      assert.ok(!ours.some((i) => /^(Handled|Responsible)/.test(labelOf(i))), 'no weak openings offered');
    },
  ],
  [
    'language status: a resume gets a 0-100 score with its breakdown',
    async () => {
      const uri = vscode.Uri.file(path.join(root(), 'resume.md'));
      const { api } = await openAndActivate(uri);
      const status = await waitForEvent(vscode.languages.onDidChangeDiagnostics, () => (typeof api.status(uri)?.score === 'number' ? api.status(uri) : undefined), 'a score for resume.md', {
        describe: () => JSON.stringify(api.status(uri)),
      });
      assert.ok(status.score >= 0 && status.score <= 100, JSON.stringify(status));
      assert.ok(Array.isArray(status.scoreBreakdown) && status.scoreBreakdown.some((p) => p.id === 'metrics'), JSON.stringify(status.scoreBreakdown));
      assert.equal(status.scoreBreakdown.reduce((n, p) => n + p.points, 0), status.score, 'the parts add up to the score');
    },
  ],
  [
    'drafting: a bullet drafted from a log entry (code action, input box, role) lands in the resume and lints clean',
    async () => {
      const dir = path.join(root(), 'drafting');
      fs.mkdirSync(dir, { recursive: true });
      for (const name of ['project-log.md', 'resume.md', 'job-description.md']) fs.copyFileSync(path.join(root(), name), path.join(dir, name));
      const logUri = vscode.Uri.file(path.join(dir, 'project-log.md'));
      const resumeUri = vscode.Uri.file(path.join(dir, 'resume.md'));
      const { document: log } = await openAndActivate(logUri);
      await waitForDiagnostics(logUri, (l) => l.length > 0, 'the log is linted');
      const entry = lineOf(log, '## 2026-10-05 Exchange Online cut-over');
      const position = new vscode.Position(entry + 2, 4);
      // The light bulb on a log entry offers the draft.
      const offered = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', logUri, new vscode.Range(position, position));
      const actions = offered?.find((a) => /resume bullet/i.test(a.title));
      assert.ok(actions, `a "Draft resume bullet" code action on the entry; offered: ${(offered ?? []).map((a) => a.title).join(' | ')}`);
      assert.equal(actions.command?.command, 'impactLint.draftResumeBullet', JSON.stringify(actions.command));
      // Run it as the user would, with the resume and role given so no picker opens; the input box shows the draft.
      const args = { ...(actions.command.arguments?.[0] ?? {}), uri: logUri.toString(), position: { line: position.line, character: position.character }, resumeUri: resumeUri.toString(), role: 0 };
      let settled = false;
      const running = Promise.resolve(vscode.commands.executeCommand('impactLint.draftResumeBullet', args)).finally(() => (settled = true));
      // There is no event for "an input box is showing": accept until the command finishes.
      for (let i = 0; !settled && i < 400; i++) {
        await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
        await Promise.race([running.catch(() => undefined), new Promise((r) => setTimeout(r, 50))]);
      }
      const placed = await running;
      assert.ok(placed && placed.resumeUri === resumeUri.toString(), `the bullet went into the resume: ${JSON.stringify(placed)}`);
      const resume = await vscode.workspace.openTextDocument(resumeUri);
      const bullet = resume.lineAt(placed.line).text;
      assert.match(bullet, /^\s*- \S/, `a bullet line: ${JSON.stringify(bullet)}`);
      assert.match(bullet, /1,200/, `the entry's number is kept: ${bullet}`);
      console.log(`  (drafted: ${bullet.trim()})`);
      await waitForDiagnostics(resumeUri, (l) => l.length > 0, 'the resume is linted after the insert');
      const list = await waitForDiagnostics(resumeUri, (l) => codesOnLine(l, placed.line).length === 0, `no finding on the drafted bullet (line ${placed.line + 1})`);
      assert.deepEqual(codesOnLine(list, placed.line), []);
    },
  ],
  [
    'drafting: a STAR story from a log entry goes into the STAR file and lints clean',
    async () => {
      const dir = path.join(root(), 'drafting-star');
      fs.mkdirSync(dir, { recursive: true });
      fs.copyFileSync(path.join(root(), 'project-log.md'), path.join(dir, 'project-log.md'));
      const logUri = vscode.Uri.file(path.join(dir, 'project-log.md'));
      const starUri = vscode.Uri.file(path.join(dir, 'star-stories.md'));
      const { document: log } = await openAndActivate(logUri);
      const entry = lineOf(log, '## 2026-10-05 Exchange Online cut-over');
      const placed = await vscode.commands.executeCommand('impactLint.draftStarStory', { uri: logUri.toString(), position: { line: entry + 2, character: 4 }, starUri: starUri.toString() });
      assert.ok(placed, 'the command placed a story');
      const star = await vscode.workspace.openTextDocument(starUri);
      const text = star.getText();
      for (const part of ['Situation', 'Task', 'Action', 'Result']) assert.match(text, new RegExp(part), `${part} in:\n${text}`);
      const { api } = await openAndActivate(starUri);
      await waitForEvent(vscode.languages.onDidChangeDiagnostics, () => api.status(starUri)?.kind === 'star-stories', 'the STAR file is linted as star-stories', { describe: () => JSON.stringify(api.status(starUri)) });
      const list = vscode.languages.getDiagnostics(starUri).filter((d) => /^star-/.test(codeOf(d)));
      assert.deepEqual(list.map((d) => `${codeOf(d)}: ${d.message}`), [], text);
    },
  ],
  [
    'status report from the RAID log: open items by severity, overdue, a suggested RAG with its reason',
    async () => {
      const raidUri = vscode.Uri.file(path.join(root(), 'raid-log.md'));
      const logUri = vscode.Uri.file(path.join(root(), 'project-log.md'));
      await openAndActivate(raidUri);
      const report = await vscode.commands.executeCommand('impactLint.statusReportFromRaid', { raidUri: raidUri.toString(), logUri: logUri.toString(), today: '2026-11-27' });
      assert.ok(report?.uri, `a report opened in an editor: ${JSON.stringify(report)?.slice(0, 300)}`);
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === report.uri);
      const text = document.getText();
      assert.match(text, /I-01/, 'the overdue issue is listed');
      assert.match(text, /\b(Red|Amber|Green)\b/, 'a RAG');
      assert.match(report.reason ?? '', /overdue|risk|issue/i, `the reason says why: ${report.reason}`);
      console.log(`  (suggested: ${report.reason})`);
    },
  ],
  [
    'tailoring: saving the job description updates the open resume\'s coverage (file watcher)',
    async () => {
      const dir = path.join(root(), 'tailor-watch');
      fs.mkdirSync(dir, { recursive: true });
      for (const name of ['resume.md', 'job-description.md']) fs.copyFileSync(path.join(root(), name), path.join(dir, name));
      const uri = vscode.Uri.file(path.join(dir, 'resume.md'));
      const { api } = await openAndActivate(uri);
      const first = await waitForEvent(vscode.languages.onDidChangeDiagnostics, () => api.status(uri)?.coverage, 'coverage of the copied resume', { describe: () => JSON.stringify(api.status(uri)) });
      assert.ok(!first.missing.includes('Kubernetes'), first.missing.join(', '));
      // Another program (or another editor) changes the job description on disk.
      fs.appendFileSync(path.join(dir, 'job-description.md'), '\n## Must have\n\n- Kubernetes and Terraform in production\n');
      // The status notification follows the diagnostics; it has no event of its own, so also look every 200 ms.
      const diagnosticsOrTick = (listener) => {
        const subscription = vscode.languages.onDidChangeDiagnostics(listener);
        const timer = setInterval(listener, 200);
        return { dispose: () => (clearInterval(timer), subscription.dispose()) };
      };
      const updated = await waitForEvent(diagnosticsOrTick, () => (api.status(uri)?.coverage?.missing.includes('Kubernetes') ? api.status(uri).coverage : undefined), 'Kubernetes among the missing terms after the job description changed', {
        timeoutMs: 30_000,
        describe: () => JSON.stringify(api.status(uri)?.coverage?.missing),
      });
      assert.ok(updated.terms > first.terms, `${first.terms} -> ${updated.terms} terms`);
    },
  ],
  [
    'compare with job description: coverage and the missing terms, shown beside the resume',
    async () => {
      const resumeUri = vscode.Uri.file(path.join(root(), 'resume.md'));
      const jobUri = vscode.Uri.file(path.join(root(), 'job-description.md'));
      await openAndActivate(resumeUri);
      const result = await vscode.commands.executeCommand('impactLint.compareWithJobDescription', { resumeUri: resumeUri.toString(), jobUri: jobUri.toString() });
      assert.ok(result && !result.error, JSON.stringify(result)?.slice(0, 300));
      const shown = vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'untitled' && d.getText() === result.markdown);
      assert.ok(shown, 'the comparison opened as a Markdown page');
      assert.match(result.markdown, /stakeholder management/i, 'a term a person would name as missing');
      assert.match(result.markdown, /\d+%/, 'a coverage figure');
    },
  ],
];

async function run() {
  await runSuite('e2e', tests);
}

module.exports = { run };
