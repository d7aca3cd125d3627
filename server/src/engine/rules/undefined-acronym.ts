// undefined-acronym: in status reports and minutes, an acronym is spelled out
// at (or before) its first use; stakeholders are not all technical.
import expansions from '../lexicon/acronym-expansions.json';
import known from '../lexicon/known-acronyms.json';
import { blocks, type Block } from '../pm/blocks';
import { listOption, normalize, SYNONYMS } from '../pm/fields';
import { isProse } from '../pm/scan';
import type { DocumentModel } from '../model';
import type { Rule, Span } from '../types';

const TOKEN = /(?<![\p{L}\p{N}&'’_\-/.])([A-Z][A-Z&]*[A-Z])(s?)(?![\p{L}\p{N}_\-/&])/gu;
const GLOSSARY = /\b(glossary|acronyms|abbreviations|definitions|terms)\b/i;
/** Words written in capitals that are no acronyms: RAG (and BRAG) ratings and statuses ("**Overall status:** GREEN"). */
const CAPITAL_WORDS = new Set(['RED', 'AMBER', 'GREEN', 'BLUE', 'YELLOW', 'DONE', 'OPEN', 'CLOSED', 'BLOCKED', 'LATE', 'URGENT', 'NOTE', 'NEW', 'YES', 'NO']);
const EXPANSIONS = expansions as Record<string, string>;
/** Units of measure written in capitals after a number ("4 TB", "100 GB"): no acronym to spell out. */
const UNIT = /^(?:[KMGTP]B|[KMGT]BPS|GHZ|MHZ|KHZ|KW|MW|KWH|MWH|RPM|FPS|DPI|PPM|IOPS|TPS|RPS|QPS|MS|FTE)$/;

const OWNER_HEADERS = new Set<string>(SYNONYMS.owner);
/** "Mark Jensen", "Lena Fischer": two or three capitalised words. */
const NAME = /(?<![\p{L}])(\p{Lu})\p{Ll}+(?:[-'’]\p{L}+)?\s+(?:(\p{Lu})\p{Ll}+(?:[-'’]\p{L}+)?\s+)?(\p{Lu})\p{Ll}+(?![\p{L}])/gu;

/** Lines that list people: "Attendees: ...", "Present:", "Owner:", "Chair:". */
const PEOPLE_LINE = /^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?(?:attendees|attendance|present|apologies|absent|participants|invitees|chair|facilitator|note[- ]?taker|minute[- ]?taker|owners?|sponsor|distribution)(?:\*\*|__)?[ \t]*:.*$/gim;
const PEOPLE_HEADING = /^(?:attendees|attendance|present|apologies|participants|invitees|people|distribution)\b/i;

/**
 * The initials of the people a document lists ("Mark Jensen" on an Attendees line -> MJ): owners
 * and attendees written short are no acronyms. Only lines and sections that list people: a
 * Title-Case phrase elsewhere ("Data Protection Officer") is the spelling-out of an acronym.
 */
function initialsOfNames(doc: DocumentModel): Set<string> {
  const found = new Set<string>();
  const add = (text: string): void => {
    for (const m of text.matchAll(NAME)) found.add(`${m[1]}${m[2] ?? ''}${m[3]}`);
  };
  for (const m of doc.source.matchAll(PEOPLE_LINE)) add(m[0]);
  for (const item of doc.items) if (item.section.heading && PEOPLE_HEADING.test(item.section.heading.title)) add(item.text.plain);
  return found;
}

/** "database" -> "databases", "virtual machine" -> "virtual machines". */
function plural(phrase: string): string {
  return /(s|x|ch|sh)$/.test(phrase) ? `${phrase}es` : /[^aeiou]y$/.test(phrase) ? `${phrase.slice(0, -1)}ies` : `${phrase}s`;
}

interface Use {
  token: string;
  /** Written with a plural s ("VMs"). */
  plural: boolean;
  span: Span;
  line: number;
  defines: boolean;
  heading: boolean;
  glossary: boolean;
}

/** Whether bracketed text spells out an acronym: two words or more, the first with its first letter ("user acceptance testing" for UAT). */
function spellsOut(inner: string, acronym: string): boolean {
  const text = inner.trim();
  return /^\p{L}/u.test(text) && text.split(/\s+/).length >= 2 && text[0].toLowerCase() === acronym[0].toLowerCase();
}

/** True when the text around plain[start, end) spells the acronym out. */
function defines(block: Pick<Block, 'type' | 'row'>, plain: string, start: number, end: number, token: string): boolean {
  const before = plain.slice(0, start);
  const after = plain.slice(end);
  if (/\(\s*$/.test(before) && /^\s*\)/.test(after)) return true; // "user acceptance testing (UAT)"
  const inner = /^\s*\(\s*([^)]+)\)/.exec(after)?.[1];
  if (inner && spellsOut(inner, token)) return true; // "UAT (user acceptance testing)"
  if (/^\s*(?:stands for|means|is short for|refers to)\b/i.test(after)) return true;
  if (/^[\s*_]*$/.test(before) && (/^[\s*_]*[:=–—-]\s*\p{L}/u.test(after) || (block.type === 'row' && /^s?[\s*_]*$/.test(after) && (block.row?.cells.length ?? 0) > 1))) return true; // glossary line or row
  return false;
}

