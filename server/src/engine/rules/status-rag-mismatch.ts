// status-rag-mismatch: an overall Green contradicted by an open high-severity
// risk or issue, or a milestone forecast later than its baseline.
import { listOption, numberOption } from '../pm/fields';
import { overallStatus, parseRag, STATUS_LABELS } from '../pm/rag';
import { readRaid, type RaidItem } from '../pm/raid';
import { BASELINE_HEADERS, FORECAST_HEADERS, redMilestones, slippedMilestones, statusLabelsFor } from '../pm/status';
import type { Rule } from '../types';

const HIGH = ['high', 'very high', 'critical', 'severe', 'major', 'h', 'vh', 'p0', 'p1', 'sev0', 'sev1', 'sev 0', 'sev 1', 'sev-0', 'sev-1', 'priority 1', '1 - critical', '1 - high'];

/** A row or column of earlier ratings: "Last week", "Previous", "Was", "Trend", "Target". */
const PAST_ROW = /\b(?:last|previous|prior|was|trend|target|baseline)\b/i;

/** The areas a status report rates one by one. */
const AREA = /^(?:time|schedule|timeline|timescales?|cost|costs|budget|finance|financials|scope|quality|risks?|resources?|resourcing|people|staffing|benefits?|delivery|issues?|dependencies)$/i;

/** Why an open item is high severity, or undefined. */
function severity(item: RaidItem, high: Set<string>, redFrom: number): string | undefined {
  const { probability, impact, score, rating, priority } = item.fields;
  const number = (text: string | undefined): number | undefined => (text && /^\s*\d+(\.\d+)?\s*$/.test(text) ? Number(text) : undefined);
  // "High", "P1", "Sev 1", or a Red rating in the cell ("Red", "\u{1F534}").
  const word = (text: string | undefined): boolean => !!text && (high.has(text.trim().toLowerCase().replace(/\s*\(.*\)$/, '')) || parseRag(text, true)?.level === 4);
  const s = number(score?.text);
  if (s !== undefined && s >= redFrom) return `a score of ${s}`;
  const p = number(probability?.text);
  const i = number(impact?.text);
  if (p !== undefined && i !== undefined && p * i >= redFrom) return `probability x impact of ${p * i}`;
  for (const field of [rating, score]) if (field && parseRag(field.text, true)?.level === 4) return `a Red rating`;
  // "priority P1", but "Priority 1" as written, not "priority Priority 1".
  if (item.type !== 'risk' && (word(impact?.text) || word(priority?.text))) {
    const [name, value] = word(priority?.text) ? ['priority', priority!.text] : ['impact', impact!.text];
    return value.toLowerCase().startsWith(name) ? value : `${name} ${value}`;
  }
  if (item.type === 'risk' && word(impact?.text) && word(probability?.text)) return `high probability and impact`;
  // A risk rated on one scale only ("| Severity | High |", as the status report template has it) is high on that.
  if (item.type === 'risk' && !probability && word(impact?.text)) return `${/severity/i.test(impact!.label) ? 'severity' : 'impact'} ${impact!.text}`;
  // "- I-04 VPN drops for remote staff (High/High). Owner: ...": probability and impact in brackets in a list item.
  const pair = item.item && !probability && !impact ? HIGH_PAIR.exec(item.item.text.plain) : null;
  if (pair) return `${pair[1]}/${pair[2]} probability and impact`;
  return undefined;
}

/** "(High/High)", "(H/H)", "(Very high / High)": probability and impact written together in brackets. */
const HIGH_PAIR = /\(\s*(very high|high|h|vh|critical)\s*\/\s*(very high|high|h|vh|critical)\s*\)/i;

