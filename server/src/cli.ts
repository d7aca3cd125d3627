// impact-lint: the command line surface over the engine.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { expandPaths, writeAtomically } from './cli/paths';
import { format, summarize, SEVERITY_NUMBER, type FileResult, type Message } from './cli/formatters';
import type { Config, Settings } from './engine/config';
import { isIsoDate } from './engine/config';
import { fixText, snippetDefaults } from './engine/fix';
import { lint, type LintResult } from './engine/lint';
import { onSuggestionError } from './engine/lazy-report';
import { describeScore, noScoreReason, scoreResume } from './engine/score';
import { isKind, KINDS, type ConfigProblem, type Kind } from './engine/types';
import { decode, jobFor, readDocument, settingsFor } from './node/files';

const VERSION = '0.1.0';
const FORMATS = ['stylish', 'json', 'sarif', 'github'];

const HELP = `Usage: impact-lint [options] [paths or globs...]

Lints resumes, project logs and PM documents written in Markdown.
With no paths, lints **/*.md under the current folder (skipping node_modules and .gitignore'd files).

Options:
  --fix                   Apply safe fixes in place (atomic writes; untouched files stay untouched)
  --format NAME           stylish (default), json, sarif or github
  --config FILE           Use this config file instead of looking for .impact-lint.{json,jsonc,yaml,yml}
  --kind KIND             Treat every file as this kind (${KINDS.join(', ')})
  --job FILE              Job description to tailor resumes against (keyword-coverage); wins over
                          front matter "job:" and the config's "job"
  --today YYYY-MM-DD      The date rules treat as today
  --max-warnings N        Exit 1 only when there are more than N warnings (errors always fail)
  --stdin                 Lint standard input; with --fix, print the fixed text instead of a report
  --stdin-filename NAME   The name used for standard input (config lookup, kind detection)
  --print-kind            Print each file's detected kind and why, then exit
  --score                 Print each resume's score (0-100) and its breakdown after the report
                          (json: a "score" object per file; sarif: on stderr); never changes the exit code
  --stdio                 Run as a language server over stdio
  --no-color              Plain output
  -h, --help              Show this help
  -v, --version           Show the version

Exit codes: 0 no warnings or errors, 1 warnings or errors beyond --max-warnings, 2 usage or config error.
`;

class UsageError extends Error {}

interface Options {
  fix: boolean;
  format: string;
  config?: string;
  kind?: Kind;
  job?: string;
  today?: string;
  maxWarnings: number;
  stdin: boolean;
  stdinFilename?: string;
  printKind: boolean;
  score: boolean;
  color: boolean;
  paths: string[];
}

function parseOptions(given: string[]): Options | 'help' | 'version' {
  // "--max-warnings -1": parseArgs takes "-1" for an option and refuses it as ambiguous.
  const argv = given.flatMap((arg, i) => (arg === '--max-warnings' && /^-\d+$/.test(given[i + 1] ?? '') ? [`--max-warnings=${given[i + 1]}`] : i > 0 && given[i - 1] === '--max-warnings' && /^-\d+$/.test(arg) ? [] : [arg]));
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      fix: { type: 'boolean' },
      format: { type: 'string', short: 'f' },
      config: { type: 'string', short: 'c' },
      kind: { type: 'string' },
      job: { type: 'string' },
      today: { type: 'string' },
      'max-warnings': { type: 'string' },
      stdin: { type: 'boolean' },
      'stdin-filename': { type: 'string' },
      'print-kind': { type: 'boolean' },
      score: { type: 'boolean' },
      color: { type: 'boolean' },
      'no-color': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
  if (values.help) return 'help';
  if (values.version) return 'version';
  const formatName = values.format ?? 'stylish';
  if (!FORMATS.includes(formatName)) throw new UsageError(`Unknown --format "${formatName}". Use one of: ${FORMATS.join(', ')}.`);
  if (values.kind !== undefined && !isKind(values.kind)) throw new UsageError(`Unknown --kind "${values.kind}". Kinds: ${KINDS.join(', ')}.`);
  if (values.today !== undefined && !isIsoDate(values.today)) throw new UsageError(`--today must be a date written YYYY-MM-DD, not "${values.today}".`);
  let maxWarnings = 0;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < -1) throw new UsageError('--max-warnings must be a whole number (-1 for no limit).');
  }
  if (values.stdin && positionals.length) throw new UsageError('--stdin reads standard input; do not also give paths.');
  if (values['stdin-filename'] && !values.stdin) throw new UsageError('--stdin-filename needs --stdin.');
  return {
    fix: values.fix ?? false,
    format: formatName,
    config: values.config,
    kind: values.kind as Kind | undefined,
    job: values.job,
    today: values.today,
    maxWarnings,
    stdin: values.stdin ?? false,
    stdinFilename: values['stdin-filename'],
    printKind: values['print-kind'] ?? false,
    score: values.score ?? false,
    color: values['no-color'] ? false : (values.color ?? (process.stdout.isTTY === true && !process.env.NO_COLOR)),
    paths: positionals,
  };
}

