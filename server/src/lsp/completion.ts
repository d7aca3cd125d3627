// Completion entries from the engine (engine/complete.ts) -> an LSP CompletionList.
// No completion logic here: only offsets to positions and snippet support.
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type CompletionList } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Completions } from '../engine/complete';

/** A snippet as plain text for clients without snippet support: "by ${1:N}%" -> "by N%". */
export function plainSnippet(snippet: string): string {
  return snippet.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d+/g, '').replace(/\\\$/g, '$');
}

export function toCompletionList(document: TextDocument, completions: Completions, snippetSupport: boolean): CompletionList {
  const items = completions.items.map((entry): CompletionItem => {
    const snippet = entry.isSnippet && snippetSupport;
    const newText = entry.isSnippet && !snippetSupport ? plainSnippet(entry.insertText) : entry.insertText;
    return {
      label: entry.label,
      // Verbs are words of the language being written; metric shapes are templates.
      kind: entry.kind === 'metric' ? CompletionItemKind.Snippet : CompletionItemKind.Keyword,
      labelDetails: { description: entry.group },
      detail: entry.detail,
      sortText: entry.sortText,
      filterText: entry.label,
      insertTextFormat: snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
      textEdit: { range: { start: document.positionAt(entry.range[0]), end: document.positionAt(entry.range[1]) }, newText },
    };
  });
  return { isIncomplete: completions.isIncomplete, items };
}
