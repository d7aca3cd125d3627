// long-bullet: more than maxWords words; the finding covers the overflow.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { engine, lintText, only, resumeText, ruleTester, sourceOf } from '../helpers.mjs';

const words = (n) => Array.from({ length: n }, (_, i) => (i === 0 ? 'Migrated' : `w${i}`)).join(' ');
const LONG = 'Led the migration of 1,200 mailboxes from Exchange 2016 to Microsoft 365 over 10 weeks with a team of 4 engineers and 2 contractors; automated the licence assignment with PowerShell so that new starters got a mailbox on day one';

ruleTester('long-bullet', {
  valid: [
    words(35),
    { name: 'a higher limit', text: words(40), options: { settings: engine.resolveSettings({ rules: { 'long-bullet': ['info', { maxWords: 40 }] } }) } },
    { name: 'markup does not count as words', text: `**${words(35)}**` },
    // Regression: "1,200" and "3,400" counted as two words each, so this 34-word bullet was "36 words".
    { name: 'a number of two thousands separators is one word', text: `${words(33)} 3,400,000 users` },
    { name: 'a number with thousands separators is one word', text: 'Led the migration of 1,200 mailboxes and 3,400 devices from Exchange 2016 to Microsoft 365 over 10 weeks with a team of 4 engineers and 2 contractors, finishing 2 weeks early and under budget' },
  ],
  invalid: [
    { text: words(36), message: /^36 words, over the 35 a reviewer reads at a glance: keep one action and its result, and cut the rest\.$/, span: 'w35', output: null },
    { name: 'the overflow does not start inside "1,200"', text: `${words(34)} 1,200 users and more`, message: /^38 words/, span: 'users and more' },
    { name: 'a comma then three digits after a word is two words', text: `${words(33)} servers,200 users`, message: /^36 words/, span: 'users' },
    // Only a comma right between digits and exactly three digits join (a review of the counting).
    { name: 'numbers apart are two words', text: `${words(33)} 10 100 users`, message: /^36 words/, span: 'users' },
    { name: 'a comma and a space between numbers is two words', text: `${words(33)} 1, 200 users`, message: /^36 words/, span: 'users' },
    { name: 'four digits after a comma is two words', text: `${words(33)} 1,2345 users`, message: /^36 words/, span: 'users' },
    { name: 'a lower limit', text: words(12), options: { settings: engine.resolveSettings({ rules: { 'long-bullet': ['info', { maxWords: 10 }] } }) }, span: 'w10 w11' },
    { name: 'a second action after a semicolon: split there', text: LONG, message: /split it before "automated"/, output: null, suggestions: ['\n- A'] },
  ],
});

describe('long-bullet in context', () => {
  it('splitting gives two bullets that are each short enough', () => {
    const text = resumeText([LONG]);
    const [finding] = only(lintText(text).findings, 'long-bullet');
    const split = engine.applyEdits(text, [finding.suggestions[0].edit]).text;
    assert.match(split, /- Led the migration .* contractors\n- Automated the licence assignment/);
    assert.deepEqual(only(lintText(split).findings, 'long-bullet'), []);
  });

  it('keeps CRLF and the list marker when splitting', () => {
    const text = resumeText([LONG]).replace(/\n/g, '\r\n').replace('- Led', '* Led');
    const [finding] = only(lintText(text).findings, 'long-bullet');
    assert.equal(finding.suggestions[0].edit.text, '\r\n* A');
  });

  it('wrapped lines count as one bullet; sub-bullets count on their own', () => {
    const text = resumeText([`${words(20)}\n  ${words(20).toLowerCase()}\n  - ${words(10)}`]);
    const found = only(lintText(text).findings, 'long-bullet');
    assert.equal(found.length, 1);
    assert.equal(sourceOf(text, found[0]).split(/\s+/).length, 5);
    assert.equal(found[0].severity, 'info');
  });
});
