// Configuration: parsing config file text (JSON, JSONC, YAML) with exact error
// positions, validating it against the rule registry, and resolving settings.
// Pure: the file system walk lives in ../node/config-files.ts.
import { findNodeAtLocation, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { parseDocument as parseYaml, isNode, type Document } from 'yaml';
import { isRecord } from './frontmatter';
import { LEXICON_NAMES, type LexiconOverrides } from './lexicon';
import { rules, ruleById } from './registry';
import { LineIndex } from './text';
import { isKind, KINDS, type ConfigProblem, type Kind, type OptionMeta, type OptionValue, type SeveritySetting } from './types';

export const CONFIG_FILE_NAMES = ['.impact-lint.json', '.impact-lint.jsonc', '.impact-lint.yaml', '.impact-lint.yml'];
export const DEFAULT_MAX_FILE_SIZE = 1_000_000;
const SEVERITIES: readonly SeveritySetting[] = ['off', 'info', 'warning', 'error'];

/** Configuration as a user writes it, after validation (invalid parts dropped). */
export interface Config {
  rules?: Record<string, SeveritySetting | [SeveritySetting, Record<string, OptionValue>]>;
  kinds?: Record<string, Kind>;
  lexicon?: LexiconOverrides;
  job?: string;
  today?: string;
  maxFileSize?: number;
}

export interface RuleSettings {
  severity: SeveritySetting;
  options: Record<string, OptionValue>;
}

/** Everything the engine needs, with every default filled in. */
export interface Settings {
  rules: Record<string, RuleSettings>;
  kinds: Record<string, Kind>;
  lexicon: LexiconOverrides;
  job?: string;
  today?: string;
  maxFileSize: number;
}

export function defaultSettings(): Settings {
  const resolved: Record<string, RuleSettings> = {};
  for (const rule of rules) {
    const options: Record<string, OptionValue> = {};
    for (const [name, meta] of Object.entries(rule.meta.options)) options[name] = meta.default;
    resolved[rule.meta.id] = { severity: rule.meta.severity, options };
  }
  return { rules: resolved, kinds: {}, lexicon: {}, maxFileSize: DEFAULT_MAX_FILE_SIZE };
}

/** Applies config layers in order; later layers win. */
export function resolveSettings(...layers: (Config | undefined)[]): Settings {
  const settings = defaultSettings();
  for (const layer of layers) {
    if (!layer) continue;
    for (const [id, value] of Object.entries(layer.rules ?? {})) {
      const target = settings.rules[id];
      if (!target) continue;
      if (Array.isArray(value)) {
        target.severity = value[0];
        target.options = { ...target.options, ...value[1] };
      } else target.severity = value;
    }
    Object.assign(settings.kinds, layer.kinds);
    for (const [name, change] of Object.entries(layer.lexicon ?? {})) {
      const previous = settings.lexicon[name] ?? {};
      settings.lexicon[name] = {
        add: mergeAdd(previous.add, change.add),
        remove: [...(previous.remove ?? []), ...(change.remove ?? [])],
      };
    }
    if (layer.job !== undefined) settings.job = layer.job;
    if (layer.today !== undefined) settings.today = layer.today;
    if (layer.maxFileSize !== undefined) settings.maxFileSize = layer.maxFileSize;
  }
  return settings;
}

function mergeAdd(a: string[] | Record<string, string[]> | undefined, b: string[] | Record<string, string[]> | undefined): string[] | Record<string, string[]> | undefined {
  if (!a) return b;
  if (!b) return a;
  if (Array.isArray(a) && Array.isArray(b)) return [...a, ...b];
  if (!Array.isArray(a) && !Array.isArray(b)) return { ...a, ...b };
  return b;
}

export interface ParsedConfig {
  config: Config;
  problems: ConfigProblem[];
}

type Locate = (path: (string | number)[]) => { start: number; end: number } | undefined;

/** Parses and validates config file text. `file` names the file in messages. */
export function parseConfig(text: string, file: string): ParsedConfig {
  const lines = new LineIndex(text);
  const problems: ConfigProblem[] = [];
  const problem = (message: string, span?: { start: number; end: number }): void => {
    problems.push({ file, message, span, start: span && lines.positionAt(span.start), end: span && lines.positionAt(span.end) });
  };
  // Past the first MAX_PROBLEMS, problems are counted, not placed: each is placed by a walk of the file
  // (50,000 unknown rule ids took 33 s to place, for a list nobody reads to the end).
  let more = 0;
  const capped = (message: string, span: () => { start: number; end: number } | undefined): void => {
    if (problems.length >= MAX_PROBLEMS) more++;
    else problem(message, span());
  };
  let data: unknown;
  let locate: Locate;
  const isYaml = /\.ya?ml$/i.test(file);
  if (isYaml) {
    // logLevel 'error': no process warning on the terminal for a key that is a collection (it is read as its text, then reported).
    const doc = parseYaml(text, { prettyErrors: false, logLevel: 'error' });
    // The first error only, as for JSON: one mistake gives one message (PRODUCT.md 5).
    for (const error of doc.errors.slice(0, 1)) problem(`Invalid YAML: ${error.message.split('\n')[0]}`, { start: error.pos[0], end: error.pos[1] });
    if (doc.errors.length) return { config: {}, problems };
    try {
      // Parses but cannot be built: an alias to no anchor, or too many aliases (a "billion laughs").
      data = doc.toJS();
    } catch (error) {
      problem(`Invalid YAML: ${String((error as Error).message).split('\n')[0]}`, { start: 0, end: Math.min(text.length, lines.lineEnd(0)) });
      return { config: {}, problems };
    }
    locate = yamlLocator(doc);
  } else {
    if (text.replace(/^\uFEFF/, '').trim() === '') {
      problem('The file is empty; expected an object such as { "rules": {} }.', { start: 0, end: 0 });
      return { config: {}, problems };
    }
    const errors: ParseError[] = [];
    const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
    for (const error of errors.slice(0, 1)) problem(`Invalid JSON: ${describeJsonError(printParseErrorCode(error.error))}`, { start: error.offset, end: error.offset + Math.max(error.length, 1) });
    if (errors.length || !tree) {
      if (!errors.length) problem('The file is empty; expected an object such as { "rules": {} }.', { start: 0, end: 0 });
      return { config: {}, problems };
    }
    data = nodeValue(tree, (message, span) => capped(message, () => span));
    locate = (path) => {
      const node = findNodeAtLocation(tree, path);
      const target = node?.parent?.type === 'property' && typeof path[path.length - 1] === 'string' ? node.parent.children?.[0] ?? node : node;
      return target && { start: target.offset, end: target.offset + target.length };
    };
  }
  // YAML with every line commented out is null: nothing set. JSON's null is a value, and not an object.
  if ((data === null && isYaml) || data === undefined) return { config: {}, problems };
  const config = validate(data, (message, path) => capped(message, () => locate(path) ?? locate(path.slice(0, -1))));
  if (more) problem(`... and ${more} more problem${more === 1 ? '' : 's'} in this file.`, problems[problems.length - 1]?.span);
  return { config, problems };
}

/** Problems of one config file placed and reported; the rest are counted in one more. */
export const MAX_PROBLEMS = 100;

/** Deeper than any config means to go: a file nested 200,000 levels overflowed the stack. */
const MAX_DEPTH = 64;

/**
 * The value of a JSON node. A key given twice in one object is said (JSON keeps the last,
 * silently), and so is nesting past MAX_DEPTH (not read).
 */
function nodeValue(node: import('jsonc-parser').Node, problem: (message: string, span: { start: number; end: number }) => void, depth = 0): unknown {
  if (depth > MAX_DEPTH) {
    problem(`Nested deeper than ${MAX_DEPTH} levels: not read.`, { start: node.offset, end: node.offset + 1 });
    return undefined;
  }
  switch (node.type) {
    case 'object': {
      const seen = new Set<string>();
      const entries: [string, unknown][] = [];
      for (const property of node.children ?? []) {
        const key = property.children![0];
        const name = key.value as string;
        if (seen.has(name)) problem(`"${name}" is given twice in one object; the last one is used.`, { start: key.offset, end: key.offset + key.length });
        seen.add(name);
        entries.push([name, property.children![1] ? nodeValue(property.children![1], problem, depth + 1) : null]);
      }
      return Object.fromEntries(entries);
    }
    case 'array':
      return (node.children ?? []).map((child) => nodeValue(child, problem, depth + 1));
    default:
      return node.value;
  }
}

function describeJsonError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function yamlLocator(doc: Document): Locate {
  return (path) => {
    const parentPath = path.slice(0, -1);
    const parent = parentPath.length ? doc.getIn(parentPath, true) : doc.contents;
    const last = path[path.length - 1];
    // Point at the key of a mapping entry, the item of a sequence.
    if (parent && typeof parent === 'object' && 'items' in parent) {
      for (const item of (parent as { items: unknown[] }).items) {
        const pair = item as { key?: { value?: unknown; range?: number[] }; range?: number[] };
        if (pair.key && pair.key.value === last && pair.key.range) return { start: pair.key.range[0], end: pair.key.range[1] };
      }
    }
    const node = doc.getIn(path, true);
    if (isNode(node) && node.range) return { start: node.range[0], end: node.range[1] };
    return undefined;
  };
}

type Complain = (message: string, path: (string | number)[]) => void;

/** Validates a parsed config object; keeps what is valid, reports the rest. */
const KNOWN_KEYS = new Set(['$schema', 'rules', 'kinds', 'lexicon', 'job', 'today', 'maxFileSize']);

export function validate(data: unknown, complain: Complain): Config {
  const config: Config = {};
  if (!isRecord(data)) {
    complain('The configuration must be an object with keys such as "rules" and "kinds".', []);
    return config;
  }
  for (const [key, value] of Object.entries(data)) {
    // "rules:" with every entry commented out is null in YAML (and may be written so in JSON): nothing set.
    if (value === null && KNOWN_KEYS.has(key)) continue;
    switch (key) {
      case '$schema':
        break;
      case 'rules':
        config.rules = validateRules(value, complain);
        break;
      case 'kinds':
        config.kinds = validateKinds(value, complain);
        break;
      case 'lexicon':
        config.lexicon = validateLexicon(value, complain);
        break;
      case 'job':
        if (typeof value === 'string') config.job = value;
        else complain('"job" must be a path to a job description file.', [key]);
        break;
      case 'today':
        if (typeof value === 'string' && isIsoDate(value)) config.today = value;
        else complain('"today" must be a date written YYYY-MM-DD.', [key]);
        break;
      case 'maxFileSize':
        // At least a byte, and a number a file size can be: not 1e-300, not 1e400 (Infinity once parsed).
        if (typeof value === 'number' && Number.isFinite(value) && value >= 1) config.maxFileSize = value;
        else complain('"maxFileSize" must be a positive number of bytes.', [key]);
        break;
      default:
        complain(`Unknown key "${key}". Known keys: rules, kinds, lexicon, job, today, maxFileSize.`, [key]);
    }
  }
  return config;
}

function validateRules(value: unknown, complain: Complain): Config['rules'] {
  const result: NonNullable<Config['rules']> = {};
  if (!isRecord(value)) {
    complain('"rules" must map rule ids to a severity or [severity, options].', ['rules']);
    return result;
  }
  let unknown = 0;
  for (const [id, setting] of Object.entries(value)) {
    const rule = ruleById(id);
    if (!rule) {
      // "Did you mean" for the ones reported in full (MAX_PROBLEMS): an edit distance to every rule costs.
      const near = unknown++ < MAX_PROBLEMS ? closest(id, rules.map((r) => r.meta.id)) : undefined;
      complain(`Unknown rule "${id}".${near ? ` Did you mean "${near}"?` : ''}`, ['rules', id]);
      continue;
    }
    const [severity, options] = Array.isArray(setting) ? [setting[0], setting[1]] : [setting, undefined];
    if (!SEVERITIES.includes(severity as SeveritySetting)) {
      complain(`The severity of "${id}" must be one of ${SEVERITIES.map((s) => `"${s}"`).join(', ')}.`, ['rules', id]);
      continue;
    }
    if (options === undefined) {
      result[id] = severity as SeveritySetting;
      continue;
    }
    if (!isRecord(options)) {
      complain(`The options of "${id}" must be an object.`, ['rules', id, 1]);
      continue;
    }
    const valid: Record<string, OptionValue> = {};
    for (const [name, option] of Object.entries(options)) {
      // An own key only: "constructor" or "toString" must not find Object.prototype's.
      const meta = Object.hasOwn(rule.meta.options, name) ? rule.meta.options[name] : undefined;
      if (!meta) {
        const known = Object.keys(rule.meta.options);
        complain(`"${id}" has no option "${name}".${known.length ? ` Its options: ${known.join(', ')}.` : ''}`, ['rules', id, 1, name]);
      } else if (!optionMatches(meta, option)) {
        complain(`Option "${name}" of "${id}" must be ${optionShape(meta)}.`, ['rules', id, 1, name]);
      } else valid[name] = option as OptionValue;
    }
    // Options that only make sense together: a scale's bottom below its top (OptionMeta.below).
    for (const [low, meta] of Object.entries(rule.meta.options)) {
      const high = meta.below;
      if (high === undefined) continue;
      const a = valid[low] ?? meta.default;
      const b = valid[high] ?? (Object.hasOwn(rule.meta.options, high) ? rule.meta.options[high].default : undefined);
      if (typeof a === 'number' && typeof b === 'number' && a >= b && (low in valid || high in valid)) {
        complain(`Option "${low}" of "${id}" (${a}) must be below "${high}" (${b}).`, ['rules', id, 1, low in valid ? low : high]);
        delete valid[low];
        delete valid[high];
      }
    }
    result[id] = [severity as SeveritySetting, valid];
  }
  return result;
}

function optionMatches(meta: OptionMeta, value: unknown): boolean {
  if (meta.type === 'string[]') return Array.isArray(value) && value.every((v) => typeof v === 'string' && (!meta.values || meta.values.includes(v)));
  if (typeof value !== meta.type) return false;
  if (meta.type === 'string' && meta.values) return meta.values.includes(value as string);
  if (meta.type !== 'number') return true;
  const n = value as number;
  return Number.isFinite(n) && (!meta.integer || Number.isInteger(n)) && (meta.minimum === undefined || n >= meta.minimum) && (meta.maximum === undefined || n <= meta.maximum);
}

/** What an option must be, for the message: "a whole number of at least 5", "a list from "owner", "due"...". */
function optionShape(meta: OptionMeta): string {
  if (meta.values) return `${meta.type === 'string[]' ? 'a list of values from' : 'one of'} ${meta.values.map((v) => `"${v}"`).join(', ')}`;
  if (meta.type === 'string[]') return 'a list of strings';
  if (meta.type !== 'number') return `a ${meta.type}`;
  const range = meta.minimum !== undefined && meta.maximum !== undefined ? ` from ${meta.minimum} to ${meta.maximum}` : meta.minimum !== undefined ? ` of at least ${meta.minimum}` : meta.maximum !== undefined ? ` of at most ${meta.maximum}` : '';
  return `${meta.integer ? 'a whole number' : 'a number'}${range}`;
}

function validateKinds(value: unknown, complain: Complain): Record<string, Kind> {
  const result: Record<string, Kind> = {};
  if (!isRecord(value)) {
    complain('"kinds" must map globs to document kinds, e.g. { "notes/*.md": "project-log" }.', ['kinds']);
    return result;
  }
  for (const [glob, kind] of Object.entries(value)) {
    if (isKind(kind)) result[glob] = kind;
    else complain(`Unknown kind ${JSON.stringify(kind)} for "${glob}". Kinds: ${KINDS.join(', ')}.`, ['kinds', glob]);
  }
  return result;
}

function validateLexicon(value: unknown, complain: Complain): LexiconOverrides {
  const result: LexiconOverrides = {};
  if (!isRecord(value)) {
    complain('"lexicon" must map list names to { "add": [...], "remove": [...] }.', ['lexicon']);
    return result;
  }
  for (const [name, change] of Object.entries(value)) {
    if (!(LEXICON_NAMES as readonly string[]).includes(name)) {
      complain(`Unknown lexicon list "${name}". Lists: ${LEXICON_NAMES.join(', ')}.`, ['lexicon', name]);
      continue;
    }
    // "fillers:" with its entries commented out (YAML null): nothing set, as for a top-level section.
    if (change === null) continue;
    if (!isRecord(change)) {
      complain(`"lexicon.${name}" must be { "add": [...], "remove": [...] }.`, ['lexicon', name]);
      continue;
    }
    const entry: LexiconOverrides[string] = {};
    const { add, remove } = change;
    if (add !== undefined && add !== null) {
      const mapped = name === 'weakPhrases';
      const ok = mapped ? isRecord(add) && Object.values(add).every((v) => Array.isArray(v) && v.every((s) => typeof s === 'string')) : isStringList(add);
      if (ok) entry.add = add as string[] | Record<string, string[]>;
      else complain(mapped ? `"lexicon.weakPhrases.add" must map phrases to lists of replacement verbs.` : `"lexicon.${name}.add" must be a list of strings.`, ['lexicon', name, 'add']);
    }
    if (remove !== undefined && remove !== null) {
      if (isStringList(remove)) entry.remove = remove;
      else complain(`"lexicon.${name}.remove" must be a list of strings.`, ['lexicon', name, 'remove']);
    }
    for (const key of Object.keys(change)) if (key !== 'add' && key !== 'remove') complain(`Unknown key "${key}" in "lexicon.${name}"; use "add" or "remove".`, ['lexicon', name, key]);
    result[name] = entry;
  }
  return result;
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** The known document kind closest to a misspelt one ("raid-logg" -> "raid-log"), if any is near. */
export function closestKind(word: string): string | undefined {
  return closest(word.toLowerCase(), [...KINDS]);
}

/** The known rule id closest to a misspelt one (directives, config), if any is near. */
export function closestRule(word: string, ids: string[]): string | undefined {
  return closest(word, ids);
}

/** The candidate within edit distance 3 of `word`, if any. */
function closest(word: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 4;
  for (const candidate of candidates) {
    const distance = editDistance(word, candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[b.length];
}
