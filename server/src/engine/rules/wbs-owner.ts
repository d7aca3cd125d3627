// wbs-owner: every work package of a WBS dictionary has one owner.
import { headerField, isEmptyValue, listOption, namesNoOne, normalize, SYNONYMS, twoOwners } from '../pm/fields';
import { cellValueSpan } from '../pm/register';
import { CODE_HEADERS, parentOf, readWbs } from '../pm/wbs';
import type { Rule } from '../types';


export const wbsOwner: Rule = {
  meta: {
    id: 'wbs-owner',
    description: 'Every work package in a WBS table with an owner column has one named owner.',
    severity: 'warning',
    kinds: ['wbs'],
    fixable: false,
    example: { before: '| 3.2 | Wave 2 migrated | 31 VMs in Azure | |', after: '| 3.2 | Wave 2 migrated | 31 VMs in Azure | Anita Rao |' },
    options: {
      ownerHeaders: { type: 'string[]', default: [...SYNONYMS.owner], description: 'Table headers read as the owner (case-insensitive; replaces the default list).' },
    },
  },
  check({ doc, options, report }) {
    // The codes as wbs-code reads them by default (its Code, WBS, ID ... columns).
    const elements = readWbs(doc, CODE_HEADERS.map(normalize));
    if (!elements.length) return;
    // A work package is an element nothing else is under.
    const parents = new Set<string>();
    for (const element of elements) {
      const parent = parentOf(element.key);
      if (parent !== undefined) parents.add(parent);
    }
    const synonyms = { owner: listOption(options, 'ownerHeaders', SYNONYMS.owner) };
    const ownerColumn = new Map<object, number>();
    for (const element of elements) {
      const { row, table } = element;
      if (!row || !table || parents.has(element.key)) continue;
      let column = ownerColumn.get(table);
      if (column === undefined) ownerColumn.set(table, (column = table.header.cells.findIndex((cell) => headerField(cell.text.plain, synonyms) === 'owner')));
      if (column === -1) continue;
      const cell = row.cells[column];
      const text = cell?.text.plain.trim() ?? '';
      if (!cell) continue;
      const pair = twoOwners(text);
      if (pair) {
        report({ span: cellValueSpan(doc, cell), message: `Work package ${element.code} has two owners (${pair[0]} and ${pair[1]}): name the one person accountable for delivering it.` });
        continue;
      }
      if (!isEmptyValue(text) && !namesNoOne(text)) continue;
      const vague = isEmptyValue(text) ? '' : ` ("${text}" is no one)`;
      report({ span: cellValueSpan(doc, cell), message: `Work package ${element.code} has no owner${vague}: name the one person accountable for delivering it.` });
    }
  },
};
