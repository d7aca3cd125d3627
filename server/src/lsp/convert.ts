// Findings -> LSP diagnostics, code actions and hovers. No lint logic here.
import {
  CodeAction,
  CodeActionKind,
  DiagnosticSeverity,
  TextEdit,
  type Diagnostic,
  type Hover,
  type Range,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { snippetDefaults } from '../engine/fix';
import { ruleById } from '../engine/registry';
import type { ConfigProblem, Edit, Finding, Position } from '../engine/types';
import { FIX_ALL_KIND, ServerCommands, SOURCE } from '../shared/protocol';

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information } as const;

/** Offsets from the engine are in the text without BOM; LSP positions are the editor's, which never shows a BOM. */
export interface Linted {
  version: number;
  findings: Finding[];
  bom: boolean;
  /** The text the offsets refer to. */
  text: string;
  /** The kind the lint detected, if any. */
  kind?: string;
}

/**
 * An engine position in the editor's text: one character further on the first line when
 * that text starts with a BOM (the engine's offsets skip it; VS Code never sends one, other
 * editors may). Edits and hovers shift the same way (rangeOf, hover in server.ts).
 */
function editorPosition(position: Position, bom: boolean): Position {
  return bom && position.line === 0 ? { line: 0, character: position.character + 1 } : position;
}

export function toDiagnostic(finding: Finding, index: number, docUrl: (id: string) => string, bom = false): Diagnostic {
  return {
    range: { start: editorPosition(finding.start, bom), end: editorPosition(finding.end, bom) },
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: docUrl(finding.ruleId) },
    source: SOURCE,
    message: finding.message,
    data: { index },
  };
}

export function problemDiagnostic(problem: ConfigProblem, bom = false): Diagnostic {
  const start = editorPosition(problem.start ?? { line: 0, character: 0 }, bom);
  return { range: { start, end: problem.end ? editorPosition(problem.end, bom) : start }, severity: DiagnosticSeverity.Warning, source: SOURCE, message: problem.message };
}

/**
 * The finding a diagnostic on screen was made from. The index in `data` is a hint
 * only: results may have been linted again since (settings, the job description or
 * the date changed), so the rule, range and message must match too, or a fix meant
 * for one line could be applied to another.
 */
export function findingFor(linted: Linted, diagnostic: Diagnostic): Finding | undefined {
  const same = (f: Finding | undefined): f is Finding => {
    if (f === undefined || f.ruleId !== diagnostic.code || f.message !== diagnostic.message) return false;
    const start = editorPosition(f.start, linted.bom);
    const end = editorPosition(f.end, linted.bom);
    return start.line === diagnostic.range.start.line && start.character === diagnostic.range.start.character && end.line === diagnostic.range.end.line && end.character === diagnostic.range.end.character;
  };
  const index = (diagnostic.data as { index?: number } | undefined)?.index;
  const hinted = index !== undefined ? linted.findings[index] : undefined;
  return same(hinted) ? hinted : linted.findings.find(same);
}

function rangeOf(document: TextDocument, linted: Linted, edit: Edit): Range {
  const shift = linted.bom && document.getText().charCodeAt(0) === 0xfeff ? 1 : 0;
  return { start: document.positionAt(edit.range[0] + shift), end: document.positionAt(edit.range[1] + shift) };
}

function textEdit(document: TextDocument, linted: Linted, edit: Edit, snippet = false): TextEdit {
  return TextEdit.replace(rangeOf(document, linted, edit), snippet ? snippetDefaults(edit.text) : edit.text);
}