function toMessages(result: LintResult, fixed: boolean, suggestions: boolean): Message[] {
  const messages: Message[] = [];
  for (const p of result.problems) {
    messages.push({ ruleId: null, severity: 1, message: p.message, line: (p.start?.line ?? 0) + 1, column: (p.start?.character ?? 0) + 1, endLine: (p.end?.line ?? 0) + 1, endColumn: (p.end?.character ?? 0) + 1 });
  }
  for (const c of result.crashed) messages.push({ ruleId: c.ruleId, severity: 2, message: `Rule crashed: ${c.error.split('\n')[0]}`, line: 1, column: 1, endLine: 1, endColumn: 1 });
  for (const f of result.findings) {
    const message: Message = {
      ruleId: f.ruleId,
      severity: SEVERITY_NUMBER[f.severity],
      message: f.message,
      line: f.start.line + 1,
      column: f.start.character + 1,
      endLine: f.end.line + 1,
      endColumn: f.end.character + 1,
    };
    if (f.fix && !fixed) message.fix = { range: f.fix.range, text: f.fix.text };
    // Plain text, as ESLint's consumers apply it: a snippet becomes its defaults ("${1:N}" -> "N").
    // Only the JSON output prints them; weak-opening makes its own when first read (engine/lazy-report.ts).
    if (suggestions && f.suggestions?.length) message.suggestions = f.suggestions.map((s) => ({ desc: s.title, fix: { range: s.edit.range, text: s.snippet ? snippetDefaults(s.edit.text) : s.edit.text } }));
    messages.push(message);
  }
  return messages.sort((a, b) => a.line - b.line || a.column - b.column);
}

function describeProblem(p: ConfigProblem): string {
  const where = p.start ? `:${p.start.line + 1}:${p.start.character + 1}` : '';
  return `${p.file ?? '<document>'}${where}: ${p.message}`;
}

