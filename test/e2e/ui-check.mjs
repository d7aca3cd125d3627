#!/usr/bin/env node
// UI check: one scripted session in the real VS Code workbench (the VS Code
// server of code-server, Debian's headless Chromium through playwright-core).
// Opens examples/resume.md from the Explorer like a person, waits for the
// squiggles and for Impact Lint's findings in the Problems panel (DOM selectors,
// no sleeps), checks the language status item, and saves a screenshot:
//   node test/e2e/ui-check.mjs [--screenshot test-results/e2e-ui.png]
// Needs `npm run build` and `bash scripts/setup-vscode-server.sh` first.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { finish, steps, withWorkbench } from './checks.mjs';

const { values } = parseArgs({ options: { screenshot: { type: 'string', default: 'test-results/e2e-ui.png' } } });

const { checks, check } = steps();

async function main() {
  await withWorkbench({ prefix: 'impact-lint-ui-' }, async ({ page, wb }) => {

    await check('the workbench loads with the examples folder', async () => {
      await page.locator('.monaco-workbench .part.statusbar').waitFor();
      await page.getByRole('treeitem', { name: 'resume.md', exact: true }).waitFor();
    });

    await check('resume.md opens from the Explorer and shows squiggles', async () => {
      await page.getByRole('treeitem', { name: 'resume.md', exact: true }).click();
      const editor = page.locator('.editor-instance .monaco-editor').first();
      await editor.locator('.view-lines', { hasText: 'Responsible for managing the Windows 11 rollout' }).waitFor();
      await editor.locator('.squiggly-warning').first().waitFor();
      return `${await editor.locator('.squiggly-warning').count()} warning squiggles in view`;
    });

    await check('the Problems panel lists weak-opening and missing-metric findings', async () => {
      await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
      await page.keyboard.press('Control+Shift+M');
      const panel = page.locator('.markers-panel');
      await panel.locator('.monaco-list-row', { hasText: 'weak-opening' }).first().waitFor();
      await panel.locator('.monaco-list-row', { hasText: 'missing-metric' }).first().waitFor();
      const rows = await panel.locator('.monaco-list-row').allInnerTexts();
      const ours = rows.filter((r) => /impact-lint/.test(r));
      if (ours.length < 5) throw new Error(`only ${ours.length} Impact Lint rows:\n${rows.join('\n')}`);
      return `${ours.length} rows, first: ${ours[0].replace(/\s+/g, ' ').trim()}`;
    });

    await check('the language status item shows kind resume', async () => {
      await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
      const item = page.locator('.statusbar-item[id="status.languageStatus"]');
      await item.waitFor();
      await item.hover();
      const hover = page.locator('.monaco-hover, .workbench-hover, .hover-contents').filter({ hasText: 'Impact Lint: resume' }).first();
      await hover.waitFor();
      const text = (await hover.innerText()).replace(/\s+/g, ' ').trim();
      await page.keyboard.press('Escape');
      return text.slice(0, 160);
    });

    await check(`screenshot saved to ${values.screenshot}`, async () => {
      // Move the pointer off the status bar so its hover is gone, then photograph.
      await page.mouse.move(700, 300);
      await page.locator('.markers-panel .monaco-list-row', { hasText: 'weak-opening' }).first().waitFor();
      await wb.screenshot(values.screenshot);
      return path.resolve(values.screenshot);
    });
  });
}

await finish('ui', checks, main);