export function codeActions(document: TextDocument, linted: Linted, diagnostics: Diagnostic[], only: string[] | undefined, docUrl: (id: string) => string): CodeAction[] {
  const uri = document.uri;
  const actions: CodeAction[] = [];
  const wants = (kind: string): boolean => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));

  if (wants(CodeActionKind.QuickFix)) {
    const seenRules = new Set<string>();
    for (const diagnostic of diagnostics) {
      if (diagnostic.source !== SOURCE) continue;
      const finding = findingFor(linted, diagnostic);
      if (!finding) continue;
      const rule = ruleById(finding.ruleId);
      if (finding.fix) {
        const action = CodeAction.create(fixTitle(finding), { changes: { [uri]: [textEdit(document, linted, finding.fix)] } }, CodeActionKind.QuickFix);
        action.diagnostics = [diagnostic];
        action.isPreferred = true;
        actions.push(action);
      }
      for (const suggestion of finding.suggestions ?? []) {
        if (finding.fix && suggestion.edit === finding.fix) continue;
        const action = CodeAction.create(suggestion.title, { changes: { [uri]: [textEdit(document, linted, suggestion.edit, suggestion.snippet)] } }, CodeActionKind.QuickFix);
        action.diagnostics = [diagnostic];
        actions.push(action);
      }
      if (!seenRules.has(finding.ruleId)) {
        seenRules.add(finding.ruleId);
        const fixes = linted.findings.filter((f) => f.ruleId === finding.ruleId && f.fix);
        if (fixes.length > 1) {
          actions.push(CodeAction.create(`Fix all ${finding.ruleId} problems (${fixes.length})`, { changes: { [uri]: nonOverlapping(fixes.map((f) => f.fix!)).map((e) => textEdit(document, linted, e)) } }, CodeActionKind.QuickFix));
        }
        const line = diagnostic.range.start.line;
        const lineText = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '');
        const end = { line, character: lineText.length };
        const disable = CodeAction.create(`Disable ${finding.ruleId} for this line`, { changes: { [uri]: [TextEdit.insert(end, ` <!-- impact-lint-disable-line ${finding.ruleId} -->`)] } }, CodeActionKind.QuickFix);
        disable.diagnostics = [diagnostic];
        actions.push(disable);
        if (rule) actions.push(CodeAction.create(`Show documentation for ${finding.ruleId}`, { title: 'Show documentation', command: ServerCommands.showDocumentation, arguments: [docUrl(finding.ruleId)] }, CodeActionKind.QuickFix));
      }
    }
  }
  if (wants(FIX_ALL_KIND) && (only !== undefined || diagnostics.length)) {
    const edits = nonOverlapping(linted.findings.flatMap((f) => (f.fix ? [f.fix] : [])));
    if (edits.length) actions.push(CodeAction.create('Fix all auto-fixable Impact Lint problems', { changes: { [uri]: edits.map((e) => textEdit(document, linted, e)) } }, FIX_ALL_KIND));
  }
  return actions;
}

function fixTitle(finding: Finding): string {
  const suggestion = finding.suggestions?.find((s) => s.edit === finding.fix);
  return suggestion?.title ?? `Fix: ${finding.ruleId}`;
}

/** Edits sorted and without overlaps (LSP forbids overlapping edits in one change). */
export function nonOverlapping(edits: Edit[]): Edit[] {
  const sorted = [...edits].sort((a, b) => a.range[0] - b.range[0]);
  const result: Edit[] = [];
  let end = -1;
  for (const edit of sorted) {
    if (edit.range[0] < end) continue;
    result.push(edit);
    end = edit.range[1];
  }
  return result;
}

export function hover(findings: Finding[], offset: number, docUrl: (id: string) => string): Hover | undefined {
  const here = findings.filter((f) => f.span.start <= offset && offset <= f.span.end);
  if (!here.length) return undefined;
  const parts = here.map((finding) => {
    const rule = ruleById(finding.ruleId);
    const lines = [`**${finding.ruleId}** (${finding.severity}): ${finding.message}`];
    if (rule) {
      lines.push('', rule.meta.description);
      if (rule.meta.example) lines.push('', `Before: *${rule.meta.example.before}*`, '', `After: *${rule.meta.example.after}*`);
    }
    lines.push('', `[Rule documentation](${docUrl(finding.ruleId)})`);
    return lines.join('\n');
  });
  return { contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') } };
}
