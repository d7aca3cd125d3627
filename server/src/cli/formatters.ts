// Output formats for the CLI: stylish, json (ESLint's shape), sarif 2.1.0, github.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { docUrl, rules } from '../engine/registry';
import type { ResumeScore } from '../engine/score';
import type { Severity } from '../engine/types';

export interface Message {
  ruleId: string | null;
  /** 0 info, 1 warning, 2 error (ESLint's numbers, with info as 0). */
  severity: 0 | 1 | 2;
  message: string;
  /** 1-based. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: { range: [number, number]; text: string };
  suggestions?: { desc: string; fix: { range: [number, number]; text: string } }[];
}

export interface FileResult {
  filePath: string;
  messages: Message[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  kind?: string;
  /** The resume score with its breakdown (`--score`, resumes only). */
  score?: ResumeScore;
}

export const SEVERITY_NUMBER: Record<Severity, 0 | 1 | 2> = { info: 0, warning: 1, error: 2 };
const SEVERITY_NAME = ['info', 'warning', 'error'] as const;

export function summarize(filePath: string, messages: Message[], kind?: string): FileResult {
  const count = (severity: number, fixable = false): number => messages.filter((m) => m.severity === severity && (!fixable || m.fix)).length;
  return { filePath, messages, errorCount: count(2), warningCount: count(1), infoCount: count(0), fixableErrorCount: count(2, true), fixableWarningCount: count(1, true), kind };
}

export function format(name: string, results: FileResult[], cwd: string, color: boolean): string {
  switch (name) {
    case 'json':
      return JSON.stringify(results);
    case 'sarif':
      return JSON.stringify(sarif(results, cwd), null, 2);
    case 'github':
      return github(results, cwd);
    default:
      return stylish(results, cwd, color);
  }
}

function relative(file: string, cwd: string): string {
  return file.startsWith(`${cwd}/`) ? file.slice(cwd.length + 1) : file;
}

/**
 * A SARIF artifact URI (RFC 3986): a relative reference for a file under `cwd`, each
 * segment percent-encoded ("cv:2026.md" would read as a scheme, "resume#2.md" as a
 * fragment); a file:// URI for any other absolute path; "<stdin>" as it is.
 */
function artifactUri(file: string, cwd: string): string {
  if (!path.isAbsolute(file)) return file.split('/').map(encodeURIComponent).join('/');
  if (file.startsWith(`${cwd}${path.sep}`)) return file.slice(cwd.length + 1).split(path.sep).map(encodeURIComponent).join('/');
  return pathToFileURL(file).href;
}

function stylish(results: FileResult[], cwd: string, color: boolean): string {
  const paint = (code: number, text: string): string => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const colors = [36, 33, 31];
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let fixable = 0;
  for (const result of results) {
    if (!result.messages.length) continue;
    errors += result.errorCount;
    warnings += result.warningCount;
    infos += result.infoCount;
    fixable += result.messages.filter((m) => m.fix).length;
    out.push('', paint(4, relative(result.filePath, cwd)));
    const positions = result.messages.map((m) => `${m.line}:${m.column}`);
    // A loop, not Math.max(...): a file with 120,000 findings overflowed the call stack.
    const width = positions.reduce((most, p) => Math.max(most, p.length), 0);
    result.messages.forEach((m, i) => {
      const severity = SEVERITY_NAME[m.severity];
      out.push(`  ${paint(2, positions[i].padEnd(width))}  ${paint(colors[m.severity], severity.padEnd(7))}  ${m.message}  ${paint(2, m.ruleId ?? '')}`);
    });
  }
  const total = errors + warnings + infos;
  if (!total) return '';
  out.push('', paint(errors ? 31 : warnings ? 33 : 36, `✖ ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}, ${infos} info)`));
  if (fixable) out.push(paint(2, `  ${fixable} fixable with the \`--fix\` option.`));
  return `${out.join('\n')}\n`;
}

function sarif(results: FileResult[], cwd: string): object {
  const level = ['note', 'warning', 'error'];
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'impact-lint',
            informationUri: 'https://github.com/impact-lint/impact-lint',
            rules: rules.map((rule) => ({
              id: rule.meta.id,
              shortDescription: { text: rule.meta.description },
              helpUri: docUrl(rule.meta.id),
              defaultConfiguration: { level: level[SEVERITY_NUMBER[rule.meta.severity]] },
            })),
          },
        },
        results: results.flatMap((result) =>
          result.messages.map((m) => ({
            ruleId: m.ruleId ?? 'impact-lint',
            level: level[m.severity],
            message: { text: m.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: artifactUri(result.filePath, cwd) },
                  region: { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
}

function github(results: FileResult[], cwd: string): string {
  const data = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const property = (s: string): string => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const command = ['notice', 'warning', 'error'];
  const lines: string[] = [];
  for (const result of results) {
    for (const m of result.messages) {
      const file = property(relative(result.filePath, cwd));
      const title = m.ruleId ? `,title=${property(m.ruleId)}` : '';
      lines.push(`::${command[m.severity]} file=${file},line=${m.line},col=${m.column},endLine=${m.endLine},endColumn=${m.endColumn}${title}::${data(m.message)}`);
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}
