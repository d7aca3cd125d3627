// A Gantt chart of milestones as inline SVG: one row per milestone, a bar from
// start to end or a diamond for a date, the baseline when it slipped, today as a
// line, date ticks on top. Only numbers, fixed class names and escaped text go
// into the markup; no scripts, links, styles or ids.
import type { Milestone, MilestoneState } from './milestones';

export const GANTT_LIMITS = { rows: 150, labelChars: 30 };

const W = 760;
const LABEL_W = 196;
const X0 = 206;
const X1 = 740;
const TOP = 36;
const ROW = 24;
const BAR = 12;
const LEGEND = 30;
const DAY = 86_400_000;

/** Fallback fills for renderers without the stylesheet; media/preview.css overrides them. */
const FILL: Record<MilestoneState, string> = { done: '#6b8f71', late: '#d13438', 'at-risk': '#c27c0e', open: '#3a76c4' };
const STATE_TEXT: Record<MilestoneState, string> = { done: 'done', late: 'late', 'at-risk': 'at risk', open: 'planned' };
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface GanttOptions {
  today: string;
  escapeHtml: (text: string) => string;
}

function day(iso: string): number {
  return Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY;
}

function isoOf(dayNumber: number): string {
  return new Date(dayNumber * DAY).toISOString().slice(0, 10);
}

const num = (n: number): string => (Number.isFinite(n) ? String(Math.round(n * 10) / 10) : '0');

/** Bidi overrides, zero-width and control characters dropped: a label shows what it says. */
export function cleanLabel(text: string, limit = GANTT_LIMITS.labelChars): string {
  const chars = Array.from(text.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]/gu, '').replace(/\s+/g, ' ').trim());
  return chars.length > limit ? `${chars.slice(0, limit - 1).join('').trimEnd()}…` : chars.join('');
}

interface Tick {
  at: number;
  label: string;
}

