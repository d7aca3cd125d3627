// VS Code snippet syntax, parsed and expanded without the `vscode` API: tab stops
// ($1, ${1}, ${1:default}), choices (${1|a,b|}), variables ($NAME, ${NAME:default})
// and the escapes \$ \} \\ (and \, \| inside choices). Transforms are not used by
// the templates; a `$` that starts nothing valid is kept as text, as VS Code does.

export type SnippetNode =
  | { type: 'text'; value: string }
  | { type: 'tabstop'; index: number; children?: SnippetNode[]; choices?: string[] }
  | { type: 'variable'; name: string; children?: SnippetNode[] };

/** Variables VS Code resolves itself (an unknown one is inserted as its name). */
export const VSCODE_VARIABLES: ReadonlySet<string> = new Set([
  'TM_SELECTED_TEXT', 'TM_CURRENT_LINE', 'TM_CURRENT_WORD', 'TM_LINE_INDEX', 'TM_LINE_NUMBER', 'TM_FILENAME', 'TM_FILENAME_BASE', 'TM_DIRECTORY', 'TM_FILEPATH',
  'RELATIVE_FILEPATH', 'CLIPBOARD', 'WORKSPACE_NAME', 'WORKSPACE_FOLDER', 'CURSOR_INDEX', 'CURSOR_NUMBER',
  'CURRENT_YEAR', 'CURRENT_YEAR_SHORT', 'CURRENT_MONTH', 'CURRENT_MONTH_NAME', 'CURRENT_MONTH_NAME_SHORT', 'CURRENT_DATE', 'CURRENT_DAY_NAME', 'CURRENT_DAY_NAME_SHORT',
  'CURRENT_HOUR', 'CURRENT_MINUTE', 'CURRENT_SECOND', 'CURRENT_SECONDS_UNIX', 'CURRENT_TIMEZONE_OFFSET',
  'RANDOM', 'RANDOM_HEX', 'UUID', 'BLOCK_COMMENT_START', 'BLOCK_COMMENT_END', 'LINE_COMMENT',
]);

class Parser {
  private at = 0;
  constructor(private readonly source: string) {}

  /** Nodes until the end, or until an unescaped `}` when `nested`. */
  parse(nested: boolean): SnippetNode[] {
    const nodes: SnippetNode[] = [];
    let text = '';
    const flush = (): void => {
      if (text) nodes.push({ type: 'text', value: text });
      text = '';
    };
    while (this.at < this.source.length) {
      const ch = this.source[this.at];
      if (ch === '\\' && /[$}\\]/.test(this.source[this.at + 1] ?? '')) {
        text += this.source[this.at + 1];
        this.at += 2;
      } else if (ch === '}' && nested) {
        break;
      } else if (ch === '$') {
        const start = this.at;
        const node = this.dollar();
        if (node) {
          flush();
          nodes.push(node);
        } else {
          this.at = start + 1;
          text += '$';
        }
      } else {
        text += ch;
        this.at++;
      }
    }
    flush();
    return nodes;
  }

  private dollar(): SnippetNode | undefined {
    const rest = this.source.slice(this.at + 1);
    let match = /^\d+/.exec(rest);
    if (match) {
      this.at += 1 + match[0].length;
      return { type: 'tabstop', index: Number(match[0]) };
    }
    match = /^[_a-zA-Z][_a-zA-Z0-9]*/.exec(rest);
    if (match) {
      this.at += 1 + match[0].length;
      return { type: 'variable', name: match[0] };
    }
    match = /^\{(\d+|[_a-zA-Z][_a-zA-Z0-9]*)([}:|])/.exec(rest);
    if (!match) return undefined;
    const [head, id, sep] = match;
    this.at += 1 + head.length;
    const isIndex = /^\d/.test(id);
    if (sep === '}') return isIndex ? { type: 'tabstop', index: Number(id) } : { type: 'variable', name: id };
    if (sep === '|') {
      if (!isIndex) return undefined;
      const choices = this.choices();
      return choices ? { type: 'tabstop', index: Number(id), choices } : undefined;
    }
    const children = this.parse(true);
    if (this.source[this.at] !== '}') return undefined;
    this.at++;
    return isIndex ? { type: 'tabstop', index: Number(id), children } : { type: 'variable', name: id, children };
  }

  private choices(): string[] | undefined {
    const choices: string[] = [];
    let current = '';
    while (this.at < this.source.length) {
      const ch = this.source[this.at];
      if (ch === '\\' && /[,|\\$}]/.test(this.source[this.at + 1] ?? '')) {
        current += this.source[this.at + 1];
        this.at += 2;
      } else if (ch === ',') {
        choices.push(current);
        current = '';
        this.at++;
      } else if (ch === '|' && this.source[this.at + 1] === '}') {
        choices.push(current);
        this.at += 2;
        return choices;
      } else {
        current += ch;
        this.at++;
      }
    }
    return undefined;
  }
}

export function parseSnippet(body: string): SnippetNode[] {
  return new Parser(body).parse(false);
}

