// tool-first: a bullet that leads with tools ("Jira, Confluence and ServiceNow for
// ...") or is mostly a list of them. Tools are how; a reviewer reads for what
// changed. Technology names are data (../lexicon/technologies.json).
import type { Lexicon } from '../lexicon';
import { toolAt, toolList } from '../opening';
import { frontAction } from '../suggest';
import { contentEnd, isClean, rangeOf, type Bullet, forEachBullet } from '../resume';
import type { Report, Rule, Suggestion } from '../types';

/** Tool names that are also everyday words: they lead only as part of a list ("Teams, Slack and Zoom"). */
const AMBIGUOUS = new Set(['teams', 'go', 'chef', 'puppet', 'spring', 'vault', 'helm', 'excel', 'slack', 'react', 'exchange', 'remedy', 'access', 'word', 'node', 'r', 'ping', 'rest', 'flux', 'elastic', 'clarity', 'notion', 'spark', 'word', 'outlook', 'project', 'defender', 'sentinel', 'horizon', 'rails', 'swift', 'rust', 'git', 'zoom', 'duo', 'kali', 'nomad', 'consul', 'vagrant', 'packer', 'bamboo', 'flask', 'alteryx', 'copilot', 'windows', 'linux', 'azure', 'oracle', 'sap']);
export const toolFirst: Rule = {
  meta: {
    id: 'tool-first',
    description: 'Resume bullets lead with the outcome, not with the tools used to reach it.',
    severity: 'info',
    kinds: ['resume'],
    fixable: false,
    example: { before: 'Worked with Jira, Confluence, ServiceNow, Slack and Teams', after: 'Cut ticket handoffs by 30% by linking Jira and ServiceNow' },
    options: {},
  },
  check(ctx) {
    const { doc, lexicon } = ctx;
    forEachBullet(ctx, (bullet, report) => {
      const found = leading(bullet, lexicon) ?? mostlyTools(bullet, lexicon);
      if (found) report(found(doc.source));
    });
  },
};

function leading(bullet: Bullet, lexicon: Lexicon): ((source: string) => Report) | undefined {
  const toks = bullet.words;
  const list = toolList(bullet.plain, toks, 0, lexicon);
  if (!list) return undefined;
  const [last, count] = list;
  if (count === 1 && AMBIGUOUS.has(toks[0].lower) && toks.length > 1) return undefined;
  return (source) => {
    const tools = bullet.plain.slice(toks[0].start, toks[last].end);
    const span = bullet.text.span(toks[0].start, toks[last].end);
    const rewrite = frontAction(bullet.plain, toks, 0, lexicon);
    const suggestions: Suggestion[] = [];
    const end = contentEnd(bullet.plain);
    if (rewrite && isClean(source, bullet, 0, end)) suggestions.push({ title: `Rewrite as "${rewrite}"`, edit: { range: rangeOf(bullet, 0, end), text: rewrite } });
    const example = rewrite ? `"${rewrite}"` : `"Cut ... by 30% with ${tools}"`;
    // A bullet that opens with a tool opens with no action verb either: weak-opening says so, with the same advice.
    return { span, message: `Leads with ${count > 1 ? 'tools' : 'a tool'} ("${tools}"): lead with what changed, then say how, e.g. ${example}.`, suggestions, yieldsTo: 'weak-opening' };
  };
}

/** Half or more of the words are tool names: "Worked with Jira, Confluence, ServiceNow, Slack and Teams". */
function mostlyTools(bullet: Bullet, lexicon: Lexicon): ((source: string) => Report) | undefined {
  const toks = bullet.words;
  if (toks.length < 4) return undefined;
  let toolWords = 0;
  let first = -1;
  let last = -1;
  let names = 0;
  for (let i = 0; i < toks.length; i++) {
    const end = toolAt(bullet.plain, toks, i, lexicon);
    if (end === undefined) continue;
    toolWords += end - i + 1;
    names++;
    if (first < 0) first = i;
    last = end;
    i = end;
  }
  if (names < 3 || toolWords * 2 < toks.length) return undefined;
  return () => ({
    span: bullet.text.span(toks[first].start, toks[last].end),
    message: `This bullet is mostly a list of tools (${names} of them): keep the tools for the skills section and say here what you achieved with them.`,
  });
}