export const statusRagMismatch: Rule = {
  meta: {
    id: 'status-rag-mismatch',
    description: 'An overall Green status is not contradicted by an open high-severity risk or issue or a slipped milestone.',
    severity: 'warning',
    kinds: ['status-report', 'project-log', 'meeting-notes', 'raid-log'],
    fixable: false,
    example: { before: '**Overall status:** Green, with R-03 open at a score of 20', after: '**Overall status:** Amber: R-03 (score 20) threatens the cut-over; path to green: ...' },
    options: {
      statusLabels: { type: 'string[]', default: [...STATUS_LABELS], description: 'Labels and headings that hold the overall RAG status; outside status reports only those naming "overall", "RAG" or "project" are read.' },
      highValues: { type: 'string[]', default: HIGH, description: 'Impact, priority or probability values that mean high severity (case-insensitive).' },
      redFrom: { type: 'number', default: 16, description: 'The lowest score (or probability x impact) that counts as high severity.' },
      baselineHeaders: { type: 'string[]', default: BASELINE_HEADERS, description: 'Milestone table headers that hold the baseline date.' },
      forecastHeaders: { type: 'string[]', default: FORECAST_HEADERS, description: 'Milestone table headers that hold the forecast date.' },
    },
  },
  check({ doc, kind, today, options, report }) {
    const status = overallStatus(doc, statusLabelsFor(kind, listOption(options, 'statusLabels', STATUS_LABELS)), { latest: kind === 'project-log' ? today : undefined });
    if (status?.rag?.level !== 0) return;
    const high = new Set(listOption(options, 'highValues', HIGH).map((v) => v.toLowerCase()));
    const redFrom = numberOption(options, 'redFrom', 16);
    const reasons: string[] = [];
    for (const item of readRaid(doc, kind, {}, today).items) {
      if (item.closed) continue;
      const why = severity(item, high, redFrom);
      if (why) reasons.push(`${item.id ?? `a ${item.type === 'item' ? 'RAID item' : item.type}`} is open with ${why}`);
    }
    // "| Overall | Green |" above "| Schedule | Red |": the report's own RAG table says Red.
    const row = status.block.row;
    if (row && status.block.table) {
      // The ratings of the other rows, in the overall rating's column (not a comment that opens with "Red tape").
      const column = row.cells.findIndex((c) => c.span.start <= status.span.start && status.span.end <= c.span.end);
      for (const other of column > 0 ? status.block.table.rows : []) {
        if (other === row) continue;
        const red = parseRag(other.cells[column]?.text.plain ?? '', true);
        if (red && red.level >= 3) reasons.push(`${other.cells[0]?.text.plain.trim() || 'another row'} is rated ${red.text} in the same table`);
      }
      // Turned the other way: "| | Overall | Schedule | Budget |" over "| RAG | Green | Red | Amber |".
      const headers = status.block.table.header.cells.map((c) => c.text.plain.trim());
      if (column > 0 && /^overall\b/i.test(headers[column] ?? '')) {
        row.cells.forEach((cell, i) => {
          if (i === 0 || i === column || /\b(?:week|month|period|previous|last|prior|trend|was|target|baseline)\b/i.test(headers[i] ?? '')) return;
          const red = parseRag(cell.text.plain, true);
          if (red && red.level >= 3) reasons.push(`${headers[i] || 'another column'} is rated ${red.text} in the same table`);
        });
      }
    }
    // The report's own ratings by area, in a table of their own: "| Time | Cost | Scope |" over "| Red | Green | Green |",
    // or "| Schedule | Red |" row by row (the status report template rates each area).
    for (const table of doc.tables) {
      if (table === status.block.table) continue;
      const headers = table.header.cells.map((c) => c.text.plain.trim());
      const across = headers.filter((h) => AREA.test(h)).length >= 2;
      for (const r of across ? table.rows : []) {
        // "| Last week | Red | Green |" above "| This week | Green | Green |": only the current ratings count.
        if (PAST_ROW.test(r.cells[0]?.text.plain ?? '')) continue;
        r.cells.forEach((cell, i) => {
          if (!AREA.test(headers[i] ?? '')) return;
          const red = parseRag(cell.text.plain, true);
          if (red && red.level >= 3) reasons.push(`${headers[i]} is rated ${red.text}`);
        });
      }
      const down = table.rows.filter((r) => AREA.test(r.cells[0]?.text.plain.trim() ?? ''));
      if (!across && down.length >= 2) {
        // "| Area | Last week | This week |": the current column, named so or the last one.
        const named = headers.findIndex((h, i) => i > 0 && /\b(?:this|current|now|rag|status|rating)\b/i.test(h) && !PAST_ROW.test(h));
        const column = named > 0 ? named : Math.max(1, headers.length - 1);
        for (const r of down) {
          const red = r.cells.slice(column, column + 1).map((c) => parseRag(c.text.plain, true)).find(Boolean);
          if (red && red.level >= 3) reasons.push(`${r.cells[0].text.plain.trim()} is rated ${red.text}`);
        }
      }
    }
    for (const slip of slippedMilestones(doc, today, listOption(options, 'baselineHeaders', BASELINE_HEADERS), listOption(options, 'forecastHeaders', FORECAST_HEADERS))) {
      reasons.push(`"${slip.name}" is forecast for ${slip.forecast.text}, after its baseline of ${slip.baseline.text}`);
    }
    for (const milestone of redMilestones(doc)) reasons.push(`"${milestone.name}" is rated ${milestone.rating}`);
    if (!reasons.length) return;
    // The first two said, the rest counted: "(and 1 more)" alone left the reader to find it.
    const said = reasons.length > 1 ? `${reasons[0]}, and ${reasons[1]}${reasons.length > 2 ? ` (and ${reasons.length - 2} more)` : ''}` : reasons[0];
    report({ span: status.span, message: `The overall status is ${status.raw}, but ${said}. Rate it Amber or Red, or update what contradicts it.` });
  },
};