/** Escapes text so that a snippet inserts it literally. */
export function escapeSnippetText(text: string): string {
  return text.replace(/[\\$}]/g, '\\$&');
}

function escapeChoice(text: string): string {
  return text.replace(/[\\,|$}]/g, '\\$&');
}

export function serializeSnippet(nodes: readonly SnippetNode[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') return escapeSnippetText(node.value);
      const id = node.type === 'tabstop' ? String(node.index) : node.name;
      if (node.type === 'tabstop' && node.choices) return `\${${id}|${node.choices.map(escapeChoice).join(',')}|}`;
      return node.children ? `\${${id}:${serializeSnippet(node.children)}}` : `\${${id}}`;
    })
    .join('');
}

export interface TabStop {
  index: number;
  /** The text the stop holds when expanded with its defaults. */
  defaultText: string;
  choices?: string[];
}

function walk(nodes: readonly SnippetNode[], visit: (node: SnippetNode) => void): void {
  for (const node of nodes) {
    visit(node);
    if (node.type !== 'text' && node.children) walk(node.children, visit);
  }
}

/** The defining occurrence of each tab stop (the first with a default or choices), by index; $0 excluded. */
function definitions(nodes: readonly SnippetNode[]): Map<number, Extract<SnippetNode, { type: 'tabstop' }>> {
  const defs = new Map<number, Extract<SnippetNode, { type: 'tabstop' }>>();
  walk(nodes, (node) => {
    if (node.type !== 'tabstop' || node.index === 0) return;
    const known = defs.get(node.index);
    if (!known || (!known.children && !known.choices && (node.children || node.choices))) defs.set(node.index, node);
  });
  return defs;
}

export interface ExpandOptions {
  /** Variable values; an unset known variable falls back to its default, an unknown one to its name. */
  variables?: Readonly<Record<string, string>>;
  /** Tab-stop values by index, replacing defaults (and choices) everywhere the stop occurs. */
  values?: Readonly<Record<number, string>>;
}

/** The text a snippet inserts when every stop keeps its default (choices: the first). */
export function expandSnippet(body: string | readonly SnippetNode[], options: ExpandOptions = {}): string {
  const nodes = typeof body === 'string' ? parseSnippet(body) : body;
  const defs = definitions(nodes);
  const resolved = new Map<number, string>();
  const stopValue = (index: number, stack: Set<number>): string => {
    const given = options.values?.[index];
    if (given !== undefined) return given;
    const cached = resolved.get(index);
    if (cached !== undefined) return cached;
    const def = defs.get(index);
    if (!def || stack.has(index)) return '';
    stack.add(index);
    const value = def.choices ? (def.choices[0] ?? '') : def.children ? render(def.children, stack) : '';
    stack.delete(index);
    resolved.set(index, value);
    return value;
  };
  const render = (list: readonly SnippetNode[], stack: Set<number>): string =>
    list
      .map((node) => {
        if (node.type === 'text') return node.value;
        if (node.type === 'tabstop') return node.index === 0 ? (node.children ? render(node.children, stack) : '') : stopValue(node.index, stack);
        const value = options.variables?.[node.name];
        if (value !== undefined) return value;
        if (node.children) return render(node.children, stack);
        return VSCODE_VARIABLES.has(node.name) ? '' : node.name;
      })
      .join('');
  return render(nodes, new Set());
}

/** Every tab stop but $0, in index order, with what it holds by default. */
export function tabStops(body: string): TabStop[] {
  const nodes = parseSnippet(body);
  const indexes = new Set<number>();
  walk(nodes, (node) => {
    if (node.type === 'tabstop' && node.index !== 0) indexes.add(node.index);
  });
  const defs = definitions(nodes);
  return [...indexes]
    .sort((a, b) => a - b)
    .map((index) => {
      const def = defs.get(index);
      const stop: TabStop = { index, defaultText: def?.choices ? (def.choices[0] ?? '') : def?.children ? expandSnippet(def.children) : '' };
      if (def?.choices) stop.choices = def.choices;
      return stop;
    });
}

/**
 * Rewrites tab stops' defaults, keeping them as tab stops: `update` gets each
 * stop's index and default text and returns the new default (or undefined to
 * keep it). A stop with choices stays a choice unless given a new default.
 */
export function rewriteDefaults(body: string, update: (stop: TabStop) => string | undefined): string {
  const nodes = parseSnippet(body);
  const replacements = new Map<number, string>();
  for (const stop of tabStops(body)) {
    const value = update(stop);
    if (value !== undefined) replacements.set(stop.index, value);
  }
  const rewrite = (list: readonly SnippetNode[]): SnippetNode[] =>
    list.map((node) => {
      if (node.type === 'text') return node;
      if (node.type === 'tabstop' && replacements.has(node.index) && (node.children || node.choices)) {
        return { type: 'tabstop', index: node.index, children: [{ type: 'text', value: replacements.get(node.index)! }] };
      }
      return node.children ? { ...node, children: rewrite(node.children) } : node;
    });
  return serializeSnippet(rewrite(nodes));
}
