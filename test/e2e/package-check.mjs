#!/usr/bin/env node
// Checks the .vsix that `npm run package` built: under 1 MB, only bundles and
// assets (no node_modules, sources, tests, source maps), the marketplace metadata
// in its manifest. Reads the zip's central directory with Node built-ins only.
//   node test/e2e/package-check.mjs [file.vsix]   (default: impact-lint-<version>.vsix)
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { ROOT } from './workspace.mjs';

const MAX_BYTES = 1024 * 1024;
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const vsix = path.resolve(process.argv[2] ?? path.join(ROOT, `${pkg.name}-${pkg.version}.vsix`));

/** Entries of a zip file: { name, size, compressedSize, method, offset }. */
export function zipEntries(buf) {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65_535); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip file (no end of central directory)');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const entries = [];
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error(`bad central directory entry at ${p}`);
    const method = buf.readUInt16LE(p + 10);
    const compressedSize = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    const offset = buf.readUInt32LE(p + 42);
    entries.push({ name: buf.toString('utf8', p + 46, p + 46 + nameLength), size, compressedSize, method, offset });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function readEntry(buf, entry) {
  const start = entry.offset + 30 + buf.readUInt16LE(entry.offset + 26) + buf.readUInt16LE(entry.offset + 28);
  const data = buf.subarray(start, start + entry.compressedSize);
  return (entry.method === 8 ? zlib.inflateRawSync(data) : data).toString('utf8');
}

const ALLOWED = [
  /^\[Content_Types\]\.xml$/,
  /^extension\.vsixmanifest$/,
  /^extension\/(package\.json|readme\.md|changelog\.md|LICENSE\.txt)$/,
  /^extension\/dist\/(client|server|server-main)\.js$/,
  /^extension\/docs\/rules\/[\w-]+\.md$/,
  /^extension\/schemas\/[\w.-]+\.json$/,
  /^extension\/snippets\/[\w.-]+\.code-snippets$/,
  /^extension\/syntaxes\/[\w.-]+\.json$/,
  /^extension\/images\/icon\.png$/,
  /^extension\/examples\/[\w-]+\.md$/,
  /^extension\/media\/[\w-]+\.css$/,
  /^extension\/media\/walkthrough\/[\w-]+\.md$/,
];
const REQUIRED = [
  'extension/package.json',
  'extension/readme.md',
  'extension/changelog.md',
  'extension/LICENSE.txt',
  'extension/dist/client.js',
  'extension/dist/server.js',
  'extension/dist/server-main.js',
  'extension/images/icon.png',
  'extension/docs/rules/weak-opening.md',
  'extension/docs/rules/missing-metric.md',
  'extension/examples/resume.md',
  'extension/examples/status-report.md',
  'extension/media/preview.css',
];

const checks = [];
function check(name, fn) {
  try {
    const note = fn();
    checks.push(true);
    console.log(`ok - ${name}${note ? `\n  ${note}` : ''}`);
  } catch (error) {
    checks.push(false);
    console.log(`not ok - ${name}\n  ${String(error.message).split('\n').join('\n  ')}`);
  }
}

const buf = fs.readFileSync(vsix);
const entries = zipEntries(buf);
console.log(`${path.relative(process.cwd(), vsix)}: ${(buf.length / 1024).toFixed(1)} KB, ${entries.length} entries`);
for (const e of entries) console.log(`  ${e.name.padEnd(56)} ${(e.size / 1024).toFixed(1).padStart(8)} KB`);

check(`the .vsix is under 1 MB`, () => {
  assert.ok(buf.length < MAX_BYTES, `${buf.length} bytes`);
  return `${buf.length} bytes`;
});
check('it holds only bundles and assets (no node_modules, sources, tests, maps)', () => {
  const stray = entries.filter((e) => !ALLOWED.some((re) => re.test(e.name)));
  assert.deepEqual(stray.map((e) => e.name), []);
});
check('it holds the bundles, docs, icon, readme, changelog and license', () => {
  const names = new Set(entries.map((e) => e.name));
  assert.deepEqual(REQUIRED.filter((n) => !names.has(n)), []);
});
check('the bundles are minified', () => {
  for (const name of ['extension/dist/client.js', 'extension/dist/server-main.js']) {
    const text = readEntry(buf, entries.find((e) => e.name === name));
    const lines = text.split('\n').length;
    assert.ok(text.length / lines > 500, `${name}: ${lines} lines for ${text.length} characters (build with --minify)`);
  }
});
check('the manifest carries the marketplace metadata', () => {
  const manifest = readEntry(buf, entries.find((e) => e.name === 'extension.vsixmanifest'));
  const shipped = JSON.parse(readEntry(buf, entries.find((e) => e.name === 'extension/package.json')));
  assert.match(manifest, /<DisplayName>Impact Lint<\/DisplayName>/);
  assert.match(manifest, /<Description xml:space="preserve">.+<\/Description>/);
  assert.match(manifest, /<Categories>Linters,Snippets<\/Categories>/);
  assert.match(manifest, /<Tags>[^<]*resume[^<]*<\/Tags>/);
  assert.match(manifest, /<Icon>extension\/images\/icon\.png<\/Icon>/);
  assert.match(manifest, /<License>extension\/LICENSE\.txt<\/License>/);
  assert.match(manifest, /Microsoft\.VisualStudio\.Services\.Content\.Changelog/);
  assert.match(manifest, /Microsoft\.VisualStudio\.Services\.Links\.Source" Value="https:\/\/github\.com\//);
  assert.equal(shipped.icon, 'images/icon.png');
  assert.equal(shipped.files, undefined, 'no "files" beside .vscodeignore');
});

const passed = checks.filter(Boolean).length;
console.log(`package: ${passed} passed, ${checks.length - passed} failed`);
process.exit(passed === checks.length ? 0 : 1);
