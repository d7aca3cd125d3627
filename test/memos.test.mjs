// Which open documents keep a lint memo (server/src/lsp/memos.ts): the few edited last,
// and the one opened last until another opens, it is closed or memory is given back.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { importTs } from './helpers.mjs';

const { DocumentMemos } = await importTs('server/src/lsp/memos.ts');

describe('DocumentMemos', () => {
  test('a document opened has a memo at once, the one opened before loses its own', () => {
    const memos = new DocumentMemos(4);
    memos.opened('a');
    const a = memos.get('a');
    assert.ok(a, 'a memo from the opening');
    assert.equal(memos.get('a'), a, 'the same memo lint after lint');
    memos.opened('b');
    assert.equal(memos.has('a'), false, 'only the last opened keeps one');
    assert.ok(memos.get('b'));
  });

  test('an edit keeps the opening memo, and later openings do not take it', () => {
    const memos = new DocumentMemos(4);
    memos.opened('a');
    const a = memos.get('a');
    memos.changed('a');
    assert.equal(memos.get('a'), a, 'the memo the opening made, filled by the first lint');
    memos.opened('b');
    memos.opened('c');
    assert.equal(memos.get('a'), a, 'edited: kept');
    assert.equal(memos.has('b'), false);
  });

  test('giving memory back drops the opening memo, not the edited ones', () => {
    const memos = new DocumentMemos(4);
    memos.opened('a');
    memos.changed('a');
    memos.opened('b');
    assert.deepEqual([memos.isEdited('a'), memos.isEdited('b')], [true, false], 'only an edited one is in use as such');
    memos.release();
    assert.equal(memos.has('b'), false);
    assert.ok(memos.has('a'));
  });

  test('closing drops the memo; reopening makes a new one', () => {
    const memos = new DocumentMemos(4);
    memos.opened('a');
    const first = memos.get('a');
    memos.closed('a');
    assert.equal(memos.has('a'), false);
    memos.opened('a');
    assert.ok(memos.get('a') && memos.get('a') !== first, 'a fresh memo: the old one was made for text that is gone');
    memos.changed('a');
    memos.closed('a');
    assert.equal(memos.has('a'), false, 'an edited one too');
  });

  test('an opening never pushes out the memo of a document being edited', () => {
    const memos = new DocumentMemos(2);
    memos.changed('a');
    memos.changed('b');
    const [a, b] = [memos.get('a'), memos.get('b')];
    memos.opened('c');
    assert.equal(memos.get('a'), a);
    assert.equal(memos.get('b'), b);
    assert.ok(memos.get('c'));
    // Edited, the third one takes an edited slot: the least recent of the others goes.
    memos.changed('c');
    assert.equal(memos.has('a'), false);
    assert.ok(memos.has('b') && memos.has('c'));
  });

  test('opening a document that is already edited keeps its memo', () => {
    const memos = new DocumentMemos(4);
    memos.changed('a');
    const a = memos.get('a');
    memos.opened('a');
    assert.equal(memos.get('a'), a);
  });
});
