// Every rule, once. A test fails when a rule here lacks its doc page or tests.
import { actionItemOwner } from './rules/action-item-owner';
import { logEntryOutcome } from './rules/log-entry-outcome';
import { missingMetric } from './rules/missing-metric';
import { placeholderLeft } from './rules/placeholder-left';
import { raidMissingField } from './rules/raid-missing-field';
import { raidOverdue } from './rules/raid-overdue';
import { raidScore } from './rules/raid-score';
import { starMissingPart } from './rules/star-missing-part';
import { starOwnership } from './rules/star-ownership';
import { starResultMetric } from './rules/star-result-metric';
import { statusMissingSection } from './rules/status-missing-section';
import { statusRagMismatch } from './rules/status-rag-mismatch';
import { statusRagReason } from './rules/status-rag-reason';
import { undefinedAcronym } from './rules/undefined-acronym';
import { weakOpening } from './rules/weak-opening';
import { wbsCode } from './rules/wbs-code';
import { wbsOwner } from './rules/wbs-owner';
import { decisionMissingField } from './rules/decision-missing-field';
import { changeMissingField } from './rules/change-missing-field';
import { vagueWording } from './rules/vague-wording';
import { buzzword } from './rules/buzzword';
import { personalPronoun } from './rules/personal-pronoun';
import { passiveVoice } from './rules/passive-voice';
import { toolFirst } from './rules/tool-first';
import { repeatedOpening } from './rules/repeated-opening';
import { longBullet } from './rules/long-bullet';
import { missingSummary } from './rules/missing-summary';
import { keywordCoverage } from './rules/keyword-coverage';
import type { Rule } from './types';

export const rules: readonly Rule[] = [
  weakOpening,
  missingMetric,
  vagueWording,
  buzzword,
  personalPronoun,
  passiveVoice,
  toolFirst,
  repeatedOpening,
  longBullet,
  missingSummary,
  keywordCoverage,
  logEntryOutcome,
  raidMissingField,
  raidOverdue,
  raidScore,
  statusMissingSection,
  statusRagReason,
  statusRagMismatch,
  starMissingPart,
  starResultMetric,
  starOwnership,
  actionItemOwner,
  placeholderLeft,
  undefinedAcronym,
  decisionMissingField,
  changeMissingField,
  wbsCode,
  wbsOwner,
];

const byId = new Map(rules.map((rule) => [rule.meta.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}

export const DOCS_BASE = 'https://github.com/impact-lint/impact-lint/blob/main/docs/rules/';

export function docUrl(id: string): string {
  return `${DOCS_BASE}${id}.md`;
}
