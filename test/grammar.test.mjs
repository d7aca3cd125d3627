// The Markdown injection grammar: every pattern is in the regex syntax that
// Oniguruma (VS Code) and JavaScript share, compiles, uses standard scopes, and
// marks what it should in sample lines (and nothing it should not).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const root = new URL('..', import.meta.url);
const grammar = JSON.parse(readFileSync(new URL('syntaxes/impact-lint.injection.tmLanguage.json', root), 'utf8'));
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

/** Scope prefixes that every common theme colours (diff colours for RAG, constants, tags). */
const STANDARD_SCOPES = ['markup.deleted.', 'markup.changed.', 'markup.inserted.', 'constant.language.', 'constant.numeric.', 'entity.name.tag.'];

/** The grammar's match rules in the order the grammar tries them, with the repository key they come from. */
function rules() {
  const list = [];
  const visit = (node, key) => {
    if (node.include) return visit(grammar.repository[node.include.slice(1)], node.include.slice(1));
    if (node.match) list.push({ key, name: node.name, match: node.match });
    for (const child of node.patterns ?? []) visit({ ...child, name: child.name ?? node.name }, key);
  };
  for (const pattern of grammar.patterns) visit(pattern);
  return list;
}

const compiled = rules().map((rule) => ({ ...rule, regex: new RegExp(rule.match, 'g') }));

/**
 * Tokenizes one line the way TextMate does with flat match rules: from the
 * current position, the rule whose match starts earliest wins (the first rule on
 * a tie); the scan goes on after it.
 */
function tokenize(line) {
  const tokens = [];
  let at = 0;
  while (at <= line.length) {
    let best;
    for (const rule of compiled) {
      rule.regex.lastIndex = at;
      const match = rule.regex.exec(line);
      if (match && match[0].length && (!best || match.index < best.index)) best = { index: match.index, text: match[0], key: rule.key, name: rule.name };
    }
    if (!best) break;
    tokens.push(best);
    at = best.index + best.text.length;
  }
  return tokens;
}

const marked = (line, key) => tokenize(line).filter((token) => !key || token.key === key).map((token) => token.text);