export function main(argv: string[], io = { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr }): number | Promise<number> {
  let options: ReturnType<typeof parseOptions>;
  try {
    options = parseOptions(argv);
  } catch (error) {
    io.stderr.write(`impact-lint: ${(error as Error).message}\nRun impact-lint --help for usage.\n`);
    return 2;
  }
  // Suggestions are made when the JSON output reads them (LazyReport): a rule's error there goes to this run's stderr,
  // the finding stands. The handler is this process's: the CLI runs main once.
  onSuggestionError((ruleId, error) => io.stderr.write(`impact-lint: rule ${ruleId} threw making suggestions: ${error instanceof Error ? error.message : String(error)}\n`));
  if (options === 'help') {
    io.stdout.write(HELP);
    return 0;
  }
  if (options === 'version') {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (options.config && !fs.existsSync(options.config)) {
    io.stderr.write(`impact-lint: config file not found: ${options.config}\n`);
    return 2;
  }
  const over: Config = {};
  // --job names a file the user typed: a missing or unreadable one is a usage error (exit 2).
  // A job named by front matter or config is reported as a problem in each resume instead.
  // Its size is checked (stat, before reading) against the maxFileSize each resume would read it with.
  if (options.job) {
    const jobPath = path.resolve(io.cwd, options.job);
    const maxSize = settingsFor(jobPath, { configFile: options.config, over }).settings.maxFileSize;
    const read = readDocument(jobPath, maxSize);
    if (!read.ok) {
      io.stderr.write(`impact-lint: job description ${options.job}: ${read.reason.replace(/^skipped: /, '').replace(/^cannot read: file not found \(ENOENT\)$/, 'file not found')}\n`);
      return 2;
    }
  }
  if (options.today) over.today = options.today;
  const configProblems = new Map<string, ConfigProblem[]>();
  const run = (text: string, file: string) => {
    const ds = settingsFor(file, { configFile: options.config, over });
    if (ds.loaded.file && ds.loaded.problems.length) configProblems.set(ds.loaded.file, ds.loaded.problems);
    const lintOptions = { settings: ds.settings, path: ds.path, kind: options.kind, job: jobFor(file, text, ds, { job: options.job, cwd: io.cwd }) };
    return { ds, lintOptions, result: lint(text, lintOptions) };
  };

  if (options.stdin) return readStdin().then((buffer) => runStdin(buffer, options, io, run, configProblems));

  const { files, missing, unreadable } = expandPaths(options.paths, io.cwd);
  // A path that cannot be read (a symbolic link loop, a folder without permission): said, and no pass (exit 2).
  for (const { path: where, reason } of unreadable) io.stderr.write(`impact-lint: ${path.relative(io.cwd, where) || where}: cannot read: ${reason}\n`);
  // A path or glob that names no Markdown file is a usage error (exit 2), as in ESLint: a CI
  // job with a mistyped path must not pass. The files that were found are linted all the same.
  for (const { arg, ignored, folder, excluded } of missing) {
    const why = ignored
      ? `"${arg}" is ignored by a .gitignore; name its files to lint them`
      : excluded
        ? `every file "${arg}" names is excluded by a "!" argument`
        : folder
          ? `no files match "${arg}" (hidden folders and git-ignored files are skipped; name them to lint them)`
          : `no files match "${arg}"`;
    io.stderr.write(`impact-lint: ${why}\n`);
  }
  if ((missing.length || unreadable.length) && !files.length) return 2;

  const results: FileResult[] = [];
  // Files that could not be read or decoded: the run is no pass (exit 2), or a CI gate would pass on them unlinted.
  let failed = 0;
  for (const file of files) {
    const maxSize = settingsFor(file, { configFile: options.config, over }).settings.maxFileSize;
    const read = readDocument(file, maxSize);
    if (!read.ok) {
      io.stderr.write(`impact-lint: ${path.relative(io.cwd, file) || file}: ${read.reason}\n`);
      if (!read.skipped) failed++;
      continue;
    }
    const linted = run(read.text, file);
    const { lintOptions } = linted;
    let { result } = linted;
    if (options.printKind) {
      io.stdout.write(kindLine(path.relative(io.cwd, file), result.kind));
      continue;
    }
    let fixed = false;
    if (options.fix && result.findings.some((f) => f.fix)) {
      const output = fixText(read.text, lintOptions);
      if (output.text !== read.text) {
        try {
          writeAtomically(file, Buffer.from(read.text, 'utf8'), output.text);
          fixed = true;
          result = lint(output.text, lintOptions);
        } catch (error) {
          // Not fixed, and said why; the findings of the text it read are still reported (exit 1).
          io.stderr.write(`impact-lint: ${path.relative(io.cwd, file)}: ${(error as Error).message}\n`);
        }
      }
    }
    results.push(withScore(summarize(file, toMessages(result, fixed, options.format === 'json'), result.kind.kind), result, lintOptions.settings, options.score));
  }
  const code = finish(results, options, io, configProblems);
  return missing.length || unreadable.length || failed ? 2 : code;
}

/** "resume.md: resume (file name: ...)": a file's kind and why, for --print-kind. */
function kindLine(name: string, k: LintResult['kind']): string {
  return `${name}: ${k.kind ?? 'none'}${k.source ? ` (${k.source}${k.reason ? `: ${k.reason}` : ''})` : k.reason ? ` (${k.reason})` : ''}\n`;
}

function finish(results: FileResult[], options: Options, io: { cwd: string; stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream }, configProblems: Map<string, ConfigProblem[]>): number {
  for (const problems of configProblems.values()) for (const p of problems) io.stderr.write(`impact-lint: ${describeProblem(p)}\n`);
  if (options.printKind) return configProblems.size ? 2 : 0;
  io.stdout.write(format(options.format, results, io.cwd, options.color));
  if (options.score) writeScores(results, options, io);
  if (configProblems.size) return 2;
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  if (errors > 0) return 1;
  if (options.maxWarnings >= 0 && warnings > options.maxWarnings) return 1;
  return 0;
}

function runStdin(
  buffer: Buffer,
  options: Options,
  io: { cwd: string; stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream },
  run: (text: string, file: string) => { result: LintResult; lintOptions: Parameters<typeof lint>[1] },
  configProblems: Map<string, ConfigProblem[]>,
): number {
  const name = path.resolve(io.cwd, options.stdinFilename ?? '<stdin>');
  const read = decode(buffer);
  if (!read.ok) {
    io.stderr.write(`impact-lint: <stdin>: ${read.reason}\n`);
    return 2;
  }
  const { result, lintOptions } = run(read.text, name);
  // A broken config is reported (and exits 2) whatever the mode: the fixed text or the kind still goes to stdout.
  const reportConfig = (): number => {
    for (const problems of configProblems.values()) for (const p of problems) io.stderr.write(`impact-lint: ${describeProblem(p)}\n`);
    return configProblems.size ? 2 : 0;
  };
  if (options.printKind) {
    io.stdout.write(kindLine(options.stdinFilename ?? '<stdin>', result.kind));
    return reportConfig();
  }
  if (options.fix) {
    io.stdout.write(fixText(read.text, lintOptions).text);
    return reportConfig();
  }
  const filePath = options.stdinFilename ? name : '<stdin>';
  return finish([withScore(summarize(filePath, toMessages(result, false, options.format === 'json'), result.kind.kind), result, lintOptions?.settings, options.score)], options, io, configProblems);
}

/** Why a resume printed no score ("not scored: no bullets under an experience heading yet"). */
const noScore = new WeakMap<FileResult, string>();

/** Adds the resume score (engine/score.ts, the same function the server's status item uses) when asked for. */
function withScore(entry: FileResult, result: LintResult, settings: Settings | undefined, wanted: boolean): FileResult {
  if (!wanted) return entry;
  const scoreOptions = { settings, coverage: result.coverage?.ratio };
  const score = scoreResume(result, scoreOptions);
  if (score) entry.score = score;
  else {
    const reason = noScoreReason(result, scoreOptions);
    if (reason) noScore.set(entry, reason);
  }
  return entry;
}

/**
 * "resume.md: score 72/100 (action verbs 80%, ...)" per scored file, after the report.
 * json carries the score inside each entry instead; sarif must stay one JSON document
 * on stdout, so its lines go to stderr. Files that are not resumes get no line; a resume
 * with no score gets one saying why.
 */
function writeScores(results: FileResult[], options: Options, io: { cwd: string; stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream }): void {
  if (options.format === 'json') return;
  const out = options.format === 'sarif' ? io.stderr : io.stdout;
  for (const result of results) {
    const reason = noScore.get(result);
    if (!result.score && !reason) continue;
    const name = path.isAbsolute(result.filePath) ? path.relative(io.cwd, result.filePath) || result.filePath : result.filePath;
    out.write(`${name}: ${result.score ? describeScore(result.score) : reason}\n`);
  }
}

function readStdin(): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (chunk: Buffer) => chunks.push(chunk));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks)));
    process.stdin.on('error', reject);
  });
}

