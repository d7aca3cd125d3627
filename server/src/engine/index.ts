// The pure engine's public surface: used by the language server, the CLI and tests.
export { lint, localToday, type LintOptions, type LintResult } from './lint';
export { applyEdits, fixText } from './fix';
export { parseConfig, resolveSettings, defaultSettings, validate, isIsoDate, CONFIG_FILE_NAMES, DEFAULT_MAX_FILE_SIZE, type Config, type Settings } from './config';
export { rules, ruleById, docUrl } from './registry';
export { parseDocument, type DocumentModel } from './model';
export { buildLexicon, LEXICON_NAMES } from './lexicon';
export { findMetric } from './metrics';
export { resumeBullets, opening } from './resume';
export { KINDS, isKind, type Finding, type Kind, type Severity, type Edit, type Rule, type ConfigProblem } from './types';
export { LineIndex, stripBom } from './text';