describe('injection grammar', () => {
  it('is contributed for Markdown under its scope name', () => {
    const entry = pkg.contributes.grammars.find((g) => g.scopeName === grammar.scopeName);
    assert.ok(entry, 'package.json contributes no grammar with this scopeName');
    assert.equal(entry.path, './syntaxes/impact-lint.injection.tmLanguage.json');
    assert.deepEqual(entry.injectTo, ['text.html.markdown']);
  });

  it('injects into Markdown text but not into code, comments, front matter or link targets', () => {
    const selector = grammar.injectionSelector;
    assert.match(selector, /^L:text\.html\.markdown /);
    for (const excluded of ['-markup.fenced_code', '-markup.inline.raw', '-markup.raw', '-comment', '-meta.embedded', '-markup.underline.link']) {
      assert.ok(selector.split(/\s+/).includes(excluded), `not excluded: ${excluded}`);
    }
  });

  it('uses only standard scopes, each suffixed with .impact-lint', () => {
    for (const rule of rules()) {
      assert.ok(STANDARD_SCOPES.some((prefix) => rule.name.startsWith(prefix)), `${rule.name} is not a scope that themes colour`);
      assert.ok(rule.name.endsWith('.impact-lint'), rule.name);
    }
  });

  it('every include names a repository entry and every entry is used', () => {
    const used = new Set(grammar.patterns.map((p) => p.include.slice(1)));
    assert.deepEqual([...used].sort(), Object.keys(grammar.repository).sort());
  });

  for (const rule of rules()) {
    it(`${rule.name}: compiles, in syntax Oniguruma and JavaScript share`, () => {
      assert.doesNotThrow(() => new RegExp(rule.match));
      // Oniguruma-only (or JS-only) constructs would make this compile check meaningless.
      assert.doesNotMatch(rule.match, /\\[hHAzZGKRXOy]|\(\?[>imx~]|[*+?}]\+|\(\?<[A-Za-z]|\\p\{|\\k</, 'syntax outside the shared subset');
      // Oniguruma wants fixed-length look-behind.
      for (const [, body] of rule.match.matchAll(/\(\?<[=!]((?:\\.|\[(?:\\.|[^\]])*\]|[^()])*)\)/g)) {
        assert.doesNotMatch(body.replace(/\\./g, 'x').replace(/\[[^\]]*\]/g, 'x'), /[*+?{|]/, `variable-length look-behind: ${body}`);
      }
    });
  }
});

describe('what the grammar marks', () => {
  const cases = {
    rag: {
      match: [
        ['**Overall status:** Amber', ['Amber']],
        ['| Time | Red | GREEN |', ['Red', 'GREEN']],
        ['Status: Amber/Green, was Amber/Red', ['Amber', 'Green', 'Amber', 'Red']],
        ['Milestone 2 is At risk; milestone 3 is On track, milestone 4 Off track', ['At risk', 'On track', 'Off track']],
      ],
      none: ['We moved off Red Hat Enterprise Linux', 'a red herring, a green field and amber lights', 'Greenfield build, Redmond office, Reddit thread', 'non-Red items'],
    },
    'item-id': {
      match: [
        ['| R-01 | Risk |', ['R-01']],
        ['See I-03, CR-002 and DEC-001 (ACT-12).', ['I-03', 'CR-002', 'DEC-001', 'ACT-12']],
      ],
      none: ['Windows 11, ISO-27001, HR-01, R-01a, XR-01, TR-2', 'R-12345 is too long'],
    },
    owner: {
      match: [
        ['Owner: @priya.n, with @sam', ['@priya.n', '@sam']],
        ['(@dana-w)', ['@dana-w']],
      ],
      none: ['priya@example.com', 'an @ sign', '@1234'],
    },
    date: {
      match: [
        ['Due 2026-12-01, reviewed 2026-11-30T10:00', ['2026-12-01', '2026-11-30']],
        ['Week 2026-W09 and 2026-W53', ['2026-W09', '2026-W53']],
        ['On 1 Dec 2026, by 21st March, from Dec 1, 2026', ['1 Dec 2026', '21st March', 'Dec 1, 2026']],
        ['In March 2026 and on 01/12/2026 or 1.12.2026', ['March 2026', '01/12/2026', '1.12.2026']],
      ],
      none: ['2026-13-01, 2026-02-32, 12026-01-01, 2026-W54, v1.2.2026', 'May we meet?', 'version 1/2/20261', 'Marching 12 steps'],
    },
    metric: {
      match: [
        ['cut downtime by 20% and costs by 12.5 %', ['20%', '12.5 %']],
        ['saved $250K, €40k and £1,200.50', ['$250K', '€40k', '£1,200.50']],
        ['a 250K EUR contract and USD 3.5m, 18,000 EUR', ['250K EUR', 'USD 3.5m', '18,000 EUR']],
        ['3x faster, 2.5× more', ['3x', '2.5×']],
      ],
      none: ['0x1F and 3xx errors', 'EC2 and Windows 11 and 2026', 'EURO and USDT', 'v1.5%'],
    },
  };

  for (const [key, { match, none }] of Object.entries(cases)) {
    describe(key, () => {
      for (const [line, expected] of match) {
        it(`marks ${JSON.stringify(expected)} in "${line}"`, () => assert.deepEqual(marked(line, key), expected));
      }
      for (const line of none) {
        it(`marks nothing as ${key} in "${line}"`, () => assert.deepEqual(marked(line, key), []));
      }
    });
  }

  it('marks a RAID row cell by cell', () => {
    const tokens = tokenize('| R-01 | Risk | Vendor slips | @sam | Open | 2026-03-16 | 3 | 5 | 15 | Red | saves 15% or $9K |');
    assert.deepEqual(
      tokens.map((token) => `${token.name.split('.').slice(0, 2).join('.')}:${token.text}`),
      ['constant.language:R-01', 'entity.name:@sam', 'constant.numeric:2026-03-16', 'markup.deleted:Red', 'constant.numeric:15%', 'constant.numeric:$9K'],
    );
  });

  it('RAG words map to the diff colours: Red deleted, Amber changed, Green inserted', () => {
    assert.deepEqual(
      tokenize('Red Amber Green').map((token) => token.name),
      ['markup.deleted.rag.red.impact-lint', 'markup.changed.rag.amber.impact-lint', 'markup.inserted.rag.green.impact-lint'],
    );
  });
});
