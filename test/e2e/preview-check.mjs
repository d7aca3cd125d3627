#!/usr/bin/env node
// Preview check: one scripted session in the real VS Code workbench (the VS Code
// server of code-server, Debian's headless Chromium through playwright-core).
// Opens examples/status-report.md, opens the built-in Markdown preview, and looks
// inside the preview's webview (two nested iframes) for what the extension's
// markdown-it plugin adds: the Gantt chart with one row per milestone and the
// late one red, RAG badges styled by media/preview.css, the RAID summary. Saves
// a screenshot of the preview at the chart. Then runs the walkthrough's first
// step (Impact Lint: Open Example) and waits for its findings:
//   node test/e2e/preview-check.mjs [--screenshot test-results/preview-gantt.png]
// Needs `npm run build` and `bash scripts/setup-vscode-server.sh` first.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { finish, steps, withWorkbench } from './checks.mjs';

const { values } = parseArgs({ options: { screenshot: { type: 'string', default: 'test-results/preview-gantt.png' } } });
/** Fixed, so the late/done colours do not depend on the day the check runs. */
const TODAY = '2026-11-27';
const MILESTONES = 6;

const { checks, check } = steps();

async function main() {
  // Workspace settings live on the server's disk, so they reach the extension host.
  const prepare = (workspace) => {
    fs.mkdirSync(path.join(workspace.dir, '.vscode'), { recursive: true });
    fs.writeFileSync(path.join(workspace.dir, '.vscode', 'settings.json'), `${JSON.stringify({ 'impactLint.today': TODAY }, null, 2)}\n`);
  };
  await withWorkbench({ prefix: 'impact-lint-preview-', prepare }, async ({ page, wb }) => {
    await page.setViewportSize({ width: 1280, height: 900 }).catch(() => undefined);

    await check('status-report.md opens from the Explorer', async () => {
      await page.locator('.monaco-workbench .part.statusbar').waitFor();
      await page.getByRole('treeitem', { name: 'status-report.md', exact: true }).click();
      await page.locator('.editor-instance .monaco-editor .view-lines', { hasText: 'Status report: Head office move' }).first().waitFor();
    });

    // The preview's document lives in a webview: an iframe.webview that holds #active-frame.
    const preview = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');

    await check('Markdown: Open Preview shows the Gantt chart of the milestones table', async () => {
      await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
      await page.keyboard.press('F1');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor();
      await input.fill('>Markdown: Open Preview');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: /^Markdown: Open Preview$|Markdown: Open Preview(?! to)/ }).first().waitFor();
      await page.keyboard.press('Enter');
      const chart = preview.locator('svg.il-gantt');
      await chart.waitFor();
      const rows = await chart.locator('g.il-gantt-row').count();
      if (rows !== MILESTONES) throw new Error(`${rows} chart rows, expected ${MILESTONES}`);
      const label = await chart.getAttribute('aria-label');
      return label;
    });

    await check('the late milestone is red, done ones are not, and today is marked', async () => {
      const chart = preview.locator('svg.il-gantt');
      const late = await chart.locator('g.il-gantt-row.il-state-late text.il-gantt-label').allTextContents();
      if (late.join('|') !== 'Core switch delivery') throw new Error(`late rows: ${JSON.stringify(late)}`);
      const done = await chart.locator('g.il-gantt-row.il-state-done').count();
      if (done !== 2) throw new Error(`${done} done rows, expected 2`);
      // A vertical line has an empty box, which Playwright calls hidden: attached is the check.
      await chart.locator('line.il-gantt-today').waitFor({ state: 'attached' });
      // media/preview.css is applied: the stylesheet's red, not the SVG's fallback fill.
      const fill = await chart.locator('g.il-state-late rect.il-gantt-bar').first().evaluate((el) => getComputedStyle(el).fill);
      if (!['rgb(198, 40, 40)', 'rgb(229, 83, 75)'].includes(fill)) throw new Error(`late bar fill ${fill}: media/preview.css not applied`);
      return `late: ${late.join(', ')}; late bar fill ${fill}`;
    });

    await check('RAG values are badges and the RAID table has its summary', async () => {
      const badges = await preview.locator('span.il-rag').count();
      const overall = (await preview.locator('p', { hasText: 'Overall status:' }).locator('span.il-rag').first().textContent())?.trim();
      if (overall !== 'Amber') throw new Error(`overall badge ${JSON.stringify(overall)}`);
      const summary = (await preview.locator('div.il-raid-summary .il-raid-title').textContent())?.trim();
      if (!/^Open RAID items: 2 of 3/.test(summary ?? '')) throw new Error(`summary ${JSON.stringify(summary)}`);
      return `${badges} badges; ${summary}`;
    });

    await check(`screenshot saved to ${values.screenshot}`, async () => {
      await preview.locator('h2', { hasText: 'Milestones' }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await preview.locator('svg.il-gantt').waitFor();
      await page.mouse.move(5, 5);
      await wb.screenshot(values.screenshot);
      const chartShot = values.screenshot.replace(/\.png$/, '-chart.png');
      await preview.locator('figure.il-gantt-figure').screenshot({ path: chartShot });
      return `${path.resolve(values.screenshot)}, ${path.resolve(chartShot)}`;
    });

    await check('the walkthrough\'s Open Example command opens the bundled resume, untitled, with findings', async () => {
      await page.keyboard.press('F1');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor();
      await input.fill('>Impact Lint: Open Example');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Impact Lint: Open Example' }).first().waitFor();
      await page.keyboard.press('Enter');
      await page.locator('.tab.active', { hasText: 'Untitled' }).waitFor();
      const editor = page.locator('.editor-instance .monaco-editor').first();
      await editor.locator('.view-lines', { hasText: 'Responsible for managing the Windows 11 rollout' }).waitFor();
      await editor.locator('.squiggly-warning').first().waitFor();
      return `${await editor.locator('.squiggly-warning').count()} warning squiggles in the untitled copy`;
    });
  });
}

await finish('preview', checks, main);
