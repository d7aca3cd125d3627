// A throw-away copy of examples/ for an end-to-end run: the tests edit files and
// write config files into their workspace, so they never touch the repository.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Copies examples/ into a fresh temp folder; returns { dir, remove() }. */
export function copyExamples() {
  const base = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'impact-lint-e2e-ws-')));
  const dir = path.join(base, 'examples');
  fs.cpSync(path.join(ROOT, 'examples'), dir, { recursive: true });
  return { dir, remove: () => fs.rmSync(base, { recursive: true, force: true, maxRetries: 3 }) };
}
