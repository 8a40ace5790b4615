/**
 * The "Mã JSON" tab's editor (issue #17): CodeMirror 6 with JSON support, line numbers, undo, search
 * keys, and the checker's problems as its diagnostics (the page checks as one types, with the words of
 * the Check column, so the editor shows the same problems at the same line and column). Loaded only
 * by the staff page, on first use of the tab (a chunk of its own, preview-json-editor-*.js: the player
 * never loads it, and the kiosks' precache leaves it out with the staff page's other chunks).
 *
 * Under the page's Content-Security-Policy (style-src 'self', no 'unsafe-inline'): CodeMirror's
 * styles go in through constructable style sheets (adoptedStyleSheets), which style-src does not
 * govern, and its inline positions are set through the CSSOM, which it allows either; no eval.
 */
import { EditorState, type Extension } from '@codemirror/state';
import { EditorView, keymap, lineNumbers, highlightActiveLine, highlightActiveLineGutter, drawSelection } from '@codemirror/view';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { json } from '@codemirror/lang-json';
import { bracketMatching, defaultHighlightStyle, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { autocompletion, completionKeymap, type Completion, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import type { Problem } from '../content/problems';
import { bundleJsonSchemaObject } from '../content/json-schema';
import { completionsAt, type JsonSchema } from './schema-completion';

export interface JsonEditorOptions {
  parent: HTMLElement;
  root: ShadowRoot | Document;
  text: string;
  /** The accessible name of the editing area. */
  label: string;
  /** Called with the whole text after each change staff make. */
  onEdit: (text: string) => void;
}

const theme = EditorView.theme({
  '&': {
    fontSize: '0.86rem',
    border: '1px solid var(--p-line)',
    borderRadius: 'var(--p-radius)',
    background: '#fbfaf8',
    maxHeight: '70vh',
  },
  '.cm-scroller': { fontFamily: 'var(--p-mono)', lineHeight: '1.55', overflow: 'auto' },
  '.cm-content': { caretColor: 'var(--p-ink)' },
  '&.cm-focused': { outline: '3px solid var(--p-focus)', outlineOffset: '2px' },
  '.cm-gutters': { background: '#f1eee9', color: '#4a453f', borderRight: '1px solid var(--p-line)' },
  '.cm-lintRange-error': { backgroundImage: 'none', textDecoration: 'underline wavy var(--p-bad)' },
  '.cm-diagnostic': { fontFamily: 'var(--p-font)' },
  // The lint package draws its markers with data: SVG pictures, which the page's img-src refuses: a dot in CSS instead.
  '.cm-lint-marker': { width: '0.8em', height: '0.8em' },
  '.cm-lint-marker-error': { content: 'none', display: 'inline-block', borderRadius: '50%', background: 'var(--p-bad)' },
});

/** The fields and values the bundle's JSON Schema allows at the cursor (Ctrl+Space, or as one types a key). */
let bundleSchema: JsonSchema | undefined;

function fromSchema(context: CompletionContext): CompletionResult | null {
  // The schema content/schema.json is written from (the checker's own), made once on first use.
  bundleSchema ??= bundleJsonSchemaObject() as JsonSchema;
  const found = completionsAt(context.state.doc.toString(), context.pos, bundleSchema);
  if (!found) return null;
  // A key's typed quote is left out of what the list filters on ("ver" finds version) and replaced with the rest.
  const quoted = found.options[0]?.kind === 'property' && context.state.sliceDoc(found.from, found.from + 1) === '"';
  const options = found.options.map((option): Completion => ({
    label: option.label,
    detail: option.detail,
    type: option.kind === 'property' ? 'property' : 'enum',
    // Required fields first: an item cannot do without them.
    boost: option.required ? 1 : 0,
    apply: (view, _completion, from, to) => {
      const start = quoted ? from - 1 : from;
      view.dispatch({ changes: { from: start, to, insert: option.apply }, selection: { anchor: start + option.cursor } });
    },
  }));
  return { from: found.from + (quoted ? 1 : 0), to: found.to, options };
}

/** The offset in `state` of a 1-based line and column, clamped to the text. */
export function offsetOf(state: EditorState, line: number, col: number): number {
  const at = state.doc.line(Math.min(Math.max(line, 1), state.doc.lines));
  return Math.min(at.from + Math.max(col - 1, 0), at.to);
}

export class JsonEditorView {
  readonly view: EditorView;
  private applying = false;

  constructor(options: JsonEditorOptions) {
    const extensions: Extension[] = [
      lineNumbers(),
      highlightActiveLineGutter(),
      history(),
      drawSelection(),
      indentOnInput(),
      bracketMatching(),
      highlightActiveLine(),
      json(),
      syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
      lintGutter(),
      autocompletion({ override: [fromSchema], icons: false }),
      keymap.of([...completionKeymap, indentWithTab, ...defaultKeymap, ...historyKeymap]),
      EditorView.lineWrapping,
      // tabindex: the editable area is in the tab order already; said explicitly, axe sees its scroller as reachable.
      EditorView.contentAttributes.of({ 'aria-label': options.label, lang: 'vi', spellcheck: 'false', tabindex: '0' }),
      theme,
      EditorView.updateListener.of((update) => {
        if (update.docChanged && !this.applying) options.onEdit(update.state.doc.toString());
      }),
    ];
    this.view = new EditorView({
      state: EditorState.create({ doc: options.text, extensions }),
      parent: options.parent,
      root: options.root,
    });
  }

  /** The text from outside (a form's edit, another file): only the part that differs is replaced, so the cursor stays. */
  setText(text: string): void {
    const current = this.view.state.doc.toString();
    if (current === text) return;
    let start = 0;
    while (start < current.length && start < text.length && current[start] === text[start]) start++;
    let end = 0;
    while (end < current.length - start && end < text.length - start && current[current.length - 1 - end] === text[text.length - 1 - end])
      end++;
    this.applying = true;
    this.view.dispatch({ changes: { from: start, to: current.length - end, insert: text.slice(start, text.length - end) } });
    this.applying = false;
  }

  /** The checker's problems as the editor's diagnostics, at their line and column. */
  setProblems(problems: readonly Problem[]): void {
    const { state } = this.view;
    const diagnostics: Diagnostic[] = problems.map((problem) => {
      const from = offsetOf(state, problem.line, problem.col);
      const line = state.doc.lineAt(from);
      // The whole token when there is one (to the end of a word or a quoted text), else one character.
      const rest = state.sliceDoc(from, line.to);
      const token = /^"(?:[^"\\]|\\.)*"?|^[^\s,:{}[\]]+/.exec(rest)?.[0] ?? '';
      return { from, to: Math.min(from + Math.max(token.length, 1), line.to), severity: 'error', message: problem.message };
    });
    this.view.dispatch(setDiagnostics(state, diagnostics));
  }

  /** Puts the cursor at a line and column, scrolls there and focuses the editor. */
  reveal(line: number, col = 1): void {
    const at = offsetOf(this.view.state, line, col);
    this.view.dispatch({ selection: { anchor: at }, effects: EditorView.scrollIntoView(at, { y: 'center' }) });
    this.view.focus();
  }

  destroy(): void {
    this.view.destroy();
  }
}