/** Up to about 8 ticks on day, week, month or year boundaries between lo and hi (day numbers). */
export function ticks(lo: number, hi: number): Tick[] {
  const span = hi - lo;
  const out: Tick[] = [];
  const dayLabel = (d: number): string => {
    const date = new Date(d * DAY);
    return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}`;
  };
  if (span <= 16) {
    const step = span <= 8 ? 1 : 2;
    for (let d = Math.ceil(lo); d <= hi && out.length < 20; d += step) out.push({ at: d, label: dayLabel(d) });
    return out;
  }
  if (span <= 120) {
    const step = span <= 60 ? 7 : 14;
    // Mondays: 1970-01-05 was a Monday (day 4).
    let d = Math.ceil(lo);
    while ((((d - 4) % 7) + 7) % 7 !== 0) d++;
    for (; d <= hi && out.length < 20; d += step) out.push({ at: d, label: dayLabel(d) });
    return out;
  }
  const start = new Date(Math.floor(lo) * DAY);
  const months = span / 30.44;
  const stepMonths = months <= 8 ? 1 : months <= 16 ? 2 : months <= 30 ? 3 : months <= 60 ? 6 : 12 * Math.max(1, Math.ceil(months / 12 / 8));
  const y = start.getUTCFullYear();
  let m = start.getUTCMonth();
  if (stepMonths >= 12) m = 0;
  else m = Math.ceil(m / stepMonths) * stepMonths;
  for (let guard = 0; guard < 40 && out.length < 20; guard++) {
    const at = Date.UTC(y + Math.floor(m / 12), m % 12, 1) / DAY;
    if (at > hi) break;
    if (at >= lo) out.push({ at, label: stepMonths >= 12 ? String(y + Math.floor(m / 12)) : `${MONTHS[m % 12]} ${y + Math.floor(m / 12)}` });
    m += stepMonths;
  }
  return out;
}

/** The chart's date range in day numbers: every date, today when it is near, a little padding. */
function range(items: readonly Milestone[], today: number): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const item of items) {
    for (const iso of [item.start, item.end, item.baseline]) {
      if (!iso) continue;
      const d = day(iso);
      if (d < lo) lo = d;
      if (d > hi) hi = d;
    }
  }
  const span = Math.max(hi - lo, 1);
  if (today >= lo - span / 4 && today <= hi + span / 4) [lo, hi] = [Math.min(lo, today), Math.max(hi, today)];
  if (hi - lo < 14) [lo, hi] = [lo - 7, hi + 7];
  const pad = Math.max(1, (hi - lo) * 0.03);
  return [lo - pad, hi + pad];
}

function describe(item: Milestone): string {
  const when = item.start ? `${item.start} to ${item.end}` : item.end ? `due ${item.end}` : 'no date';
  const baseline = item.baseline ? `, baseline ${item.baseline}` : '';
  const status = item.status ? `, status ${cleanLabel(item.status, 80)}` : '';
  return `${cleanLabel(item.name, 200) || '(unnamed)'}: ${when}${baseline}${status} (${STATE_TEXT[item.state]})`;
}

function diamond(x: number, y: number, r: number, cls: string, fill: string): string {
  return `<path class="${cls}" fill="${fill}" d="M${num(x)} ${num(y - r)}L${num(x + r)} ${num(y)}L${num(x)} ${num(y + r)}L${num(x - r)} ${num(y)}Z"/>`;
}

/** The chart for `items` (already read from a milestones table). */
export function renderGantt(all: readonly Milestone[], { today, escapeHtml }: GanttOptions): string {
  const items = all.slice(0, GANTT_LIMITS.rows);
  const now = day(today);
  const [lo, hi] = range(items, now);
  const x = (iso: string | number): number => X0 + ((typeof iso === 'number' ? iso : day(iso)) - lo) / (hi - lo) * (X1 - X0);
  const height = TOP + items.length * ROW + LEGEND;
  const late = items.filter((i) => i.state === 'late').length;
  const done = items.filter((i) => i.state === 'done').length;
  const summary = `Gantt chart: ${items.length} milestone${items.length === 1 ? '' : 's'} from ${isoOf(Math.ceil(lo))} to ${isoOf(Math.floor(hi))}, ${done} done, ${late} late; today ${today}`;
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" class="il-gantt" role="img" aria-label="${escapeHtml(summary)}" viewBox="0 0 ${W} ${height}" width="${W}" height="${height}" font-family="sans-serif" font-size="11">`);
  out.push(`<title>${escapeHtml(summary)}</title>`);
  // Axis: tick lines over the chart and labels above it.
  out.push('<g class="il-gantt-axis">');
  for (const tick of ticks(lo, hi)) {
    const tx = num(x(tick.at));
    out.push(`<line class="il-gantt-grid" x1="${tx}" y1="${TOP - 6}" x2="${tx}" y2="${height - LEGEND}" stroke="#8884" stroke-width="1"/>`);
    out.push(`<text class="il-gantt-tick" x="${tx}" y="${TOP - 12}" text-anchor="middle" fill="currentColor">${escapeHtml(tick.label)}</text>`);
  }
  out.push('</g>');
  items.forEach((item, index) => {
    const y = TOP + index * ROW + ROW / 2;
    out.push(`<g class="il-gantt-row il-state-${item.state}">`);
    out.push(`<title>${escapeHtml(describe(item))}</title>`);
    out.push(`<text class="il-gantt-label" x="${LABEL_W}" y="${num(y + 4)}" text-anchor="end" fill="currentColor">${escapeHtml(cleanLabel(item.name) || '(unnamed)')}</text>`);
    const fill = FILL[item.state];
    if (item.baseline && item.end) {
      out.push(`<line class="il-gantt-slip" x1="${num(x(item.baseline))}" y1="${num(y)}" x2="${num(x(item.end))}" y2="${num(y)}" stroke="#8888" stroke-width="2" stroke-dasharray="3 2"/>`);
      out.push(diamond(x(item.baseline), y, 5, 'il-gantt-baseline', 'none'));
    }
    if (item.start && item.end) {
      const x1 = x(item.start);
      const w = Math.max(3, x(item.end) - x1);
      out.push(`<rect class="il-gantt-bar" x="${num(x1)}" y="${num(y - BAR / 2)}" width="${num(w)}" height="${BAR}" rx="3" fill="${fill}"/>`);
    } else if (item.end) {
      out.push(diamond(x(item.end), y, 7, 'il-gantt-milestone', fill));
    } else {
      out.push(`<text class="il-gantt-nodate" x="${X0 + 4}" y="${num(y + 4)}" fill="currentColor">no date</text>`);
    }
    out.push('</g>');
  });
  if (now >= lo && now <= hi) {
    const tx = num(x(now));
    out.push(`<g class="il-gantt-today-mark"><line class="il-gantt-today" x1="${tx}" y1="${TOP - 8}" x2="${tx}" y2="${height - LEGEND + 4}" stroke="#d13438" stroke-width="2"/>`);
    out.push(`<text class="il-gantt-today-label" x="${tx}" y="10" text-anchor="middle" fill="#d13438">Today</text></g>`);
  }
  // Legend, so the colours are not the only key.
  const legend: [string, string][] = [['done', 'Done'], ['open', 'Planned'], ['at-risk', 'At risk'], ['late', 'Late']];
  out.push(`<g class="il-gantt-legend" transform="translate(${X0} ${height - 8})">`);
  legend.forEach(([state, label], i) => {
    out.push(`<g class="il-state-${state}"><rect class="il-gantt-bar" x="${i * 80}" y="-9" width="10" height="10" rx="2" fill="${FILL[state as MilestoneState]}"/><text x="${i * 80 + 14}" y="0" fill="currentColor">${label}</text></g>`);
  });
  out.push('</g></svg>');
  const more = all.length > items.length ? ` (the first ${items.length} of ${all.length} rows)` : '';
  return `<figure class="il-gantt-figure">${out.join('')}<figcaption class="il-gantt-caption">${escapeHtml(`Milestones as a Gantt chart${more}: ${done} done, ${late} late, today ${today}.`)}</figcaption></figure>\n`;
}
