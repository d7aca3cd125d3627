// Generates, from the rules' metadata (the one place defaults live):
//   - package.json contributes.configuration (VS Code settings)
//   - schemas/impact-lint.schema.json (the config file's JSON Schema)
// `node scripts/generate.mjs --check` fails when the committed files drift.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const engine = createRequire(import.meta.url)(join(root, 'dist', 'engine.js'));
const { rules, KINDS, DEFAULT_MAX_FILE_SIZE, LEXICON_NAMES } = engine;

const severity = { type: 'string', enum: ['off', 'info', 'warning', 'error'] };

function optionSchema(meta) {
  const strings = meta.values ? { type: 'string', enum: [...meta.values] } : { type: 'string' };
  const schema = meta.type === 'string[]' ? { type: 'array', items: strings } : meta.type === 'string' ? strings : { type: meta.type === 'number' && meta.integer ? 'integer' : meta.type };
  if (meta.minimum !== undefined) schema.minimum = meta.minimum;
  if (meta.maximum !== undefined) schema.maximum = meta.maximum;
  return { ...schema, default: meta.default, description: meta.description };
}

function ruleSchema(rule) {
  const options = Object.entries(rule.meta.options);
  const description = `${rule.meta.description} Default: ${rule.meta.severity}.`;
  if (!options.length) return { description, ...severity };
  return {
    description,
    oneOf: [
      severity,
      {
        type: 'array',
        items: [severity, { type: 'object', additionalProperties: false, properties: Object.fromEntries(options.map(([name, meta]) => [name, optionSchema(meta)])) }],
        minItems: 1,
        maxItems: 2,
      },
    ],
  };
}

const lexiconSchema = {
  type: 'object',
  description: 'Add or remove entries of the word lists the rules use.',
  additionalProperties: false,
  properties: Object.fromEntries(
    LEXICON_NAMES.map((name) => [
      name,
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          add: name === 'weakPhrases' ? { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } }, description: 'Weak phrase -> replacement verbs, best first.' } : { type: 'array', items: { type: 'string' } },
          remove: { type: 'array', items: { type: 'string' } },
        },
      },
    ]),
  ),
};

const shared = {
  rules: {
    type: 'object',
    description: 'Rule severities ("off", "info", "warning", "error") or [severity, options].',
    additionalProperties: false,
    properties: Object.fromEntries(rules.map((rule) => [rule.meta.id, ruleSchema(rule)])),
  },
  kinds: {
    type: 'object',
    description: 'Globs (relative to the config file) mapped to document kinds.',
    additionalProperties: { type: 'string', enum: [...KINDS] },
  },
  lexicon: lexiconSchema,
  job: { type: 'string', description: 'Path to a job description to tailor a resume against.' },
  today: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'The date rules treat as today (YYYY-MM-DD); the clock when unset.' },
  maxFileSize: { type: 'number', minimum: 1, default: DEFAULT_MAX_FILE_SIZE, description: 'Documents larger than this many bytes are skipped with a notice.' },
};

const schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://impact-lint.dev/schemas/impact-lint.schema.json',
  title: 'Impact Lint configuration',
  type: 'object',
  additionalProperties: false,
  properties: { $schema: { type: 'string' }, ...shared },
};

const configuration = {
  title: 'Impact Lint',
  properties: {
    'impactLint.enable': { type: 'boolean', default: true, description: 'Lint Markdown documents of known kinds.' },
    'impactLint.debounceMs': { type: 'number', default: 150, minimum: 0, maximum: 60000, description: 'Milliseconds to wait after typing stops before linting (at most 60000).' },
    ...Object.fromEntries(Object.entries(shared).map(([key, value]) => [`impactLint.${key}`, { ...value, scope: 'resource', ...(key === 'rules' || key === 'kinds' || key === 'lexicon' ? { default: {} } : {}) }])),
    'impactLint.author': { type: 'string', scope: 'resource', description: "Your name in templates; git's user.name when unset." },
    'impactLint.projectName': { type: 'string', scope: 'resource', description: 'Project name in templates when the front matter has no project:.' },
    'impactLint.projectLog': { type: 'string', scope: 'resource', description: 'Path of the project log (relative to the workspace folder) that Add Log Entry writes to.' },
    'impactLint.trace.server': { type: 'string', enum: ['off', 'messages', 'verbose'], default: 'off', description: 'Traces the communication between VS Code and the language server.' },
  },
};

const check = process.argv.includes('--check');
const drift = [];
function write(file, content) {
  const path = join(root, file);
  const current = (() => {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return '';
    }
  })();
  if (current === content) return;
  if (check) drift.push(file);
  else writeFileSync(path, content);
}

write('schemas/impact-lint.schema.json', `${JSON.stringify(schema, null, 2)}\n`);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
pkg.contributes = { ...pkg.contributes, configuration };
write('package.json', `${JSON.stringify(pkg, null, 2)}\n`);

if (drift.length) {
  console.error(`Generated files are out of date: ${drift.join(', ')}. Run: npm run generate`);
  process.exit(1);
}
