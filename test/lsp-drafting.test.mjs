// Protocol tests for drafting from the project log: spawn the BUILT language
// server (dist/server.js) and talk real JSON-RPC to it over stdio, with the
// client the protocol tests share (test/lsp-client.mjs). Every wait is on an
// event or a response with a timeout; no sleeps. Run `npm run build` first.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { engine, ROOT, tempDir } from './helpers.mjs';
import { Client, closeAll, writeFile } from './lsp-client.mjs';

const SERVER = path.join(ROOT, 'dist', 'server.js');
const TODAY = '2026-11-26';

if (!fs.existsSync(SERVER)) throw new Error('dist/server.js is missing: run `npm run build` before these tests.');


after(closeAll);

// ---------------------------------------------------------------------------

const LOG = fs.readFileSync(path.join(ROOT, 'examples', 'project-log.md'), 'utf8');
const RESUME = fs.readFileSync(path.join(ROOT, 'examples', 'resume.md'), 'utf8');
const RAID = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'drafting', 'raid-log.md'), 'utf8');
const lineOf = (text, needle) => text.slice(0, text.indexOf(needle)).split('\n').length - 1;

describe('dist/server.js --stdio: drafting from the project log', () => {
  const dir = tempDir();
  const logUri = writeFile(dir, 'project-log.md', LOG);
  const resumeUri = writeFile(dir, 'resume.md', RESUME);
  const raidUri = writeFile(dir, 'raid-log.md', RAID);
  const client = new Client({ settings: () => ({ debounceMs: 0, today: TODAY }) });
  const entryLine = lineOf(LOG, '## 2026-10-05');

  test('initialize and open the project log', async () => {
    await client.initialize(dir);
    await client.open(logUri, LOG);
    await client.diagnosticsFor(logUri, 1);
  });

  test('a log entry offers "Draft resume bullet" and "Draft STAR story" code actions that run the client commands', async () => {
    const position = { line: entryLine + 3, character: 4 };
    const actions = await client.request('textDocument/codeAction', { textDocument: { uri: logUri }, range: { start: position, end: position }, context: { diagnostics: [] } });
    const drafts = actions.filter((a) => a.kind === 'refactor.rewrite');
    assert.deepEqual(
      drafts.map((a) => [a.title, a.command.command, a.command.arguments]),
      [
        ['Draft resume bullet from this entry "Exchange Online cut-over"', 'impactLint.draftResumeBullet', [{ uri: logUri, position }]],
        ['Draft STAR story from this entry "Exchange Online cut-over"', 'impactLint.draftStarStory', [{ uri: logUri, position }]],
      ],
    );
    // Not in an entry, or when only quick fixes are asked for: none.
    const top = { line: 5, character: 0 };
    const none = await client.request('textDocument/codeAction', { textDocument: { uri: logUri }, range: { start: top, end: top }, context: { diagnostics: [] } });
    assert.deepEqual(none.filter((a) => a.kind === 'refactor.rewrite'), []);
    const quickfixOnly = await client.request('textDocument/codeAction', { textDocument: { uri: logUri }, range: { start: position, end: position }, context: { diagnostics: [], only: ['quickfix'] } });
    assert.deepEqual(quickfixOnly.filter((a) => a.kind === 'refactor.rewrite'), []);
    const refactor = await client.request('textDocument/codeAction', { textDocument: { uri: logUri }, range: { start: position, end: position }, context: { diagnostics: [], only: ['refactor'] } });
    assert.equal(refactor.length, 2);
  });

  test('a resume offers no drafting, even with the same dated entries in it', async () => {
    const asResume = LOG.replace('impact-lint: project-log', 'impact-lint: resume');
    const uri = writeFile(dir, 'entries-in-a-resume.md', asResume);
    await client.open(uri, asResume);
    await client.diagnosticsFor(uri, 1);
    const position = { line: entryLine + 3, character: 4 };
    const actions = await client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [] } });
    assert.deepEqual(actions.filter((a) => a.kind === 'refactor.rewrite'), []);
  });

  test('impactLint/draftFromLogEntry drafts what the engine drafts, from the open document', async () => {
    const position = { line: entryLine, character: 3 };
    const bullet = await client.request('impactLint/draftFromLogEntry', { uri: logUri, position, shape: 'bullet' });
    const expected = engine.draftFromLog(LOG, LOG.indexOf('## 2026-10-05') + 3, 'bullet', { today: TODAY });
    assert.deepEqual(bullet, { draft: expected.draft, entryTitle: 'Exchange Online cut-over', hasNumber: true, clean: true });
    const star = await client.request('impactLint/draftFromLogEntry', { uri: logUri, position, shape: 'star' });
    assert.match(star.draft, /^## Exchange Online cut-over\n\n\*\*Situation:\*\* /);
    assert.equal(star.clean, true);
    assert.equal(await client.request('impactLint/draftFromLogEntry', { uri: logUri, position: { line: 1, character: 0 }, shape: 'bullet' }), null);
  });

  test('impactLint/resumeRoles reads a resume from disk and says where a bullet goes', async () => {
    const roles = await client.request('impactLint/resumeRoles', { uri: resumeUri });
    assert.deepEqual(
      roles.map((r) => [r.title, r.bullets, r.position, r.prefix]),
      [
        ['Senior Systems Administrator, Northwind Logistics (2021 – present)', 8, { line: 25, character: 59 }, '\n- '],
        ['IT Support Analyst, Contoso Health (2017 – 2021)', 4, { line: 32, character: 57 }, '\n- '],
      ],
    );
    assert.deepEqual(await client.request('impactLint/resumeRoles', { text: '# Notes\n' }), []);
  });

  test('impactLint/statusReport builds the report from a RAID log on disk and the open project log', async () => {
    const report = await client.request('impactLint/statusReport', { raidUri, logUri, today: '2026-10-08' });
    assert.equal(report.rag, 'Amber');
    assert.equal(report.reason, engine.statusReport({ raid: RAID, log: LOG, today: '2026-10-08' }).reason);
    assert.match(report.markdown, /- Exchange Online cut-over: 1,200 mailboxes moved/);
    const now = await client.request('impactLint/statusReport', { raidUri, today: TODAY });
    assert.equal(now.reason, 'Amber: 2 high risks open, 1 overdue issue, 1 overdue assumption');
    assert.equal(await client.request('impactLint/statusReport', { raidUri: pathToFileURL(path.join(dir, 'missing.md')).toString() }), null);
  });

  test('shutdown', async () => {
    const { code } = await client.shutdown();
    assert.equal(code, 0);
  });
});
