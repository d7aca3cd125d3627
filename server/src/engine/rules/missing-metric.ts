// missing-metric: a resume bullet carries a number that shows scale or outcome.
import { findMetric } from '../metrics';
import { resumeBullets } from '../resume';
import type { Rule } from '../types';

interface Hint {
  question: string;
  snippet: string;
}

const CHANGE = /^(reduc|cut|lower|decreas|sav|improv|increas|grew|grow|boost|rais|accelerat|shorten|speed|sped|halv|doubl|minimi|maximi|optimi|streamlin|eliminat|trim|slash)/i;
const SCALE = /^(migrat|deploy|roll|upgrad|implement|launch|install|provision|configur|integrat|deliver|built|build|develop|automat|consolidat|decommission|retir|replac|support|administer|maintain|patch|secur|monitor|standardi|transition|onboard|train)/i;
const PEOPLE = /^(led|lead|manag|direct|mentor|coach|supervis|oversaw|oversee|head|chair|coordinat|orchestrat|recruit|hire|hired|own|ran|run|drove|spearhead)/i;

function hintFor(verb: string | undefined): Hint {
  if (verb && CHANGE.test(verb)) return { question: `${verb}... by how much? e.g. "from 9 to 3 days" or "by 40%"`, snippet: ' by ${1:N}% (from ${2:before} to ${3:after})' };
  if (verb && PEOPLE.test(verb)) return { question: `${verb}... how big? Give team size, budget or duration, e.g. "a team of 6 over 9 months"`, snippet: ', leading ${1:N} people over ${2:N} months with a ${3:\\$N} budget' };
  if (verb && SCALE.test(verb)) return { question: `${verb}... at what scale? Say how many users, systems or sites, e.g. "1,200 users across 3 sites"`, snippet: ' for ${1:N} ${2:users} across ${3:N} ${4:sites}' };
  return { question: 'Add a number that shows scale or outcome: how many, how much, how fast, or by what %', snippet: ', ${1:resulting in a N% improvement}' };
}

export const missingMetric: Rule = {
  meta: {
    id: 'missing-metric',
    description: 'Resume bullets carry a number: budget, team size, duration, systems, users or % change.',
    severity: 'warning',
    kinds: ['resume'],
    fixable: false,
    example: { before: 'Migrated the file servers to SharePoint', after: 'Migrated 4 file servers and 1,200 users to SharePoint in 6 weeks' },
    options: {},
  },
  check({ doc, lexicon, report }) {
    for (const bullet of resumeBullets(doc, lexicon)) {
      if (findMetric(bullet.plain, lexicon)) continue;
      // Sub-bullets often carry the numbers for their parent.
      if (bullet.item.children.some((child) => findMetric(child.text.plain, lexicon))) continue;
      const open = bullet.opening;
      const hint = hintFor(open?.kind === 'verb' ? open.verb : undefined);
      const trimmed = bullet.plain.replace(/[\s.;]+$/, '');
      const at = bullet.text.span(0, trimmed.length).end;
      report({
        span: bullet.text.fullSpan,
        message: `No number in this bullet. ${hint.question}.`,
        suggestions: [{ title: 'Add a metric placeholder', edit: { range: [at, at], text: hint.snippet }, snippet: true }],
      });
    }
  },
};