/** Three or more capitalised words in a row: "PLEASE READ THIS BEFORE THE MEETING", but also "SCCM WSUS MDT". */
const SHOUTED_RUN = /(?<![\p{L}\d])\p{Lu}{2,}(?:[ \t]+\p{Lu}{2,}){2,}(?![\p{L}\d])/gu;

/** Where a text shouts: runs of capitalised words that are words, not a list of acronyms ("AWS EC2 RDS"). */
function shouting(plain: string): [number, number][] {
  if (!/\p{Lu}{2,}[ \t]+\p{Lu}{2,}/u.test(plain)) return [];
  const runs: [number, number][] = [];
  for (const m of plain.matchAll(SHOUTED_RUN)) {
    const words = m[0].split(/[ \t]+/);
    // Acronyms are short: two words of six letters or more ("PAYROLL SYSTEM CRASHED"), or two everyday words, make it shouting.
    if (words.filter((w) => /^\p{Lu}{6,}$/u.test(w)).length >= 2 || words.filter((w) => SHOUTED_WORDS.has(w.toLowerCase())).length >= 2) runs.push([m.index, m.index + m[0].length]);
  }
  return runs;
}

/** Everyday words that make a run of capitals a sentence, not a list of acronyms ("SCCM WSUS MDT", "CISO SIRO DPIA"). */
const SHOUTED_WORDS = new Set(['the', 'this', 'that', 'these', 'those', 'a', 'an', 'and', 'or', 'but', 'not', 'no', 'do', 'does', 'did', 'is', 'are', 'was', 'were', 'be', 'been', 'will', 'must', 'should', 'can', 'please', 'read', 'before', 'after', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'all', 'any', 'your', 'you', 'we', 'our', 'it', 'its', 'as', 'if', 'then', 'only', 'here', 'there', 'now', 'new', 'important', 'note', 'warning', 'urgent', 'meeting', 'report', 'send', 'outside', 'team', 'draft', 'confidential', 'final', 'copy', 'share', 'until', 'again', 'never', 'always', 'still', 'stop', 'check', 'update', 'action', 'required', 'attention', 'deadline', 'today', 'tomorrow', 'keep', 'off', 'up', 'out', 'down', 'over', 'back', 'good', 'bad', 'big', 'very', 'more', 'most', 'less', 'call', 'look']);

