// Templates: every built-in template, expanded with its defaults, lints with
// nothing but placeholder-left; filled in (test/fixtures/templates/<id>.md, each
// proved to be a filling of its template) it lints clean. Plus the pure logic
// behind the commands: snippet expansion, variables, file names, the project
// log and the user's own templates.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { engine, importTs, ROOT } from './helpers.mjs';

const scratch = mkdtempSync(join(tmpdir(), 'impact-lint-templates-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

// The template modules are TypeScript without the `vscode` API: bundled for Node.
const t = await importTs('client/src/templates/index.ts');

const TODAY = '2026-03-02';
const NOW = new Date(2026, 2, 2, 9, 30);
const VARIABLES = t.dateVariables(NOW);
const LINT = { today: TODAY };
const PLACEHOLDER_RULE = 'placeholder-left';
const placeholderRuleExists = engine.ruleById(PLACEHOLDER_RULE) !== undefined;

const templates = t.parseSnippetFile(readFileSync(join(ROOT, 'snippets/templates.code-snippets'), 'utf8'));
const directives = JSON.parse(readFileSync(join(ROOT, 'snippets/directives.code-snippets'), 'utf8'));

/** Every template the issue asks for, by id, with the kind its front matter names (none: inserted into a project log). */
const EXPECTED = {
  'raid-log': 'raid-log',
  'raid-registers': 'raid-log',
  'status-report': 'status-report',
  'star-story': 'star-stories',
  'car-story': 'star-stories',
  'stakeholder-register': 'stakeholder-register',
  wbs: 'wbs',
  'change-request': 'change-log',
  'change-log': 'change-log',
  'decision-log': 'decision-log',
  'meeting-agenda': 'meeting-notes',
  'meeting-minutes': 'meeting-notes',
  'lessons-learned': 'lessons-learned',
  charter: 'charter',
  'gantt-plan': 'wbs',
  'log-entry': undefined,
  resume: 'resume',
  'skills-audit': 'project-log',
};

/**
 * Placeholder text as PRODUCT.md section 4.2 describes it: [Owner], <date>,
 * YYYY-MM-DD, TBD, TODO, ${...}, lorem ipsum. Links, task boxes and fenced code
 * (Mermaid's `dateFormat YYYY-MM-DD`) are not placeholders.
 */
const PLACEHOLDER = /\[(?![ xX]\])[^\]\n]*\](?![([:])|<(?:date|owner|name|tbd)>|\bYYYY(?:-MM(?:-DD)?)?\b|\bTBD\b|\bTODO\b|\$\{|lorem ipsum/gi;

function placeholderMatches(text) {
  const prose = text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, (block) => block.replace(/[^\n]/g, ' '));
  return [...prose.matchAll(PLACEHOLDER)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

const placeholdersIn = (text) => placeholderMatches(text).map((m) => m.text);

const escapeRe = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A RegExp that matches exactly the texts a snippet can become: literal text as
 * is, variables as their values, each tab stop as one line of non-empty text (a
 * choice: one of its choices), a repeated stop as the same text again. Group
 * `s<N>` is tab stop N.
 */
function templatePattern(body, { anchored = true } = {}) {
  const seen = new Set();
  let source = '';
  const visit = (nodes) => {
    for (const node of nodes) {
      if (node.type === 'text') source += escapeRe(node.value);
      else if (node.type === 'variable') source += escapeRe(VARIABLES[node.name] ?? '');
      else if (node.index === 0) visit(node.children ?? []);
      else if (seen.has(node.index)) source += `\\k<s${node.index}>`;
      else {
        seen.add(node.index);
        source += node.choices ? `(?<s${node.index}>${node.choices.map(escapeRe).join('|')})` : `(?<s${node.index}>[^\\n]+?)`;
      }
    }
  };
  visit(t.parseSnippet(body));
  return new RegExp(anchored ? `^${source}$` : `(?:^|\\n)${source}`, 'd');
}

/**
 * A template expanded with its defaults, with the span of every tab-stop
 * occurrence (mirrors included) in the expanded text.
 */
function expandWithSpans(body, values = {}) {
  const marked = {};
  for (const stop of t.tabStops(body)) marked[stop.index] = `\uE000${stop.index}\uE001${values[stop.index] ?? stop.defaultText}\uE002`;
  const raw = t.expandSnippet(body, { variables: VARIABLES, values: marked });
  const spans = [];
  let text = '';
  for (const part of raw.split(/(\uE000\d+\uE001|\uE002)/)) {
    const open = /^\uE000(\d+)\uE001$/.exec(part);
    if (open) spans.push({ index: Number(open[1]), start: text.length, end: -1 });
    else if (part === '\uE002') spans.findLast((span) => span.end === -1).end = text.length;
    else text += part;
  }
  return { text, spans };
}

/** The document a template becomes: its expansion, or (the log entry) a new project log holding it, as Add Log Entry writes it. */
function documentOf(template, expanded) {
  if (template.document) return { text: expanded, offset: 0 };
  const log = t.newProjectLogText({});
  const plan = t.planLogEntry(log, `${t.escapeSnippetText(expanded.replace(/\n$/, ''))}\n$0`);
  const snippet = t.expandSnippet(plan.snippet);
  return { text: log.slice(0, plan.start) + snippet + log.slice(plan.end), offset: plan.start + snippet.indexOf(expanded.split('\n')[0]) };
}

const describeFinding = (text, f) => `${f.start.line + 1}:${f.start.character + 1} ${f.ruleId}: ${f.message} [${text.slice(f.span.start, f.span.end)}]`;

describe('built-in templates', () => {
  it('include every template the issue lists, and nothing unnamed', () => {
    assert.deepEqual(templates.map((x) => x.id).sort(), Object.keys(EXPECTED).sort());
  });

  it('have unique "il-" prefixes, a description and a body', () => {
    const prefixes = templates.flatMap((x) => JSON.parse(readFileSync(join(ROOT, 'snippets/templates.code-snippets'), 'utf8'))[x.name].prefix);
    assert.equal(new Set(prefixes).size, prefixes.length, 'a prefix is used twice');
    for (const template of templates) {
      assert.ok(template.description.length > 20, `${template.id}: no description`);
      assert.ok(template.body.includes('$0'), `${template.id}: no final tab stop`);
    }
  });

  for (const template of templates) {
    describe(template.name, () => {
      const defaults = t.expandSnippet(template.body, { variables: VARIABLES });
      const doc = documentOf(template, defaults);
      const fixturePath = join(ROOT, 'test/fixtures/templates', `${template.id}.md`);
      const filled = readFileSync(fixturePath, 'utf8');
      const pattern = templatePattern(template.body, { anchored: template.document });

      it(`names its kind in front matter (${EXPECTED[template.id] ?? 'none: a project-log entry'})`, () => {
        assert.equal(template.kind, EXPECTED[template.id]);
        assert.equal(template.document, template.kind !== undefined, 'documents (and only they) are file templates');
        const result = engine.lint(doc.text, LINT);
        assert.equal(result.kind.kind, template.kind ?? 'project-log');
        assert.equal(result.kind.source, 'front matter');
      });

      it('parses completely: no stray snippet syntax in the expansion', () => {
        assert.doesNotMatch(defaults, /\$\{|\$[A-Z_]{3,}|\$\d/);
        assert.ok(t.tabStops(template.body).length >= 2, 'a template without tab stops');
      });

      it('expanded with its defaults, lints with nothing but placeholder-left', () => {
        const result = engine.lint(doc.text, LINT);
        assert.deepEqual(result.crashed, []);
        assert.deepEqual(result.problems.map((p) => p.message), []);
        const others = result.findings.filter((f) => f.ruleId !== PLACEHOLDER_RULE);
        assert.deepEqual(others.map((f) => describeFinding(doc.text, f)), []);
        assert.ok(placeholdersIn(defaults).length > 0, 'no recognizable placeholder to fill');
      });

      it('marks what to fill with placeholders the linter recognizes, and only inside tab stops', () => {
        assert.ok(pattern.exec(defaults), 'the template does not match its own expansion');
        const { text, spans } = expandWithSpans(template.body);
        assert.equal(text, defaults);
        const inStop = (start, end) => spans.some((span) => start >= span.start && end <= span.end);
        for (const placeholder of placeholderMatches(defaults)) {
          assert.ok(inStop(placeholder.start, placeholder.end), `placeholder-like text outside any tab stop, which no user could fill: "${placeholder.text}"`);
        }
        const found = engine.lint(doc.text, LINT).findings.filter((f) => f.ruleId === PLACEHOLDER_RULE);
        if (placeholderRuleExists) assert.ok(found.length > 0, 'placeholder-left reports none of the placeholders');
        for (const finding of found) {
          assert.ok(inStop(finding.span.start - doc.offset, finding.span.end - doc.offset), `placeholder-left outside any tab stop: ${describeFinding(doc.text, finding)}`);
        }
      });

      it('is filled in by its fixture (every placeholder replaced, the rest as the template has it)', () => {
        const match = pattern.exec(filled);
        assert.ok(match, `${fixturePath} is not a filling of the template: compare it with the template's expansion`);
        assert.deepEqual(placeholdersIn(filled), [], 'placeholders left in the fixture');
      });

      it('filled in, lints clean: no placeholder-left and no other finding', () => {
        const result = engine.lint(filled, LINT);
        assert.equal(result.kind.kind, template.kind ?? 'project-log');
        assert.deepEqual(result.crashed, []);
        assert.deepEqual(result.problems.map((p) => p.message), []);
        assert.deepEqual(result.findings.map((f) => describeFinding(filled, f)), []);
      });

      it('each placeholder-left finding disappears once its own placeholder is filled', { skip: placeholderRuleExists ? false : 'placeholder-left is not in the registry yet' }, () => {
        const fill = pattern.exec(filled).groups;
        const { spans } = expandWithSpans(template.body);
        const found = engine.lint(doc.text, LINT).findings.filter((f) => f.ruleId === PLACEHOLDER_RULE);
        for (const finding of found) {
          const { index } = spans.find((span) => finding.span.start - doc.offset >= span.start && finding.span.end - doc.offset <= span.end);
          const value = fill[`s${index}`];
          const partly = expandWithSpans(template.body, { [index]: value });
          const partDoc = documentOf(template, partly.text);
          const left = engine.lint(partDoc.text, LINT).findings.filter((f) => f.ruleId === PLACEHOLDER_RULE);
          const filledSpans = partly.spans.filter((span) => span.index === index);
          const still = left.filter((f) => filledSpans.some((span) => f.span.start - partDoc.offset < span.end && f.span.end - partDoc.offset > span.start));
          assert.deepEqual(still.map((f) => describeFinding(partDoc.text, f)), [], `filling tab stop ${index} with "${value}" did not clear it`);
          assert.ok(left.length < found.length, `filling tab stop ${index} with "${value}" left as many placeholder-left findings`);
        }
      });
    });
  }
});

describe('directive snippets', () => {
  const entries = Object.entries(directives);
  const ids = new Set(entries.flatMap(([, entry]) => t.tabStops(entry.body.join('\n')).flatMap((stop) => stop.choices ?? [])));

  it('offer every registered rule id', () => {
    const missing = engine.rules.map((rule) => rule.meta.id).filter((id) => !ids.has(id));
    assert.deepEqual(missing, [], 'add these ids to the choices in snippets/directives.code-snippets');
  });

  for (const [name, entry] of entries) {
    it(`${name}: expands to a directive the engine reads`, () => {
      const body = entry.body.join('\n');
      const text = `---\nimpact-lint: resume\n---\n\n## Experience\n\n${t.expandSnippet(body, { variables: { TM_SELECTED_TEXT: '- Handled escalations' } })}\n- Handled escalations\n`;
      const result = engine.lint(text, LINT);
      assert.match(text, /<!-- impact-lint-(disable|enable|disable-line|disable-next-line|disable-file) weak-opening -->/);
      assert.deepEqual(result.problems.map((p) => p.message), []);
      if (/disable-file|disable-next-line/.test(body)) assert.equal(result.findings.filter((f) => f.ruleId === 'weak-opening').length, /disable-file/.test(body) ? 0 : 1);
    });
  }
});

describe('expandSnippet', () => {
  it('puts in defaults, first choices, mirrors and variables', () => {
    assert.equal(t.expandSnippet('${1:a} ${2|x,y|} $1 ${2} $CURRENT_YEAR $0', { variables: { CURRENT_YEAR: '2026' } }), 'a x a x 2026 ');
  });
  it('takes given values for tab stops everywhere they occur', () => {
    assert.equal(t.expandSnippet('# ${1:[Project]}\nproject: ${1}\n${2|Green,Red|}', { values: { 1: 'Apollo', 2: 'Red' } }), '# Apollo\nproject: Apollo\nRed');
  });
  it('expands nested placeholders and variable defaults', () => {
    assert.equal(t.expandSnippet('${1:by ${2:[N]}%} ${TM_SELECTED_TEXT:$0} ${UNSET:fallback}'), 'by [N]%  fallback');
  });
  it('inserts an unknown variable as its name, a known unset one as nothing', () => {
    assert.equal(t.expandSnippet('$AUTHOR|$CLIPBOARD|'), 'AUTHOR||');
  });
  it('honours escapes and keeps a $ that starts nothing', () => {
    assert.equal(t.expandSnippet('\\$300K \\} \\\\ $ ${x 5$ ${1|a\\,b,c|}'), '$300K } \\ $ ${x 5$ a,b');
  });
  it('a mirror before its definition still gets the default', () => {
    assert.equal(t.expandSnippet('$1 and ${1:value}'), 'value and value');
  });
  it('round-trips through serializeSnippet', () => {
    const body = '${1:[Owner]} \\$5 ${2|a\\,b,c|} ${CURRENT_DATE} ${3:x ${4:y}} $0';
    assert.equal(t.expandSnippet(t.serializeSnippet(t.parseSnippet(body))), t.expandSnippet(body));
  });
  it('lists tab stops with their defaults and choices', () => {
    assert.deepEqual(t.tabStops('${2|Low,High|} ${1:[Owner]} $1 $0'), [
      { index: 1, defaultText: '[Owner]' },
      { index: 2, defaultText: 'Low', choices: ['Low', 'High'] },
    ]);
  });
});

describe('template variables', () => {
  it('ISO weeks follow ISO 8601 across year ends', () => {
    assert.equal(t.isoWeekLabel(new Date(2026, 2, 2)), '2026-W10');
    assert.equal(t.isoWeekLabel(new Date(2026, 0, 1)), '2026-W01');
    assert.equal(t.isoWeekLabel(new Date(2021, 0, 3)), '2020-W53');
    assert.equal(t.isoWeekLabel(new Date(2024, 11, 30)), '2025-W01');
    assert.equal(t.isoWeekLabel(new Date(2027, 0, 3)), '2026-W53');
  });

  it('date variables are VS Code\'s, zero-padded', () => {
    const vars = t.dateVariables(new Date(2026, 0, 5, 7, 4, 9));
    assert.deepEqual([vars.CURRENT_YEAR, vars.CURRENT_MONTH, vars.CURRENT_DATE, vars.CURRENT_DAY_NAME, vars.CURRENT_MONTH_NAME_SHORT, vars.CURRENT_HOUR], ['2026', '01', '05', 'Monday', 'Jan', '07']);
    assert.equal(t.isoDate(new Date(2026, 0, 5)), '2026-01-05');
  });

  it('fill project, author and ISO week into their placeholders, which stay tab stops', () => {
    const status = templates.find((x) => x.id === 'status-report');
    const body = t.resolveTemplate(status.body, { project: 'Apollo $300K', author: 'Priya Natarajan', date: NOW });
    const text = t.expandSnippet(body, { variables: VARIABLES });
    assert.match(text, /^project: "Apollo \$300K"$/m);
    assert.match(text, /^# Status report: Apollo \$300K$/m);
    assert.match(text, /\*\*Period:\*\* 2026-W10 · \*\*Author:\*\* Priya Natarajan/);
    assert.match(text, /\*\*Overall status:\*\* Green/, 'choices are untouched');
    assert.equal(t.expandSnippet(body, { values: { 1: 'Zeus' }, variables: VARIABLES }).match(/Zeus/g).length, 2, 'the project stays one tab stop');
  });

  it('leave placeholders whose value is unknown', () => {
    const raid = templates.find((x) => x.id === 'raid-log');
    assert.equal(t.resolveTemplate(raid.body, { project: '', author: undefined }), t.serializeSnippet(t.parseSnippet(raid.body)));
  });

  it('put the title into the first heading\'s first tab stop (New Document from Template)', () => {
    const minutes = templates.find((x) => x.id === 'meeting-minutes');
    const text = t.expandSnippet(t.resolveTemplate(minutes.body, { title: 'Weekly ops review', author: 'Sam Okafor' }), { variables: VARIABLES });
    assert.match(text, /^# Minutes: Weekly ops review$/m);
    assert.match(text, /\*\*Chair:\*\* Sam Okafor/);
    const resume = templates.find((x) => x.id === 'resume');
    assert.match(t.expandSnippet(t.resolveTemplate(resume.body, { title: 'Priya Natarajan' })), /^# Priya Natarajan$/m);
  });

  it('project name comes from front matter, not from a placeholder', () => {
    assert.equal(t.projectFromFrontMatter('---\nimpact-lint: raid-log\nproject: "Apollo: phase 2"\n---\n# x'), 'Apollo: phase 2');
    assert.equal(t.projectFromFrontMatter('---\r\nproject-name: Apollo # comment\r\n---\r\n'), 'Apollo');
    assert.equal(t.projectFromFrontMatter('---\nproject: "[Project name]"\n---\n'), undefined);
    assert.equal(t.projectFromFrontMatter('# project: Apollo\n'), undefined);
  });

  it('git user name is read from config text', () => {
    assert.equal(t.parseGitUserName('[core]\n\tname = nope\n[user]\n\tname = Priya Natarajan\n\temail = p@example.com\n'), 'Priya Natarajan');
    assert.equal(t.parseGitUserName('[User]\n  Name = "Sam \\"Sammy\\" Okafor" ; nick\n'), 'Sam "Sammy" Okafor');
    assert.equal(t.parseGitUserName('[user]\nname = First\n[user]\nname = Last\n'), 'Last');
    assert.equal(t.parseGitUserName('[remote "origin"]\nname = x\n'), undefined);
  });

  it('git user name: the repository wins over ~/.gitconfig, which wins over XDG; .git may be a gitdir file', () => {
    const home = join(scratch, 'home');
    const repo = join(scratch, 'repo');
    const worktree = join(scratch, 'worktree');
    mkdirSync(join(home, '.config/git'), { recursive: true });
    mkdirSync(join(repo, '.git/worktrees/wt'), { recursive: true });
    mkdirSync(worktree, { recursive: true });
    writeFileSync(join(home, '.config/git/config'), '[user]\n name = Xdg User\n');
    assert.equal(t.readGitUserName({ home }), 'Xdg User');
    writeFileSync(join(home, '.gitconfig'), '[user]\n name = Global User\n');
    assert.equal(t.readGitUserName({ home, workspaceRoot: repo }), 'Global User');
    writeFileSync(join(repo, '.git/config'), '[user]\n name = Local User\n');
    assert.equal(t.readGitUserName({ home, workspaceRoot: repo }), 'Local User');
    writeFileSync(join(worktree, '.git'), `gitdir: ${join(repo, '.git/worktrees/wt')}\n`);
    writeFileSync(join(repo, '.git/worktrees/wt/commondir'), '../..\n');
    assert.equal(t.readGitUserName({ home, workspaceRoot: worktree }), 'Local User');
    assert.equal(t.readGitUserName({ home: join(scratch, 'nobody') }), undefined);
  });
});

describe('file names for New Document from Template', () => {
  const byId = (id) => templates.find((x) => x.id === id);

  it('slugify keeps ASCII words', () => {
    assert.equal(t.slugify('  Café Migration: Phase 2 & 3!  '), 'cafe-migration-phase-2-and-3');
    assert.equal(t.slugify('a'.repeat(30) + ' ' + 'b'.repeat(40)), 'a'.repeat(30));
    assert.equal(t.slugify('日本語'), '');
  });

  it('name the document after its title and what it is', () => {
    assert.equal(t.documentFileName(byId('raid-log'), 'Payroll migration', TODAY), 'payroll-migration-raid-log.md');
    assert.equal(t.documentFileName(byId('raid-registers'), 'Payroll migration', TODAY), 'payroll-migration-raid-log.md');
    assert.equal(t.documentFileName(byId('star-story'), 'Data-centre move', TODAY), 'data-centre-move-star-stories.md');
    assert.equal(t.documentFileName(byId('resume'), 'Priya Natarajan', TODAY), 'priya-natarajan-resume.md');
    assert.equal(t.documentFileName(byId('charter'), 'Apollo project charter', TODAY), 'apollo-project-charter.md');
  });

  it('date the documents that recur', () => {
    assert.equal(t.documentFileName(byId('status-report'), 'Payroll migration', TODAY), '2026-03-02-payroll-migration-status-report.md');
    assert.equal(t.documentFileName(byId('meeting-minutes'), 'Steering meeting', TODAY), '2026-03-02-steering-meeting-minutes.md');
    assert.equal(t.documentFileName(byId('meeting-agenda'), '', TODAY), '2026-03-02-agenda.md');
  });

  it('never take a name that exists', () => {
    const taken = new Set(['apollo-raid-log.md', 'apollo-raid-log-2.md']);
    assert.equal(t.documentFileName(byId('raid-log'), 'Apollo', TODAY, (name) => taken.has(name)), 'apollo-raid-log-3.md');
  });

  it('user templates are named after their file', () => {
    assert.equal(t.documentFileName({ id: 'Ops Review', source: 'user' }, 'March', TODAY), 'march-ops-review.md');
  });

  it('the names agree with the linter\'s file-name hints', () => {
    for (const template of templates.filter((x) => x.document && x.id !== 'skills-audit' && x.id !== 'gantt-plan')) {
      const name = t.documentFileName(template, 'Apollo', TODAY);
      assert.equal(engine.lint('# Apollo\n', { path: name }).kind.kind, template.kind, name);
    }
  });
});

describe('Add Log Entry', () => {
  const entry = templates.find((x) => x.id === 'log-entry');
  const apply = (text, plan) => text.slice(0, plan.start) + t.expandSnippet(plan.snippet, { variables: VARIABLES }) + text.slice(plan.end);

  it('finds the project log by name, nearest the root first, and by front matter', () => {
    assert.equal(t.findProjectLog(['README.md', 'notes/journal.md', 'docs/project-log.md', 'project-log.md']), 'project-log.md');
    assert.equal(t.findProjectLog(['README.md', 'notes/brag-doc.md', 'node_modules/x/project-log.md']), 'notes/brag-doc.md');
    assert.equal(t.findProjectLog(['README.md', 'CHANGELOG.md']), undefined);
    assert.equal(t.findProjectLog(['a.md', 'b.md'], (p) => (p === 'b.md' ? 'project-log' : 'resume')), 'b.md');
  });

  it('starts a project log that the linter knows, with no findings', () => {
    const text = t.newProjectLogText({ project: 'Apollo: phase 2', author: 'Priya Natarajan' });
    const result = engine.lint(text, LINT);
    assert.equal(result.kind.kind, 'project-log');
    assert.deepEqual([...result.findings, ...result.problems], []);
    assert.match(text, /^# Project log: Priya Natarajan$/m);
    assert.equal(t.projectFromFrontMatter(text), 'Apollo: phase 2');
  });

  it('appends to a log in date order, after a blank line, keeping one final newline', () => {
    const log = '---\nimpact-lint: project-log\n---\n\n# Log\n\n## 2026-01-05 First\n\n- **Result:** 3 servers\n\n## 2026-02-01 Second\n\n- **Result:** 4 servers\n\n\n';
    const text = apply(log, t.planLogEntry(log, entry.body));
    assert.match(text, /- \*\*Result:\*\* 4 servers\n\n## 2026-03-02 \[What you did, in a few words\]\n/);
    assert.ok(text.endsWith('e.g. from 9 days to 3 days]\n'), JSON.stringify(text.slice(-40)));
  });

  it('inserts before the first entry when the newest come first, at the log\'s heading level', () => {
    const log = '# Log\n\n### 2026-02-01 Second\n\n- b\n\n### 2026-01-05 First\n\n- a\n';
    const text = apply(log, t.planLogEntry(log, entry.body));
    assert.match(text, /^# Log\n\n### 2026-03-02 \[What you did, in a few words\]\n[\s\S]*3 days\]\n\n### 2026-02-01 Second\n/);
  });

  it('fills an empty file without leading blank lines', () => {
    const text = apply('', t.planLogEntry('', entry.body));
    assert.ok(text.startsWith('## 2026-03-02 '));
  });

  it('an entry added to a new log lints with nothing but placeholder-left', () => {
    const log = t.newProjectLogText({ author: 'Priya Natarajan' });
    const text = apply(log, t.planLogEntry(log, t.resolveTemplate(entry.body, { author: 'Priya Natarajan', date: NOW })));
    const result = engine.lint(text, LINT);
    assert.equal(result.kind.kind, 'project-log');
    assert.deepEqual(result.findings.filter((f) => f.ruleId !== PLACEHOLDER_RULE).map((f) => describeFinding(text, f)), []);
  });
});

describe('user templates', () => {
  const dir = join(scratch, 'workspace', '.impact-lint', 'templates');

  it('load from .impact-lint/templates/*.md, by name, beside nothing else', () => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'ops-review.md'), '---\nimpact-lint: status-report\n---\n\n# Ops review: ${1:[Service]}\n\nBudget: $300K, spent $1 so far. Date: $CURRENT_YEAR. Not a variable: $HOME\n');
    writeFileSync(join(dir, 'a-retro.markdown'), '# Retro\n\n- ${1:[What went well]}\n');
    writeFileSync(join(dir, 'notes.txt'), 'not a template');
    assert.equal(t.userTemplateDir(join(scratch, 'workspace')), dir);
    const loaded = t.loadUserTemplates(dir);
    assert.deepEqual(loaded.map((x) => [x.id, x.name, x.source, x.kind, x.document]), [
      ['a-retro', 'A retro', 'user', undefined, true],
      ['ops-review', 'Ops review', 'user', 'status-report', true],
    ]);
    const text = t.expandSnippet(loaded[1].body, { variables: VARIABLES });
    assert.match(text, /^# Ops review: \[Service\]$/m);
    assert.match(text, /Budget: \$300K, spent \$1 so far\. Date: 2026\. Not a variable: \$HOME/);
    assert.equal(t.expandSnippet(t.resolveTemplate(loaded[1].body, { title: 'Mail' })).split('\n')[4], '# Ops review: Mail');
  });

  it('a missing folder gives no templates', () => {
    assert.deepEqual(t.loadUserTemplates(join(scratch, 'nowhere')), []);
  });

  it('keep tab stops and VS Code variables, and escape every other $', () => {
    assert.equal(t.userTemplateBody('${1:a} ${2|x,y|} $3 ${CURRENT_DATE} $CURRENT_YEAR $PATH ${PATH} \\$ $'), '${1:a} ${2|x,y|} \\$3 ${CURRENT_DATE} $CURRENT_YEAR \\$PATH \\${PATH} \\$ \\$');
  });
});

describe('quick pick text', () => {
  it('outlines each template by its headings and first table', () => {
    const raid = templates.find((x) => x.id === 'raid-log');
    assert.match(t.templateOutline(raid), /^RAID log: \[Project name\] › columns: ID, Type, Description, Owner/);
    const status = templates.find((x) => x.id === 'status-report');
    assert.ok(t.templateOutline(status, 80).length <= 80);
    assert.match(t.templatePreview(status, 6), /^---\nimpact-lint: status-report\n/);
  });

  it('drops front matter when inserting into a document that has text', () => {
    const raid = templates.find((x) => x.id === 'raid-log');
    assert.match(t.withoutFrontMatter(raid.body), /^# RAID log: /);
    assert.equal(t.frontMatterKind('---\nimpact-lint: {kind: resume, job: jobs/a.md}\n---\n'), 'resume');
    assert.equal(t.frontMatterKind('+++\nimpact-lint = "wbs"\n+++\n'), 'wbs');
    assert.equal(t.frontMatterKind('# no front matter'), undefined);
  });
});
