// The pure engine's public surface: used by the language server, the CLI and tests.
export { lint, localToday, type LintOptions, type LintResult } from './lint';
export { applyEdits, fixText } from './fix';
export { parseConfig, resolveSettings, defaultSettings, validate, isIsoDate, CONFIG_FILE_NAMES, DEFAULT_MAX_FILE_SIZE, type Config, type Settings } from './config';
export { rules, ruleById, docUrl } from './registry';
export { parseDocument, type DocumentModel } from './model';
export { buildLexicon, LEXICON_NAMES } from './lexicon';
export { findMetric } from './metrics';
export { resumeBullets, opening } from './resume';
export { resumeDocument, headingKind } from './resume';
export { KINDS, isKind, type Finding, type Kind, type Severity, type Edit, type Rule, type ConfigProblem } from './types';
export { LineIndex, stripBom } from './text';
export { readRaid, type RaidItem, type RaidTable } from './pm/raid';
export { readLogEntries, type LogEntry } from './pm/log';
export { readStories, type Story } from './pm/star';
export { overallStatus, parseRag, RAG_NAMES } from './pm/rag';
export { findDates, type FoundDate } from './pm/dates';
