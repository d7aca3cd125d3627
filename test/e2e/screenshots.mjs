#!/usr/bin/env node
// README screenshots, taken in the real VS Code workbench (the VS Code server of
// code-server, Debian's headless Chromium through playwright-core) on a copy of
// examples/. Every shot waits for the feature it shows to be on screen (DOM
// selectors; only a short settling pause right before the picture):
//   findings.png           resume.md with squiggles and the Problems panel
//   hover.png              the hover on "Responsible for managing ..."
//   quick-fix.png          Ctrl+. on that line: the fix and its alternatives
//   walkthrough.png        the getting-started walkthrough on the Welcome page
//   score.png              the language status hover: Impact Lint's row and the resume score with its weakest parts
//   completion.png         action verbs offered on an empty bullet, by group
//   completion-metric.png  "by N%" shapes offered after "- Reduced ticket backlog "
//   draft-bullet.png       Draft Resume Bullet from Log Entry: the drafted bullet
//   status-report.png      Status Report from RAID Log: the generated report
//   compare-job.png        Compare with Job Description...: the report beside the resume
//
//   npm run screenshots
//   node test/e2e/screenshots.mjs [--out docs/images] [--only hover,score] [--full]
// --full also saves each uncropped page as <name>.full.png (to pick crops).
// Needs `npm run build` and `bash scripts/setup-vscode-server.sh` first.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { finish, steps, withWorkbench } from './checks.mjs';
import { ROOT } from './workspace.mjs';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: path.join(ROOT, 'docs', 'images') },
    only: { type: 'string' },
    full: { type: 'boolean', default: false },
  },
});
const OUT = path.resolve(values.out);
const ONLY = values.only ? new Set(values.only.split(',').map((s) => s.trim().replace(/\.png$/, ''))) : null;
const VIEWPORT = { width: 1280, height: 800 };
/** Fixed, so dated findings and the status report do not depend on the day the script runs. */
const TODAY = '2026-11-27';
const delay = (t) => new Promise((r) => setTimeout(r, t));