export const undefinedAcronym: Rule = {
  meta: {
    id: 'undefined-acronym',
    description: 'In status reports and minutes, acronyms are spelled out at their first use.',
    severity: 'info',
    kinds: ['status-report', 'meeting-notes'],
    fixable: false,
    example: { before: 'UAT starts on Monday.', after: 'User acceptance testing (UAT) starts on Monday.' },
    options: {
      known: { type: 'string[]', default: [], description: 'Acronyms your readers know, added to the built-in list (CEO, HR, KPI, RAG, UK...).' },
    },
  },
  check({ doc, options, report }) {
    const familiar = new Set([...(known as string[]), ...listOption(options, 'known', [])].map((k) => k.toUpperCase()));
    const uses: Use[] = [];
    const people = initialsOfNames(doc);
    for (const block of blocks(doc)) {
      const glossary = block.section.heading !== undefined && GLOSSARY.test(block.section.heading.title);
      const texts = block.type === 'row' && block.row ? block.row.cells.map((c) => c.text) : [block.text];
      const headers = block.type === 'row' && block.table ? block.table.header.cells.map((c) => normalize(c.text.plain)) : [];
      for (const [index, text] of texts.entries()) {
        // "| Re-plan cycle 3 | MJ |" under Owner: a person's initials, not an acronym.
        const ownerCell = OWNER_HEADERS.has(headers[index] ?? '');
        const plain = text.plain;
        const letters = plain.replace(/[^\p{L}]/gu, '');
        if (letters.length > 12 && letters.replace(/[^\p{Lu}]/gu, '').length > letters.length * 0.6) continue; // shouting, not acronyms
        const shouted = shouting(plain);
        for (const m of plain.matchAll(TOKEN)) {
          const token = m[1];
          if (shouted.some(([from, to]) => m.index >= from && m.index < to)) continue;
          if (familiar.has(token) || CAPITAL_WORDS.has(token) || /^[IVX]+$/.test(token)) continue;
          // "Subject: RE: Notes", "FW: Agenda": a mail's reply or forward mark.
          if (MAIL_MARK.test(token) && plain.charAt(m.index + m[0].length) === ':') continue;
          // "WLC (wireless LAN controller)": part of another acronym's spelling out.
          if (inExpansion(plain, m.index)) continue;
          // "HH:MM", "YYYY-MM-DD": a template's date or time pattern (placeholder-left's), not acronyms.
          if (TIME_PATTERN_PART.test(token) && /[:/-]/.test(plain.charAt(m.index - 1) + plain.charAt(m.index + m[0].length))) continue;
          if (token.length <= 3 && !EXPANSIONS[token] && (ownerCell || people.has(token))) continue;
          // "4 TB", "512GB", "3 VMs" are fine as units and counted things; units right after a number are left alone.
          if (/\d\s?$/.test(plain.slice(Math.max(0, m.index - 2), m.index)) && UNIT.test(token)) continue;
          const span = text.span(m.index, m.index + m[0].length);
          if (!isProse(doc, span.start)) continue;
          const first = text === texts[0];
          uses.push({ token, plural: m[2] === 's', span, line: doc.lines.positionAt(span.start).line, defines: defines(first ? block : { type: 'paragraph', row: block.row }, plain, m.index, m.index + m[0].length, token), heading: block.type === 'heading', glossary });
        }
      }
    }
    const byToken = new Map<string, Use[]>();
    for (const use of uses) {
      const list = byToken.get(use.token);
      if (list) list.push(use);
      else byToken.set(use.token, [use]);
    }
    const done = new Set<string>();
    for (const use of uses) {
      if (done.has(use.token)) continue;
      const all = byToken.get(use.token)!;
      if (all.some((u) => u.glossary && u.defines)) {
        done.add(use.token);
        continue;
      }
      if (use.defines) {
        done.add(use.token);
        continue;
      }
      // "# CAB meeting minutes": the document's title names it, and its readers know it.
      if (use.heading && doc.headings[0]?.level === 1 && doc.lines.positionAt(doc.headings[0].span.start).line === use.line) {
        done.add(use.token);
        continue;
      }
      if (use.heading) continue;
      done.add(use.token);
      // "The Change Advisory Board approved it; the CAB meets weekly": spelled out before, without the brackets.
      // Not in front matter: readers of the rendered page never see it ("title: CAB – weekly change advisory board").
      if (spelledBefore(doc.source, use.token, use.span.start, doc.frontMatter?.span.end ?? 0)) continue;
      const later = all.find((u) => u.defines && u.span.start > use.span.start);
      // "DBs": "databases (DBs)", not "database (DBs)".
      const spelled = EXPANSIONS[use.token] && (use.plural ? plural(EXPANSIONS[use.token]) : EXPANSIONS[use.token]);
      // "UAT found 23 defects": "User acceptance testing (UAT) found ...", capital as the sentence starts.
      const opensSentence = startsSentence(doc.source, use.span.start);
      const expansion = spelled && opensSentence ? spelled.charAt(0).toUpperCase() + spelled.slice(1) : spelled;
      const written = doc.source.slice(use.span.start, use.span.end);
      const shown = `${use.token}${use.plural ? 's' : ''}`;
      // "an SLA" -> "a service level agreement (SLA)": the article goes with the words now read first.
      const article = spelled ? /(?<![\p{L}])(an?) $/iu.exec(doc.source.slice(Math.max(0, use.span.start - 4), use.span.start)) : null;
      const wanted = article ? (/^[aeio]/i.test(spelled) || /^u(?!ni[^n]|se|su|ro|ti)/i.test(spelled) ? 'an' : 'a') : undefined;
      const fixArticle = article && wanted && article[1].toLowerCase() !== wanted ? { start: use.span.start - article[0].length, text: `${article[1][0] === 'A' ? wanted.charAt(0).toUpperCase() + wanted.slice(1) : wanted} ` } : undefined;
      const placeholder = opensSentence ? 'Full name' : 'full name';
      const advice = expansion ? `write "${expansion} (${written})" the first time` : 'write it in full with the acronym in brackets the first time';
      report({
        span: use.span,
        message: later
          ? `"${shown}" is used here but spelled out only later, ${later.line === use.line ? 'further on in this line' : `on line ${later.line + 1}`}. Spell it out at its first use.`
          : `"${shown}" is never spelled out. Not every stakeholder knows it: ${advice}.`,
        suggestions: [{ title: `Spell out "${use.token}"`, edit: { range: [fixArticle?.start ?? use.span.start, use.span.end], text: `${fixArticle?.text ?? ''}\${1:${expansion ?? placeholder}} (${written})` }, snippet: true }],
      });
    }
  },
};

