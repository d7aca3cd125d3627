// action-item-owner: every meeting action has one owner and a due date.
import { ACTION_HEADINGS, listedPeople, OWNER_VERB, readActions } from '../pm/actions';
import { cellArea, isNoDate, listOption, SYNONYMS, twoOwners } from '../pm/fields';
import type { Rule } from '../types';

/** "Tom and Aisha – ...", "Priya & Mo to ...": two people named first. */
const TWO_OWNERS = new RegExp(String.raw`^\s*(\p{Lu}[\p{Ll}'-]+)\s+(?:and|&)\s+(\p{Lu}[\p{Ll}'-]+)\s*(?:[-\u2013\u2014:]|${OWNER_VERB}\s)`, 'u');

export const actionItemOwner: Rule = {
  meta: {
    id: 'action-item-owner',
    description: 'Meeting action items have an owner and a due date.',
    severity: 'warning',
    kinds: ['meeting-notes', 'project-log', 'status-report', 'lessons-learned', 'raid-log', 'decision-log', 'change-log', 'charter', 'wbs', 'stakeholder-register'],
    fixable: false,
    example: { before: '- [ ] Send the revised floor plan to facilities', after: '- [ ] Send the revised floor plan to facilities. Owner: Priya. Due: 1 Dec 2026' },
    options: {
      ownerLabels: { type: 'string[]', default: [...SYNONYMS.owner], description: 'Labels ("Owner:") and table headers that name the owner; "@name", "Name:" and "Name to ..." are read too.' },
      dueLabels: { type: 'string[]', default: [...SYNONYMS.due], description: 'Labels ("Due:") and table headers that give the due date; any date in the item counts too.' },
      actionHeadings: { type: 'string[]', default: ACTION_HEADINGS, description: 'Headings whose list items and table rows are action items (in minutes, every open task item is one too).' },
    },
  },
  check({ doc, kind, today, options, lexicon, report }) {
    const { items } = readActions(doc, kind, { ownerLabels: listOption(options, 'ownerLabels', SYNONYMS.owner), dueLabels: listOption(options, 'dueLabels', SYNONYMS.due), headings: listOption(options, 'actionHeadings', ACTION_HEADINGS), tools: lexicon.technologies }, today);
    let people: ReadonlySet<string> | undefined;
    for (const action of items) {
      if (action.row) {
        // Point at the empty cell when there is an Owner/Due column.
        const spanOf = (cell: typeof action.ownerCell) => (cell ? cellArea(doc, cell) : { start: action.span.end - 1, end: action.span.end });
        if (!action.owner) report({ span: action.ownerCell !== undefined ? spanOf(action.ownerCell) : action.span, message: 'This action has no owner: name the one person who will do it.' });
        // "| Review the runbook | Ravi / Jo |": two people is no one accountable, as raid-missing-field says of a RAID owner.
        const pair = action.owner ? twoOwners(action.owner.text) : undefined;
        if (pair) report({ span: action.ownerCell !== undefined ? spanOf(action.ownerCell) : action.span, message: `This action has two owners (${pair[0]} and ${pair[1]}): name the one person accountable for it.` });
        const given = action.dueCell?.text.plain.trim();
        if (!action.due) report({ span: action.dueCell !== undefined ? spanOf(action.dueCell) : action.span, message: given && isNoDate(given) ? `"${given}" sets no due date: say when it will be done, e.g. "1 Dec".` : 'This action has no due date: say when it will be done.' });
        continue;
      }
      // "Owner: Ravi / Jo": two people in the owner's own words.
      const ownerPair = action.owner ? twoOwners(action.owner.text) : undefined;
      // "Jo and Sam agreed to draft ...": read as the owner, but two people.
      const joint = action.owner !== undefined && (/\s(?:and|&)\s/.test(action.owner.text) || ownerPair !== undefined);
      if (action.owner && action.due && !joint) continue;
      // "Tom and Aisha – joint FAQ by Friday": two owners is no one accountable. Only people the minutes list (Attendees,
      // Present): "Sales and Marketing – agree the date" names no one.
      const named = action.owner && !joint ? undefined : TWO_OWNERS.exec(action.item?.text.plain ?? '');
      const pair = ownerPair ? ['', ...ownerPair] : named && [named[1], named[2]].every((name) => (people ??= listedPeople(doc.source)).has(name.toLowerCase())) ? named : undefined;
      if (action.owner && action.due && !pair) continue;
      const noOwner = !action.owner || pair !== undefined;
      const what = pair ? `two owners (${pair[1]} and ${pair[2]})${action.due ? '' : ' and no due date'}` : noOwner && !action.due ? 'no owner or due date' : noOwner ? 'no owner' : 'no due date';
      const ask = pair ? `Name the one person accountable for it${action.due ? '' : ' and a date'}, e.g. "Owner: ${pair[1]}"` : noOwner && !action.due ? 'Name one person and a date, e.g. "Owner: Sam, due 1 Dec"' : noOwner ? 'Name the one person who will do it, e.g. "Owner: Sam" or "@sam"' : 'Say when it will be done, e.g. "due 1 Dec"';
      // After the text and the markup that closes it ("`deploy`", "**Friday**"), not inside it.
      const at = action.item ? action.item.text.after(doc.source, action.item.text.plain.trimEnd().length) : action.span.end;
      // With "Owner: Ravi / Jo" written, only the date is added; the owner is the writer's to choose.
      const snippet = ownerPair ? ' (due ${1:date})' : noOwner && !action.due ? ' (Owner: ${1:name}, due ${2:date})' : noOwner ? ' (Owner: ${1:name})' : ' (due ${1:date})';
      report({
        span: action.span,
        message: `This action has ${what}. ${ask}.`,
        // With "Owner: Ravi / Jo" written, another "(Owner: ...)" would only add to it.
        suggestions: ownerPair && action.due ? [] : [{ title: ownerPair ? 'Add a due date' : noOwner && !action.due ? 'Add an owner and a due date' : noOwner ? 'Add an owner' : 'Add a due date', edit: { range: [at, at], text: snippet }, snippet: true }],
      });
    }
  },
};