/** The program: a language server with --stdio/--node-ipc/--socket/--pipe, else the CLI. */
export function runCli(): void {
  if (process.argv.includes('--stdio') || process.argv.includes('--node-ipc') || process.argv.some((a) => a.startsWith('--socket') || a.startsWith('--pipe'))) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require('./server').startServer();
  } else {
    // "impact-lint | head": the reader went away. Nothing is left to say; exit with the run's code, quietly.
    for (const stream of [process.stdout, process.stderr]) {
      stream.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EPIPE') throw error;
        process.exit(typeof process.exitCode === 'number' ? process.exitCode : 1);
      });
    }
    // A throw inside main, sync or async, ends here: a message, exit 2, the stack only when asked for.
    new Promise<number>((resolve) => resolve(main(process.argv.slice(2)))).then(
      (code) => {
        process.exitCode = code;
      },
      (error: unknown) => {
        const debug = Boolean(process.env.IMPACT_LINT_DEBUG);
        const text = error instanceof Error ? (debug ? (error.stack ?? error.message) : error.message) : String(error);
        process.stderr.write(`impact-lint: internal error: ${text}\n${debug ? '' : 'Set IMPACT_LINT_DEBUG=1 for the stack trace, and please report it.\n'}`);
        process.exitCode = 2;
      },
    );
  }
}