/** What may stand before the first word of a line's sentence: spaces, list markers, a heading's hashes, quote marks, emphasis. */
const LINE_LEAD = /^[\s>#*_+-]*(?:\d+[.)]\s+)?(?:\[[ xX]\]\s+)?[*_"“'‘(]*$/;

/** Whether a sentence starts at `at`: only a line's lead before it, or the end of a sentence (". ", ": "). */
function startsSentence(source: string, at: number): boolean {
  const lineStart = source.lastIndexOf('\n', at - 1) + 1;
  const before = source.slice(Math.max(lineStart, at - 200), at);
  // Not after an abbreviation's full stop: "e.g. UAT needs", "Costs rose vs. SLA targets".
  return (at - lineStart <= 200 && LINE_LEAD.test(before)) || (/[.!?:]\s+[*_"“'‘(]*$/.test(before) && !/(?:^|[\s(])(?:e\.g|i\.e|vs|etc|approx|incl|cf|esp|nb|viz|ca|no|fig|vol|p)\.\s+[*_"“'‘(]*$/i.test(before));
}

const MAIL_MARK = /^(?:RE|FW|FWD|AW|WG|TR)$/;

/**
 * Whether `at` is inside the spelling out of the acronym before the brackets: "WLC (wireless LAN controller)", read
 * as `defines` reads one (two words or more, the first with the acronym's first letter). Not "MFA (Okta, SSO and
 * PAM)". Looks back 200 characters at most: a paragraph of thousands of acronyms is read once, not once per acronym.
 */
function inExpansion(plain: string, at: number): boolean {
  // The nearest bracket before `at`, within 200 characters (lastIndexOf would read back to the start every time).
  let open = -1;
  for (let k = at - 1; k >= Math.max(0, at - 200) && open < 0; k--) {
    const code = plain.charCodeAt(k);
    if (code === 41) return false; // ")": the brackets closed before `at`
    if (code === 40) open = k;
  }
  if (open < 0) return false;
  const acronym = /(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}\p{N}&]+s?\s*$/u.exec(plain.slice(Math.max(0, open - 12), open));
  if (!acronym) return false;
  const close = plain.indexOf(')', at);
  return spellsOut(plain.slice(open + 1, close < 0 ? Math.min(plain.length, open + 200) : close), acronym[0]);
}

/** Letters of a date or time pattern: "HH:MM", "YYYY-MM-DD", "DD/MM". */
const TIME_PATTERN_PART = /^(?:HH|MM|SS|DD|YY|YYYY)$/;
/** Small words a spelled-out name may hold between its capitals: "Office of Government Commerce". */
const NAME_JOINER = '(?:\\s+(?:of|and|for|the|on|in|to|&))?';

/** Whether the words that make `token` ("Change Advisory Board" for CAB) are written before `at`, capitalised. */
function spelledBefore(source: string, token: string, at: number, from = 0): boolean {
  if (token.length < 2 || token.length > 6 || !/^[A-Z]+$/.test(token)) return false;
  // Capitalised ("Change Advisory Board"), or in lower case for three letters or more ("service level agreement").
  const words = token.split('').map((c) => (token.length >= 3 ? `[${c}${c.toLowerCase()}][\\p{Ll}]+` : `${c}[\\p{Ll}]+`));
  const pattern = new RegExp(`(?<![\\p{L}])${words.join(`${NAME_JOINER}[\\s-]+`)}(?![\\p{L}])`, 'u');
  return pattern.test(source.slice(Math.max(from, at - 20_000), at));
}
