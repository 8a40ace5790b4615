import { html, css, type PropertyValues } from 'lit';
import type { Problem } from '../content/problems';
import { previewBase } from './preview-styles';
import { PreviewElement, boundProperties } from './element-base';
import type { JsonEditorView } from './preview-json-editor';

/**
 * The bundle's text, editable (issue #17): CodeMirror 6 (preview-json-editor.ts, loaded on first use)
 * with the checker's problems marked at their line and column as one types. `reveal(line, col)`
 * puts the cursor on a problem. Text only: the file's text never reaches the DOM as markup.
 *
 * @fires text-edit - staff changed the text; detail: { text }
 */
export class PreviewSource extends PreviewElement {
  static override properties = boundProperties('text', 'problems', 'label');
  declare text: string;
  /** The checker's problems of `text`. */
  declare problems: Problem[];
  /** The accessible name of the editing area. */
  declare label: string;
  private editor: JsonEditorView | undefined;
  private loading: Promise<JsonEditorView> | undefined;

  static override styles = [
    previewBase,
    css`
      :host {
        display: block;
      }
      .host {
        min-height: 20rem;
      }
    `,
  ];

  constructor() {
    super();
    this.text = '';
    this.problems = [];
    this.label = 'JSON';
  }

  /** The editor, made on first use. */
  private ready(): Promise<JsonEditorView> {
    this.loading ??= import('./preview-json-editor').then(({ JsonEditorView }) => {
      const parent = this.renderRoot.querySelector<HTMLElement>('.host')!;
      this.editor = new JsonEditorView({
        parent,
        root: this.renderRoot as ShadowRoot,
        text: this.text,
        label: this.label,
        onEdit: (text) => {
          this.text = text;
          this.emit('text-edit', { text });
        },
      });
      this.editor.setProblems(this.problems);
      this.toggleAttribute('ready', true);
      return this.editor;
    });
    return this.loading;
  }

  /** Scrolls to a line (and column), puts the cursor there and focuses the editor. */
  async reveal(line: number, col = 1): Promise<void> {
    await this.updateComplete;
    (await this.ready()).reveal(line, col);
  }

  protected override firstUpdated(): void {
    void this.ready();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!this.editor) return;
    if (changed.has('text')) this.editor.setText(this.text);
    if (changed.has('problems') || changed.has('text')) this.editor.setProblems(this.problems);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.editor?.destroy();
    this.editor = undefined;
    this.loading = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) void this.ready();
  }

  protected override render() {
    return html`<div class="host"></div>`;
  }
}
customElements.define('preview-source', PreviewSource);

declare global {
  interface HTMLElementTagNameMap {
    'preview-source': PreviewSource;
  }
}
