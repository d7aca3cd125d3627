// The Markdown preview plugin (client/src/preview, bundled as dist/preview.js):
// RAG badges, the milestones Gantt chart, the RAID summary, and that nothing a
// document holds comes out as markup: hostile input stays inert, rendering never
// throws, the SVG is well-formed, and a 2,000-row table renders in linear time.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { assertGrowsLinearly } from './helpers.mjs';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const preview = require(path.join(ROOT, 'dist', 'preview.js'));
const TODAY = '2026-11-16';

function md(options = {}, today = TODAY) {
  return new MarkdownIt(options).use(preview.impactLintPreview, { today });
}
const render = (text, options, today) => md(options, today).render(text);

/** The SVG charts in `html`. */
const svgs = (html) => html.match(/<svg xmlns="http:\/\/www.w3.org\/2000\/svg" class="il-gantt"[\s\S]*?<\/svg>/g) ?? [];
/** Our own fragments: charts with their captions, RAID summaries, badges. */
function ours(html) {
  return [
    ...(html.match(/<figure class="il-gantt-figure">[\s\S]*?<\/figure>/g) ?? []),
    ...(html.match(/<div class="il-raid-summary"[\s\S]*?<\/div>/g) ?? []),
    ...(html.match(/<span class="il-rag[^"]*"[^>]*>[\s\S]*?<\/span>(?:<\/span>)?/g) ?? []),
  ];
}
const rows = (svg) => svg.match(/<g class="il-gantt-row [^"]*">[\s\S]*?<\/g>/g) ?? [];

/** Tags in order; throws unless every opened tag is closed in order (self-closing allowed). */
function assertWellFormed(fragment) {
  const stack = [];
  const TAG = /<(\/?)([a-zA-Z][\w-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|<|>/g;
  for (let m = TAG.exec(fragment); m; m = TAG.exec(fragment)) {
    if (!m[2]) assert.fail(`a bare "${m[0]}" at ${m.index}: ${fragment.slice(Math.max(0, m.index - 60), m.index + 60)}`);
    if (m[4]) continue;
    if (m[1]) assert.equal(stack.pop(), m[2], `</${m[2]}> closes the wrong element at ${m.index}`);
    else stack.push(m[2]);
  }
  assert.deepEqual(stack, [], 'unclosed elements');
}

const SVG_TAGS = new Set(['svg', 'title', 'g', 'line', 'text', 'rect', 'path']);

const MILESTONES = `## Milestones

| Milestone | Start | End | Status |
| --- | --- | --- | --- |
| Site survey | 2026-09-14 | 2026-10-02 | Done |
| Switch delivery | 2026-10-26 | 2026-11-13 | In progress |
| Floor 3 cabling | 2026-11-09 | 2026-12-04 | At risk |
| Move weekend | | 2026-12-12 | Not started |
| Hypercare | 2026-12-14 | 2026-12-23 | |
`;

describe('preview: RAG badges', () => {
  it('turns rating cells and "Status:" fields into badges with their full name', () => {
    const html = render(`**Overall status:** Amber · **Trend:** Steady\n\nRAG status: R\n\n| Time | Cost | Overall |\n| --- | --- | --- |\n| Green | Red - vendor | A/G |\n`);
    assert.match(html, /<strong>Overall status:<\/strong> <span class="il-rag il-rag-amber" title="RAG: Amber">Amber<\/span> · <strong>Trend:<\/strong> Steady/);
    assert.match(html, /RAG status: <span class="il-rag il-rag-red" title="RAG: Red">R<span class="il-sr"> \(Red\)<\/span><\/span>/);
    assert.match(html, /<td><span class="il-rag il-rag-green" title="RAG: Green">Green<\/span><\/td>/);
    assert.match(html, /<td><span class="il-rag il-rag-red" title="RAG: Red">Red<\/span> - vendor<\/td>/);
    assert.match(html, /<td><span class="il-rag il-rag-amber-green" title="RAG: Amber\/Green">A\/G<span class="il-sr"> \(Amber\/Green\)<\/span><\/span><\/td>/);
  });

  it('badges several fields on one line and keeps the text between them', () => {
    const html = render('Time: Green · Cost: Amber · Scope: Red');
    assert.equal(html, '<p>Time: <span class="il-rag il-rag-green" title="RAG: Green">Green</span> · Cost: <span class="il-rag il-rag-amber" title="RAG: Amber">Amber</span> · Scope: <span class="il-rag il-rag-red" title="RAG: Red">Red</span></p>\n');
  });

  it('leaves letters outside rating columns, words that only start with a colour, and code alone', () => {
    const html = render('| ID | Type | Status |\n| --- | --- | --- |\n| A-1 | A | Greenfield |\n\nStatus: `Red`\n\nThe red team met.\n');
    assert.doesNotMatch(html, /il-rag/);
  });

  it('reads the UK five-point scale, on track / at risk and emoji', () => {
    const html = render('| Status |\n| --- |\n| Amber/Red |\n| On track |\n| 🟢 |\n');
    assert.match(html, /il-rag-amber-red/);
    assert.match(html, /il-rag-green" title="RAG: Green">On track<span class="il-sr"> \(Green\)/);
    assert.match(html, /il-rag-green" title="RAG: Green">🟢/);
  });
});

describe('preview: milestones as a Gantt chart', () => {
  const html = render(MILESTONES);
  const [svg] = svgs(html);

  it('draws one chart after the table, one row per milestone: bars for start-end, a diamond for a due date', () => {
    assert.equal(svgs(html).length, 1);
    assert.ok(html.indexOf('</table>') < html.indexOf('<svg'), 'the chart follows the table');
    const r = rows(svg);
    assert.equal(r.length, 5);
    assert.deepEqual(r.map((row) => (row.includes('<rect') ? 'bar' : row.includes('il-gantt-milestone') ? 'diamond' : 'none')), ['bar', 'bar', 'bar', 'diamond', 'bar']);
    assert.match(r[0], /<text class="il-gantt-label"[^>]*>Site survey<\/text>/);
    assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" class="il-gantt" role="img" aria-label="Gantt chart: 5 milestones/);
  });

  it('marks late items (end before today, not done) red and done items not red', () => {
    const [done, late, atRisk, , future] = rows(svg);
    assert.match(done, /il-state-done/);
    assert.doesNotMatch(done, /#d13438|il-state-late/);
    assert.match(late, /il-state-late/);
    assert.match(late, /<rect class="il-gantt-bar"[^>]*fill="#d13438"/);
    assert.match(atRisk, /il-state-at-risk/);
    assert.match(future, /il-state-open/);
  });

  it('puts the today line where today falls on the date axis', () => {
    const today = /<line class="il-gantt-today" x1="([\d.]+)"/.exec(svg);
    assert.ok(today, 'a today line');
    const x = Number(today[1]);
    const bars = rows(svg).map((row) => /<rect class="il-gantt-bar" x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/.exec(row));
    // Today (16 Nov) lies inside the floor 3 bar (9 Nov - 4 Dec), after the switch bar's end (13 Nov).
    assert.ok(x > Number(bars[2][1]) && x < Number(bars[2][1]) + Number(bars[2][2]), `today ${x} inside the floor 3 bar`);
    assert.ok(x > Number(bars[1][1]) + Number(bars[1][2]), 'today after the switch bar');
    // A day is the same width everywhere: today on a bar's start date sits on that bar's left edge.
    const onStart = svgs(render(MILESTONES, {}, '2026-11-09'))[0];
    const floor3 = /<rect class="il-gantt-bar" x="([\d.]+)"/.exec(rows(onStart)[2])[1];
    assert.equal(/<line class="il-gantt-today" x1="([\d.]+)"/.exec(onStart)[1], floor3);
  });

  it('labels the axis with dates and keeps the chart within its width', () => {
    const ticks = [...svg.matchAll(/<text class="il-gantt-tick"[^>]*>([^<]+)<\/text>/g)].map((m) => m[1]);
    assert.ok(ticks.length >= 4 && ticks.length <= 12, ticks.join(', '));
    assert.ok(ticks.every((t) => /^\d{1,2} [A-Z][a-z]{2}$/.test(t)), ticks.join(', '));
    for (const m of svg.matchAll(/ x[12]?="([-\d.]+)"/g)) assert.ok(Number(m[1]) >= 0 && Number(m[1]) <= 760, m[0]);
    assert.deepEqual(preview.ticks(0, 3650).map((t) => t.label).slice(0, 3), ['1970', '1972', '1974']);
    assert.ok(preview.ticks(-100_000, 100_000).length <= 20);
  });

  it('reads Baseline and Forecast: the forecast is the date, the baseline shows the slip', () => {
    const [chart] = svgs(render('| Milestone | Baseline | Forecast | Status |\n| --- | --- | --- | --- |\n| Go-live | 2026-12-01 | 2026-12-15 | On track |\n| Design | 2026-10-01 | 2026-10-01 | Complete |\n'));
    const [golive, design] = rows(chart);
    assert.match(golive, /il-gantt-baseline/);
    assert.match(golive, /il-gantt-milestone/);
    assert.match(golive, /<title>Go-live: due 2026-12-15, baseline 2026-12-01, status On track \(planned\)<\/title>/);
    assert.doesNotMatch(design, /il-gantt-baseline/);
    assert.match(design, /il-state-done/);
  });

  it('reads dates as people write them and lists an undated milestone without a bar', () => {
    const [chart] = svgs(render('| Task | Start | Finish |\n| --- | --- | --- |\n| Build | 3 Nov 2026 | Dec 1, 2026 |\n| Later | TBD | TBD |\n'));
    const [build, later] = rows(chart);
    assert.match(build, /2026-11-03 to 2026-12-01/);
    assert.match(later, /no date/);
  });

  it('draws nothing for tables that are not milestone plans, nor for a RAID table', () => {
    assert.equal(svgs(render('| Name | Role |\n| --- | --- |\n| Sam | Sponsor |\n')).length, 0);
    assert.equal(svgs(render('| Milestone | Owner |\n| --- | --- |\n| Go-live | Sam |\n')).length, 0);
    assert.equal(svgs(render('| Milestone | Due |\n| --- | --- |\n| Go-live | TBD |\n')).length, 0);
    assert.equal(svgs(render('| ID | Type | Description | Owner | Due | Status |\n| --- | --- | --- | --- | --- | --- |\n| R-01 | Risk | Slip | Sam | 2026-12-01 | Open |\n')).length, 0);
  });

  it('takes today from a function per render, and falls back to the clock on a bad value', () => {
    let today = '2026-01-01';
    const engine = new MarkdownIt().use(preview.impactLintPreview, { today: () => today });
    assert.match(engine.render(MILESTONES), /today 2026-01-01/);
    today = '2026-11-09';
    assert.match(engine.render(MILESTONES), /today 2026-11-09/);
    assert.equal(preview.resolveToday('not a date', () => new Date(2026, 1, 3)), '2026-02-03');
    assert.equal(preview.resolveToday(undefined, () => new Date(2026, 1, 3)), '2026-02-03');
  });

  it('installs once even when used twice', () => {
    const engine = new MarkdownIt().use(preview.impactLintPreview, { today: TODAY }).use(preview.impactLintPreview, { today: TODAY });
    assert.equal(svgs(engine.render(MILESTONES)).length, 1);
  });
});

describe('preview: RAID summary', () => {
  const RAID = `## RAID

| ID | Type | Description | Owner | Status | Probability | Impact | Rating |
| --- | --- | --- | --- | --- | --- | --- | --- |
| R-01 | Risk | Switch slips | Sam | Open | 4 | 5 | |
| R-02 | Risk | Lift unavailable | Lee | Open | 3 | 3 | |
| R-03 | Risk | Power | Lee | Open | | | Green |
| R-04 | Risk | Old risk | Lee | Closed | 5 | 5 | |
| I-01 | Issue | Floor plan | | In progress | | | Red |
| A-01 | Assumption | Lift engineer | Lee | Validated | | | |
| D-01 | Dependency | Cabling | Kim | Open | | | |
`;

  it('counts open items by type and severity above the table', () => {
    const html = render(RAID);
    const [summary] = html.match(/<div class="il-raid-summary"[\s\S]*?<\/div>/) ?? [];
    assert.ok(summary, 'a summary');
    assert.ok(html.indexOf('il-raid-summary') < html.indexOf('<table>'), 'above the table');
    assert.match(summary, /data-open="5" data-total="7"/);
    assert.match(summary, /Open RAID items: 5 of 7 \(2 closed\)/);
    assert.match(summary, /data-type="risk" data-open="3"><strong>Risks:<\/strong> 3 open <span class="il-sev il-sev-high" data-severity="high">1 high<\/span> <span class="il-sev il-sev-medium" data-severity="medium">1 medium<\/span> <span class="il-sev il-sev-low" data-severity="low">1 low<\/span>/);
    assert.match(summary, /data-type="issue" data-open="1"><strong>Issues:<\/strong> 1 open <span class="il-sev il-sev-high"/);
    assert.match(summary, /data-type="dependency" data-open="1"><strong>Dependencies:<\/strong> 1 open <span class="il-sev il-sev-unrated"/);
    assert.doesNotMatch(summary, /data-type="assumption"/);
  });

  it('reads types from ids and from the heading of a separate register', () => {
    const html = render('## Risks\n\n| Risk | Owner | Severity |\n| --- | --- | --- |\n| Vendor slips | Sam | High |\n| Lift | Lee | Low |\n');
    assert.match(html, /data-type="risk" data-open="2"/);
    assert.match(html, /1 high<\/span> <span class="il-sev il-sev-low" data-severity="low">1 low/);
  });

  it('agrees with the status report on the same table: scale, impact alone, validated assumptions', () => {
    const engine = require(path.join(ROOT, 'dist', 'engine.js'));
    const table = `# RAID log

| ID | Type | Description | Owner | Status | Due | Probability (1-3) | Impact (1-3) |
| --- | --- | --- | --- | --- | --- | --- | --- |
| R-01 | Risk | Switches slip | Sam | Open | 2026-12-20 | 3 | 3 |
| R-02 | Risk | Lift booked | Lee | Open | 2026-12-20 | 2 | 2 |
| R-03 | Risk | Lease ends | Sam | Open | 2026-12-20 | | 3 |
| R-04 | Risk | Cabling thin | Lee | Open | 2026-12-20 | 1 | 1 |
| A-01 | Assumption | Lift engineer | Lee | Validated | 2026-11-01 | | |
`;
    const html = render(table);
    assert.match(html, /data-type="risk" data-open="4"><strong>Risks:<\/strong> 4 open <span class="il-sev il-sev-high" data-severity="high">2 high<\/span> <span class="il-sev il-sev-medium" data-severity="medium">1 medium<\/span> <span class="il-sev il-sev-low" data-severity="low">1 low/);
    assert.doesNotMatch(html, /data-type="assumption"/);
    const report = engine.statusReport({ raid: `---\nimpact-lint: raid-log\n---\n\n${table}`, today: TODAY });
    assert.deepEqual(report.open.map((i) => [i.id, i.severity]), [['R-01', 'High'], ['R-03', 'High'], ['R-02', 'Medium'], ['R-04', 'Low']]);
  });

  it('an impact of 5 alone is high', () => {
    const html = render('## Risks\n\n| Risk | Owner | Impact |\n| --- | --- | --- |\n| Vendor slips | Sam | 5 |\n');
    assert.match(html, /data-type="risk" data-open="1"><strong>Risks:<\/strong> 1 open <span class="il-sev il-sev-high"/);
  });

  it('leaves other tables alone', () => {
    assert.doesNotMatch(render('| Decision | Decider | By |\n| --- | --- | --- |\n| Fee | Dana | 2026-12-01 |\n'), /il-raid-summary/);
    assert.doesNotMatch(render(MILESTONES), /il-raid-summary/);
  });
});

describe('preview: hostile input stays inert', () => {
  const PAYLOADS = [
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    "'><svg onload=alert(1)>",
    '[click](javascript:alert(1))',
    '</svg><script>alert(1)</script>',
    '</text></g></svg><img src=x onerror=alert(2)>',
    '<a href="javascript:alert(1)" style="position:fixed">x</a>',
    '<style>body{display:none}</style>',
    '" style="fill:url(http://evil.example/x)',
    '&lt;script&gt;alert(1)&lt;/script&gt;',
    '&#60;script&#62;',
    '\u202Egnp.exe\u202C Amber',
    'Go\u200Blive\u0000\u0007',
    '＜script＞alert(1)＜/script＞',
    '<![CDATA[<script>alert(1)</script>]]>',
    '<!--',
    '{{constructor.constructor("alert(1)")()}}',
  ];
  const doc = (p) => `**Overall status:** ${p}\n\nStatus: Amber ${p}\n\n| Milestone | Start | End | Status | RAG |\n| --- | --- | --- | --- | --- |\n| ${p} | 2026-11-01 | 2026-11-20 | ${p} | Red ${p} |\n| Ok | ${p} 2026-11-02 | 2026-12-01 ${p} | Done | ${p} |\n\n| ID | Type | Description | Owner | Status | Severity |\n| --- | --- | --- | --- | --- | --- |\n| R-01 | Risk | ${p} | ${p} | ${p} | ${p} |\n`;
  const withoutPlugin = (text, options) => new MarkdownIt(options).render(text);

  for (const html of [false, true]) {
    it(`adds no markup from the document with html: ${html}`, () => {
      for (const payload of PAYLOADS) {
        const text = doc(payload.replace(/\|/g, '\\|'));
        const out = render(text, { html, linkify: true });
        const plain = withoutPlugin(text, { html, linkify: true });
        // Nothing the plugin adds is raw: the counts of dangerous markup are markdown-it's own.
        for (const re of [/<script/gi, /<[a-z][^>]*\son\w+\s*=/gi, /<[a-z][^>]*javascript:/gi, /<img/gi, /<style/gi, /<[a-z][^>]*\sstyle=/gi, /<a\s/gi]) {
          assert.equal((out.match(re) ?? []).length, (plain.match(re) ?? []).length, `${re} for ${JSON.stringify(payload)}`);
        }
        if (!html) assert.doesNotMatch(out, /<script|<img|<style|<[a-z][^>]*\son\w+=/i, JSON.stringify(payload));
        for (const fragment of ours(out)) {
          assert.doesNotMatch(fragment, /<script|<img|<style|<a\s|<foreignObject|<[a-z][^>]*(?:\son\w+\s*=|javascript:|\sstyle=|href|url\(|xlink)/i, `${JSON.stringify(payload)} -> ${fragment.slice(0, 300)}`);
        }
        for (const svg of svgs(out)) {
          assertWellFormed(svg);
          for (const m of svg.matchAll(/<\/?([a-zA-Z][\w-]*)/g)) assert.ok(SVG_TAGS.has(m[1]), `<${m[1]}> inside the SVG for ${JSON.stringify(payload)}`);
          assert.doesNotMatch(svg, /[\u202A-\u202E\u2066-\u2069\u200B\u0000-\u0008]/u, 'bidi, zero-width and control characters dropped');
        }
      }
    });
  }

  it('escapes names and statuses in labels and titles', () => {
    const [svg] = svgs(render('| Milestone | Due | Status |\n| --- | --- | --- |\n| </title></svg><script>x</script> & "q" | 2026-12-01 | "><b> |\n'));
    assert.match(svg, /<title>&lt;\/title&gt;&lt;\/svg&gt;&lt;script&gt;x&lt;\/script&gt; &amp; &quot;q&quot;: due 2026-12-01, status &quot;&gt;&lt;b&gt; \(planned\)<\/title>/);
    assert.match(svg, /class="il-gantt-label"[^>]*>&lt;\/title&gt;&lt;\/svg&gt;&lt;script&gt;x&lt;\/scri…<\/text>/);
  });

  it('never throws and always writes well-formed SVG (fast-check)', () => {
    const FRAGMENTS = ['|', '\\|', ' | ', '\n', '---', '| --- |', 'Milestone', 'Start', 'End', 'Due', 'Status', 'Type', 'ID', 'R-01', 'Risk', 'Done', 'Late', 'Red', 'Amber', 'G', 'A/R', '🟢', 'Status: ', '**', '`', '<', '>', '&', '"', "'", '<script>', '</svg>', 'onerror=', 'javascript:', '2026-11-01', '1 Dec 2026', 'Q4 2026', '31/02/2026', '9999-99-99', '1900-01-01', '2200-12-31', '\u202E', '\uD800', '\u0000', '\t', ' '];
    const text = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 5 })), { maxLength: 80 }).map((parts) => `| Milestone | Start | End | Status |\n| --- | --- | --- | --- |\n${parts.join('')}`);
    fc.assert(
      fc.property(text, fc.boolean(), fc.constantFrom('2026-11-16', '1900-01-01', '2200-12-31'), (doc, html, today) => {
        const out = render(doc, { html }, today);
        for (const svg of svgs(out)) assertWellFormed(svg);
        for (const fragment of ours(out)) assert.doesNotMatch(fragment, /<script|<[a-z][^>]*(?:\son\w+\s*=|javascript:)/i);
      }),
      { numRuns: 300 },
    );
  });
});

describe('preview: size', () => {
  const table = (n) => `| Milestone | Start | End | Status | RAG |\n| --- | --- | --- | --- | --- |\n${Array.from({ length: n }, (_, i) => `| Task ${i} | 2026-${String((i % 12) + 1).padStart(2, '0')}-01 | 2026-${String((i % 12) + 1).padStart(2, '0')}-20 | ${i % 3 ? 'Open' : 'Done'} | Amber |`).join('\n')}\n`;

  it('renders a 2,000-row table in linear time and caps the chart', () => {
    const small = md();
    const large = md();
    const smallText = table(500);
    const largeText = table(2000);
    // 4x the rows: linear is 4x, quadratic 16x.
    assertGrowsLinearly('preview of 500 -> 2,000 rows', () => small.render(smallText), () => large.render(largeText), { bound: 10, floorMs: 10 });
    const out = render(table(2000));
    assert.equal(rows(svgs(out)[0]).length, preview.GANTT_LIMITS.rows);
    assert.match(out, /the first 150 of 2000 rows/);
    assert.equal((out.match(/il-rag-amber/g) ?? []).length, 2000);
  });
});

describe('preview: a long paragraph of ratings', () => {
  // Each rating is split out of its text run; doing that by splicing the paragraph's
  // children once per rating made time grow with the square of the length.
  const families = {
    'ratings between code spans': (n) => 'Status: Red `x` '.repeat(n),
    'ratings in one text run': (n) => 'Status: Red, '.repeat(n),
    'ratings after bold labels': (n) => '**Status:** Amber · '.repeat(n),
  };
  for (const [name, make] of Object.entries(families)) {
    it(`${name}: 4x the text takes about 4x the time`, { timeout: 60_000 }, () => {
      const small = md();
      const large = md();
      const smallText = make(4000);
      const largeText = make(16000);
      // Linear is 4x, quadratic 16x; a ratio, with room for a shared machine's noise.
      assertGrowsLinearly(name, () => small.render(smallText), () => large.render(largeText), { bound: 10, floorMs: 50 });
      assert.equal((render(make(16000)).match(/class="il-rag /g) ?? []).length, 16000);
    });
  }

  it('keeps every character of the text around the badges', () => {
    const text = 'Risk: Red, then Status: Amber - vendor `code` Cost: G · Time: Green.';
    const html = render(text);
    assert.equal(html.replace(/<span class="il-sr">[^<]*<\/span>/g, '').replace(/<[^>]+>/g, ''), `${text.replace(/`/g, '')}\n`);
    assert.equal((html.match(/class="il-rag /g) ?? []).length, 4);
  });
});

describe('preview: the example and the manifest', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

  it('examples/status-report.md renders badges, a Gantt chart of its milestones and a RAID summary', () => {
    const text = fs.readFileSync(path.join(ROOT, 'examples', 'status-report.md'), 'utf8');
    const out = render(text, { html: false }, '2026-11-27');
    const [svg] = svgs(out);
    assert.equal(rows(svg).length, 6);
    assert.equal(rows(svg).filter((r) => r.includes('il-state-late')).length, 1);
    assert.match(out, /<strong>Overall status:<\/strong> <span class="il-rag il-rag-amber"/);
    assert.match(out, /class="il-raid-summary" role="note" data-open="2" data-total="3"/);
  });

  it('package.json contributes the plugin, its stylesheet and a walkthrough whose files ship', () => {
    const c = pkg.contributes;
    assert.equal(c['markdown.markdownItPlugins'], true);
    for (const style of c['markdown.previewStyles']) assert.ok(fs.existsSync(path.join(ROOT, style)), style);
    const commands = new Set(c.commands.map((x) => x.command));
    assert.ok(commands.has('impactLint.openExample'));
    const [walkthrough] = c.walkthroughs;
    assert.ok(walkthrough.steps.length >= 5);
    for (const step of walkthrough.steps) {
      assert.ok(fs.existsSync(path.join(ROOT, step.media.markdown)), step.media.markdown);
      assert.ok(step.completionEvents.length, step.id);
    }
    const linked = walkthrough.steps.flatMap((s) => [...s.description.matchAll(/\(command:([\w.]+)/g)].map((m) => m[1]));
    assert.ok(linked.includes('impactLint.openExample') && linked.includes('impactLint.compareWithJobDescription'), linked.join(', '));
    const ignore = fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8');
    for (const line of ['!examples/*.md', '!media/**']) assert.ok(ignore.split('\n').includes(line), `.vscodeignore lets ${line} in`);
  });
});
