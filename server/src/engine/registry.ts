// Every rule, once. A test fails when a rule here lacks its doc page or tests.
import { missingMetric } from './rules/missing-metric';
import { weakOpening } from './rules/weak-opening';
import type { Rule } from './types';

export const rules: readonly Rule[] = [weakOpening, missingMetric];

const byId = new Map(rules.map((rule) => [rule.meta.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}

export const DOCS_BASE = 'https://github.com/impact-lint/impact-lint/blob/main/docs/rules/';

export function docUrl(id: string): string {
  return `${DOCS_BASE}${id}.md`;
}
