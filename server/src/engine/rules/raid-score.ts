// raid-score: a risk's score is probability x impact, its values sit on the
// configured scale, and a RAG rating matches the score's band.
import { listOption, numberOption, synonymOption, SYNONYMS } from '../pm/fields';
import { parseRag, RAG_NAMES } from '../pm/rag';
import { readRaid, subject, type FieldValue, type RaidItem } from '../pm/raid';
import { scaledBands, statedScaleMax } from '../pm/raid-rating';
import type { Rule } from '../types';

/** A whole number written alone or leading a cell ("4", "4 (High)"); undefined otherwise. */
function scaleValue(field: FieldValue | undefined): number | undefined {
  if (!field || field.empty) return undefined;
  const match = /^\s*(-?\d+(?:\.\d+)?)(?!\s*%)(?:\s*(?:\(.*\)|[-–—:/].*|[A-Za-z ]*))?\s*$/.exec(field.text);
  return match ? Number(match[1]) : undefined;
}

export const raidScore: Rule = {
  meta: {
    id: 'raid-score',
    description: 'Risk scores equal probability x impact on the configured scale, and RAG ratings match the score band.',
    severity: 'info',
    kinds: ['raid-log', 'project-log', 'status-report', 'meeting-notes', 'decision-log', 'change-log', 'lessons-learned', 'charter', 'wbs', 'stakeholder-register'],
    fixable: false,
    example: { before: '| R-01 | Supplier slips | 4 | 5 | 12 | Amber |', after: '| R-01 | Supplier slips | 4 | 5 | 20 | Red |' },
    options: {
      scaleMin: { type: 'number', default: 1, integer: true, below: 'scaleMax', description: 'The lowest probability or impact value.' },
      scaleMax: { type: 'number', default: 5, integer: true, minimum: 1, description: 'The highest probability or impact value.' },
      amberFrom: { type: 'number', default: 9, below: 'redFrom', description: 'The lowest score rated Amber (below it: Green).' },
      redFrom: { type: 'number', default: 16, description: 'The lowest score rated Red.' },
      probabilityHeaders: synonymOption('probability', 'the probability'),
      impactHeaders: synonymOption('impact', 'the impact'),
      scoreHeaders: synonymOption('score', 'the score'),
      ratingHeaders: synonymOption('rating', 'the RAG rating'),
    },
  },
  check({ doc, kind, today, options, report }) {
    const min = numberOption(options, 'scaleMin', 1);
    const configuredMax = numberOption(options, 'scaleMax', 5);
    const configuredAmber = numberOption(options, 'amberFrom', 9);
    const configuredRed = numberOption(options, 'redFrom', 16);
    // A table whose header states its scale ("Likelihood (1-3)") is scored on it, with the bands scaled from the
    // 1-5 scale's (on 1-3: Red from 6, Amber 3-5), unless the scale or the bands are configured.
    const defaults = min === 1 && configuredMax === 5 && configuredAmber === 9 && configuredRed === 16;
    const configured = { max: configuredMax, amberFrom: configuredAmber, redFrom: configuredRed };
    // Read once per table, not per row.
    const byTable = new Map<object, { max: number; amberFrom: number; redFrom: number }>();
    const scaleOf = (item: RaidItem): { max: number; amberFrom: number; redFrom: number } => {
      const raid = item.table;
      if (!defaults || !raid) return configured;
      let scale = byTable.get(raid);
      if (!scale) {
        // Only the probability and impact headers: "Proximity (1-3)" or "Effort (1-2 days)" is another scale.
        const cells = [raid.columns.probability, raid.columns.impact].flatMap((k) => (k === undefined ? [] : [raid.table.header.cells[k]?.text.plain ?? '']));
        const stated = cells.length ? statedScaleMax(cells) : undefined;
        scale = stated === undefined || stated === 5 ? configured : { max: stated, ...scaledBands(stated) };
        byTable.set(raid, scale);
      }
      return scale;
    };
    const synonyms = {
      probability: listOption(options, 'probabilityHeaders', SYNONYMS.probability),
      impact: listOption(options, 'impactHeaders', SYNONYMS.impact),
      score: listOption(options, 'scoreHeaders', SYNONYMS.score),
      rating: listOption(options, 'ratingHeaders', SYNONYMS.rating),
    };
    for (const item of readRaid(doc, kind, synonyms, today).items) {
      // A closed item is history: no one re-scores or re-rates it.
      if (item.closed) continue;
      const { max, amberFrom, redFrom } = scaleOf(item);
      const band = (score: number): 0 | 2 | 4 => (score >= redFrom ? 4 : score >= amberFrom ? 2 : 0);
      const bandText = (level: number): string => (level === 4 ? `${redFrom} and above` : level === 2 ? `${amberFrom}-${redFrom - 1}` : `below ${amberFrom}`);
      const { probability, impact, score, rating } = item.fields;
      const p = scaleValue(probability);
      const i = scaleValue(impact);
      let inScale = true;
      for (const [value, field, name] of [[p, probability, 'probability'], [i, impact, 'impact']] as const) {
        if (value === undefined || !field) continue;
        if (value < min || value > max || !Number.isInteger(value)) {
          inScale = false;
          // "2.5" lies inside 1-5: it is not one of the scale's whole points.
          const what = value >= min && value <= max ? `not a whole number on the ${min}-${max} scale used for scoring` : `outside the ${min}-${max} scale used for scoring`;
          // The item's id, as in the rule's other messages: a table of twenty risks has many a "6".
          report({ span: field.span, message: `${subject(item)} has ${name === 'impact' ? 'an' : 'a'} ${name} of ${value}, ${what}.` });
        }
      }
      const product = p !== undefined && i !== undefined && inScale ? p * i : undefined;
      const s = scaleValue(score);
      if (score && s !== undefined) {
        if (product !== undefined && s !== product) {
          report({ span: score.span, message: `${subject(item)} has a score of ${s}, but probability x impact is ${p} x ${i} = ${product}.`, suggestions: [{ title: `Set the score to ${product}`, edit: { range: [score.span.start, score.span.end], text: String(product) } }] });
        } else if (product === undefined && (s < min * min || s > max * max)) {
          report({ span: score.span, message: `${subject(item)} has a score of ${s}, outside the ${min * min}-${max * max} range of a ${min}-${max} scale.` });
        }
      }
      const expected = product ?? (s !== undefined && (!score || s >= min * min) && s <= max * max ? s : undefined);
      for (const field of [rating, score]) {
        if (!field || field.empty) continue;
        let rag = parseRag(field.text, true);
        let at = field.span;
        // "8 (Amber)", "12 Red", "25 \u{1F7E2}": a rating written in the Score cell, after the number.
        const inner = !rag && field === score ? /^\s*\d+(?:\.\d+)?\s*(?:[-\u2013\u2014:,]\s*)?\(?\s*([^()\s][^()]*?)\s*\)?\s*\.?\s*$/u.exec(field.text) : null;
        if (inner) {
          rag = parseRag(inner[1], true);
          const k = doc.source.slice(field.span.start, field.span.end).indexOf(inner[1]);
          if (k >= 0) at = { start: field.span.start + k, end: field.span.start + k + inner[1].length };
        }
        // "Score: 20 (Amber)." in a list item: the label's value stops at the bracket; the rating is just after it.
        const after = !rag && field === score && !item.table ? /^\s*\(\s*([A-Za-z][A-Za-z/ -]*?)\s*\)/.exec(doc.source.slice(field.span.end, field.span.end + 24)) : null;
        if (after) {
          rag = parseRag(after[1], true);
          const k = field.span.end + after[0].indexOf(after[1]);
          at = { start: k, end: k + after[1].length };
        }
        if (!rag || expected === undefined || (rag.level !== 0 && rag.level !== 2 && rag.level !== 4)) continue;
        if (rag.level !== band(expected)) {
          const level = band(expected);
          report({ span: at, message: `${subject(item)} is rated ${RAG_NAMES[rag.level]}, but a score of ${expected} is ${RAG_NAMES[level]} (${bandText(level)}).`, suggestions: [{ title: `Rate it ${RAG_NAMES[level]}`, edit: { range: [at.start, at.end], text: RAG_NAMES[level] } }] });
        }
      }
    }
  },
};