let failPage = null;
const { checks: results, check } = steps({
  keepGoing: true,
  onFailure: async (name) => {
    await failPage?.screenshot({ path: path.join(ROOT, 'test-results', `screenshots-${name}-failed.png`) }).catch(() => undefined);
    // Close whatever the failed step left open (a menu, a quick input) before the next one.
    for (let i = 0; i < 2; i++) await failPage?.keyboard.press('Escape').catch(() => undefined);
  },
});
/** One picture, unless --only leaves it out. */
async function shotStep(name, fn) {
  if (!ONLY || ONLY.has(name)) await check(name, fn);
}

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  // Quieter pictures: no minimap, sticky scroll or breadcrumbs; the rest is VS Code's default look.
  // impactLint.today as a user setting (kept on the server here), so no .vscode/ folder shows in the Explorer.
  const settings = { 'impactLint.today': TODAY, 'editor.minimap.enabled': false, 'editor.stickyScroll.enabled': false, 'breadcrumbs.enabled': false };
  await withWorkbench({ prefix: 'impact-lint-shots-', settings, viewport: VIEWPORT }, async ({ page }) => {
    failPage = page;

    // ---------------------------------------------------------------- helpers

    const editor = () => page.locator('.editor-group-container.active .editor-instance .monaco-editor').first();
    const lineOf = (text) => editor().locator('.view-lines .view-line', { hasText: text }).first();

    /** Opens a file from the Explorer and waits until its text is rendered. */
    async function openFile(name, text) {
      await page.getByRole('treeitem', { name, exact: true }).click();
      await page.locator('.tab.active', { hasText: name }).waitFor();
      await lineOf(text).waitFor();
    }

    /** Runs a palette command by its full title (F1, type it, Enter once it is the focused row). */
    async function palette(title) {
      await page.mouse.move(5, 400); // off tabs and text, so no tooltip or hover comes up meanwhile
      await page.keyboard.press('F1');
      const input = page.locator('.quick-input-widget input.input');
      await input.waitFor();
      await input.fill(`>${title}`);
      await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: title }).first().waitFor();
      await page.keyboard.press('Enter');
    }

    /** Clicks into the rendered line containing `text` (near its start), then End if asked. */
    async function clickInLine(text, { end = false } = {}) {
      const line = lineOf(text);
      await line.waitFor();
      const box = await boxOf(line);
      // Near the start: a .view-line spans the editor's whole width, scrollbar included.
      await page.mouse.click(box.x + 40, box.y + box.height / 2);
      if (end) await page.keyboard.press('End');
    }

    /** The editor's gutter on the line containing `text`, so a crop keeps the line numbers. */
    async function gutterAt(text) {
      const line = await boxOf(lineOf(text));
      const ed = await boxOf(editor());
      return { x: ed.x, y: line.y, width: line.x - ed.x, height: line.height };
    }

    async function closePanel() {
      if (await page.locator('.part.panel').isVisible()) {
        await page.keyboard.press('Control+J');
        await page.locator('.part.panel').waitFor({ state: 'hidden' });
      }
    }

    /** The bounding box of a visible element (null while it is still laying out: poll). */
    async function boxOf(locator) {
      await locator.waitFor();
      for (let i = 0; i < 50; i++) {
        const box = await locator.boundingBox();
        if (box && box.width > 0 && box.height > 0) return box;
        await delay(100);
      }
      throw new Error(`no bounding box for ${locator}`);
    }

    /** A rectangle around all `boxes`, padded and kept inside the viewport. */
    function around(boxes, { pad = 16, minWidth = 0, minHeight = 0, left } = {}) {
      if (boxes.some((b) => !b)) throw new Error('a box to crop around is missing');
      const list = boxes;
      let x0 = Math.min(...list.map((b) => b.x)) - pad;
      let y0 = Math.min(...list.map((b) => b.y)) - pad;
      let x1 = Math.max(...list.map((b) => b.x + b.width)) + pad;
      let y1 = Math.max(...list.map((b) => b.y + b.height)) + pad;
      if (x1 - x0 < minWidth) x1 = x0 + minWidth;
      if (y1 - y0 < minHeight) y1 = y0 + minHeight;
      if (left !== undefined) x0 = Math.max(x0, left);
      x0 = Math.max(0, Math.floor(x0));
      y0 = Math.max(0, Math.floor(y0));
      x1 = Math.min(VIEWPORT.width, Math.ceil(x1));
      y1 = Math.min(VIEWPORT.height, Math.ceil(y1));
      return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
    }

    /** Moves a clip's top and bottom edges out to whole editor lines, so no text is cut in half. */
    async function snapToLines(clip) {
      const lines = await editor().locator('.view-lines .view-line').evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => ({ top: r.top, bottom: r.bottom })));
      let { y, height } = clip;
      let bottom = y + height;
      for (const l of lines) {
        if (l.top < y && y < l.bottom) y = Math.floor(l.top);
        if (l.top < bottom && bottom < l.bottom) bottom = Math.ceil(l.bottom);
      }
      bottom = Math.min(bottom, VIEWPORT.height);
      return { ...clip, y, height: bottom - y };
    }

    async function save(name, clip) {
      if (clip) clip = await snapToLines(clip);
      await delay(250); // settle: fade-in animations, cursor blink
      const file = path.join(OUT, `${name}.png`);
      if (values.full) await page.screenshot({ path: path.join(OUT, `${name}.full.png`) });
      await page.screenshot({ path: file, ...(clip ? { clip } : {}) });
      return `${path.relative(process.cwd(), file)}${clip ? ` (${clip.width}x${clip.height} at ${clip.x},${clip.y})` : ''}`;
    }

    // ---------------------------------------------------------------- shots

    await page.locator('.monaco-workbench .part.statusbar').waitFor();
    await page.getByRole('treeitem', { name: 'resume.md', exact: true }).waitFor();
    await openFile('resume.md', 'Responsible for managing the Windows 11 rollout');
    await editor().locator('.squiggly-warning').first().waitFor().catch(async (e) => {
      await failPage?.screenshot({ path: path.join(ROOT, 'test-results', 'screenshots-start-failed.png') }).catch(() => undefined);
      throw e;
    });

    await shotStep('findings', async () => {
      await clickInLine('Helped migrate 40 file servers');
      await page.keyboard.press('Control+Shift+M');
      const panel = page.locator('.markers-panel');
      await panel.locator('.monaco-list-row', { hasText: 'weak-opening' }).first().waitFor();
      await panel.locator('.monaco-list-row', { hasText: 'missing-metric' }).first().waitFor();
      await page.mouse.move(700, 300);
      return save('findings');
    });

    await shotStep('hover', async () => {
      await closePanel();
      const line = lineOf('Responsible for managing the Windows 11 rollout');
      const lineBox = await boxOf(line);
      // The squiggle drawn on that line (the decoration layer sits under the text).
      const squiggles = await editor().locator('.view-overlays .squiggly-warning').evaluateAll((els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect();
          return { x: r.x, y: r.y, width: r.width, height: r.height };
        }),
      );
      const onLine = squiggles.filter((b) => b.y < lineBox.y + lineBox.height && b.y + b.height > lineBox.y).sort((a, b) => a.width - b.width);
      if (!onLine.length) throw new Error('no squiggle on the "Responsible for managing" line');
      const target = onLine[0];
      await page.mouse.move(target.x + Math.min(30, target.width / 2), lineBox.y + lineBox.height / 2);
      const hover = page.locator('.monaco-editor .monaco-hover:visible', { hasText: 'weak-opening' }).first();
      await hover.waitFor();
      await hover.locator('text=Before:').first().waitFor();
      const hoverBox = await boxOf(hover);
      return save('hover', around([lineBox, hoverBox, await gutterAt('Responsible for managing')], { pad: 12 }));
    });

    await shotStep('quick-fix', async () => {
      await page.mouse.move(5, 400);
      await page.keyboard.press('Escape');
      await closePanel();
      await clickInLine('Responsible for managing the Windows 11 rollout');
      await page.keyboard.press('Control+.');
      const menu = page.locator('.action-widget:visible').first();
      await menu.locator('.monaco-list-row', { hasText: 'Managed' }).first().waitFor();
      const lineBox = await boxOf(lineOf('Responsible for managing the Windows 11 rollout'));
      const menuBox = await boxOf(menu);
      const rows = (await menu.locator('.monaco-list-row').allInnerTexts()).map((r) => r.replace(/\s+/g, ' ').trim());
      const file = await save('quick-fix', around([lineBox, menuBox, await gutterAt('Responsible for managing')], { pad: 12 }));
      await page.keyboard.press('Escape');
      return `${file}\n  ${rows.join(' | ')}`;
    });

    await shotStep('score', async () => {
      await clickInLine('Helped migrate 40 file servers');
      const item = page.locator('.statusbar-item[id="status.languageStatus"]');
      await item.waitFor();
      await item.hover();
      // The language status hover: one row for Impact Lint (kind, coverage, findings)
      // and one for the resume score with its weakest parts.
      const hover = page.locator('.workbench-hover').filter({ hasText: /Resume score \d+\/100/ }).first();
      await hover.waitFor();
      await hover.locator('.hover-language-status', { hasText: 'Impact Lint: resume' }).waitFor();
      const text = (await hover.innerText()).replace(/\s+/g, ' ').trim();
      const file = await save('score', around([await boxOf(hover), await boxOf(item)], { pad: 24, minWidth: 640 }));
      await page.mouse.move(700, 300);
      return `${file}\n  ${text}`;
    });

    await shotStep('completion', async () => {
      await closePanel();
      await clickInLine('Led the migration of 1,200 mailboxes', { end: true });
      await page.keyboard.press('Enter');
      // Whatever the Enter key carried over (indent, a list marker), the line becomes "- ".
      await page.keyboard.press('Shift+Home');
      await page.keyboard.press('Shift+Home');
      await page.keyboard.type('- ');
      const widget = page.locator('.editor-widget.suggest-widget.visible');
      const byTyping = await widget.waitFor({ timeout: 3000 }).then(() => true, () => false);
      if (!byTyping) await page.keyboard.press('Control+Space');
      await widget.locator('.monaco-list-row').first().waitFor();
      const rows = (await widget.locator('.monaco-list-row').allInnerTexts()).map((r) => r.replace(/\s+/g, ' ').trim());
      const file = await save('completion', around([await gutterAt('Senior Systems Administrator'), await boxOf(lineOf('Led the migration of 1,200')), await boxOf(widget)], { pad: 8 }));
      return `${file} (${byTyping ? 'opened by typing' : 'opened with Ctrl+Space'})\n  ${rows.slice(0, 6).join(' | ')}`;
    });

    await shotStep('completion-metric', async () => {
      await page.keyboard.press('Escape');
      await page.keyboard.type('Reduced ticket backlog ');
      const widget = page.locator('.editor-widget.suggest-widget.visible');
      const byTyping = await widget.waitFor({ timeout: 3000 }).then(() => true, () => false);
      if (!byTyping) await page.keyboard.press('Control+Space');
      await widget.locator('.monaco-list-row', { hasText: '%' }).first().waitFor();
      const rows = (await widget.locator('.monaco-list-row').allInnerTexts()).map((r) => r.replace(/\s+/g, ' ').trim());
      const file = await save('completion-metric', around([await gutterAt('Senior Systems Administrator'), await boxOf(lineOf('Led the migration of 1,200')), await boxOf(widget)], { pad: 8 }));
      await page.keyboard.press('Escape');
      return `${file} (${byTyping ? 'opened by typing' : 'opened with Ctrl+Space'})\n  ${rows.slice(0, 6).join(' | ')}`;
    });

    // Remove the typed bullet (the cursor is still on it): later shots must see resume.md as it is.
    if (!ONLY || ONLY.has('completion') || ONLY.has('completion-metric')) {
      await page.keyboard.press('Control+Shift+K');
      await lineOf('Reduced ticket backlog').waitFor({ state: 'detached' });
      await page.keyboard.press('Control+S');
    }

    await shotStep('draft-bullet', async () => {
      await closePanel();
      await openFile('project-log.md', 'Exchange Online cut-over');
      await clickInLine('Ran the final mailbox batch');
      await palette('Impact Lint: Draft Resume Bullet from Log Entry');
      const box = page.locator('.quick-input-widget:visible', { hasText: 'Resume bullet from' });
      await box.waitFor();
      const boxBox = await boxOf(box);
      const input = box.locator('input.input');
      const value = await input.inputValue();
      if (!value.trim()) throw new Error('the input box is empty');
      // The input box over the entry it was drafted from.
      const entry = [await gutterAt('Exchange Online cut-over'), await boxOf(lineOf('Exchange Online cut-over')), await boxOf(lineOf('1,200 mailboxes moved'))];
      const file = await save('draft-bullet', around([boxBox, ...entry], { pad: 12, left: boxBox.x - 2 }));
      await page.keyboard.press('Escape');
      await box.waitFor({ state: 'hidden' });
      return `${file}\n  ${value}`;
    });

    await shotStep('status-report', async () => {
      await openFile('raid-log.md', 'RAID log: Leeds office move');
      await palette('Impact Lint: Status Report from RAID Log');
      await page.locator('.tab.active', { hasText: 'Untitled' }).waitFor();
      await lineOf('Overall status').waitFor();
      const date = (await lineOf('Report date').innerText()).replace(/\s+/g, ' ').trim();
      if (!date.includes(TODAY)) throw new Error(`the report is not dated ${TODAY}: ${date}`);
      await page.mouse.move(5, 400);
      return `${await save('status-report')}\n  ${date}`;
    });

    await shotStep('compare-job', async () => {
      await openFile('resume.md', 'Responsible for managing the Windows 11 rollout');
      // More room for the two editors side by side: hide the side bar (Ctrl+B).
      await page.keyboard.press('Control+B');
      await page.locator('.part.sidebar').waitFor({ state: 'hidden' });
      await palette('Impact Lint: Compare with Job Description...');
      const dialog = page.locator('.quick-input-widget:visible');
      await dialog.waitFor();
      const input = dialog.locator('input.input');
      await input.waitFor();
      // VS Code's simple file dialog (the web workbench's own): it opens on the
      // resume's folder once it has listed it; then type the file name and accept.
      await dialog.locator('.monaco-list-row', { hasText: 'job-description.md' }).first().waitFor();
      const folder = await input.inputValue();
      if (!folder.endsWith('/examples/')) throw new Error(`the dialog opened on ${folder}`);
      await input.press('End');
      await input.pressSequentially('job-description.md');
      await page.waitForFunction((el) => el.value.endsWith('/examples/job-description.md'), await input.elementHandle());
      await dialog.getByRole('button', { name: 'Compare' }).click();
      // The report opens beside the resume: a second editor group, an untitled tab.
      const beside = page.locator('.editor-group-container').nth(1);
      await beside.locator('.tab.active', { hasText: 'Untitled' }).waitFor();
      await beside.locator('.view-line', { hasText: 'Tailoring: resume.md against' }).waitFor();
      await page.locator('.editor-group-container').first().locator('.view-line', { hasText: 'Responsible for managing' }).waitFor();
      await page.mouse.move(5, 400);
      return save('compare-job');
    });

    await shotStep('walkthrough', async () => {
      await palette('Welcome: Open Walkthrough...');
      const pick = page.locator('.quick-input-widget:visible');
      await pick.locator('.monaco-list-row', { hasText: 'Get started with Impact Lint' }).first().click();
      const welcome = page.locator('.gettingStartedContainer');
      await welcome.locator('.getting-started-step', { hasText: 'Open the example resume' }).first().waitFor();
      await welcome.locator('.getting-started-step', { hasText: 'Compare with a job description' }).first().waitFor();
      await page.mouse.move(5, 400);
      return save('walkthrough');
    });
  });
}

await finish('screenshots', results, main, { passed: 'saved' });
