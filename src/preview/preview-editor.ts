import { html, nothing } from 'lit';
import type { Problem } from '../content/problems';
import { previewBase } from './preview-styles';
import { editorStyles } from './preview-editor.styles';
import type { Section, SectionId } from './form-model';
import { fieldForProblem, problemsUnder } from './form-problems';
import { formWords, sectionKey } from './form-strings';
import { PreviewElement, boundProperties } from './element-base';
import type { PreviewSectionForm } from './preview-section-form';
import './preview-section-form';

/**
 * The forms staff edit the bundle with, every section of it (issue #17): a list of the sections (with
 * the count of problems in each) that leads to each, and the sections' forms one after the other, each field with its own problems under
 * it, live. Holds no bundle logic: its sections send up what was typed, added, removed or moved.
 */
export class PreviewEditor extends PreviewElement {
  static override properties = { ...boundProperties('sections', 'problems', 'unavailable'), current: { state: true } };
  declare sections: Section[];
  declare problems: Problem[];
  /** The text is not JSON at all: nothing to edit here. */
  declare unavailable: boolean;
  /** The section shown. */
  declare current: SectionId;

  static override styles = [previewBase, editorStyles];

  constructor() {
    super();
    this.sections = [];
    this.problems = [];
    this.unavailable = false;
    this.current = 'slogans';
  }

  /** Scrolls to a field (by its path, e.g. `slogans[2].text`), focuses it and makes it flash. */
  async focusField(key: string): Promise<boolean> {
    const target = fieldForProblem(this.sections, key);
    if (!target) return false;
    this.current = target.section;
    await this.updateComplete;
    const form = this.renderRoot.querySelector<PreviewSectionForm>(`preview-section-form[data-section="${target.section}"]`);
    await form?.updateComplete;
    const fields = [...(form?.renderRoot.querySelectorAll('preview-form-field') ?? [])];
    await Promise.all(fields.map((field) => field.updateComplete));
    const host = fields.find((field) => field.field.key === target.key);
    const control =
      host?.renderRoot.querySelector<HTMLElement>('input, textarea, select') ??
      form?.renderRoot.querySelector<HTMLElement>(
        `[data-list='${CSS.escape(JSON.stringify(pathOfKey(this.sections, target.key)))}'] input, [data-list='${CSS.escape(JSON.stringify(pathOfKey(this.sections, target.key)))}'] button`,
      );
    if (!control) return false;
    control.scrollIntoView({ block: 'center' });
    control.focus({ preventScroll: true });
    const box = (host?.renderRoot.querySelector('.field') ?? control.closest('fieldset')) as HTMLElement | null;
    box?.classList.remove('flash');
    void box?.offsetWidth;
    box?.classList.add('flash');
    return true;
  }

  /** Scrolls to a section and puts the keyboard on its heading. */
  private async goTo(id: SectionId): Promise<void> {
    this.current = id;
    const form = this.renderRoot.querySelector<HTMLElement>(`preview-section-form[data-section="${id}"]`);
    form?.scrollIntoView({ block: 'start' });
    await this.updateComplete;
    form?.shadowRoot?.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
  }

  protected override render() {
    if (this.unavailable) return html`<p class="hint">${formWords('editUnavailable')}</p>`;
    return html`<p class="hint">${formWords('editHint')}</p>
      <div class="forms">
        <nav aria-label=${formWords('sectionsNav')}>
          <ul>
            ${this.sections.map((entry) => {
              const count = entry.items.reduce((sum, item) => sum + problemsUnder(this.problems, item.key).length, 0);
              return html`<li>
                <button
                  type="button"
                  data-section=${entry.id}
                  aria-current=${entry.id === this.current ? 'true' : nothing}
                  @click=${() => void this.goTo(entry.id)}
                >
                  <span>${formWords(sectionKey(entry.id))}</span>
                  ${count > 0 ? html`<span class="badge" aria-label=${formWords('problemCount', { count })}>${count}</span>` : nothing}
                </button>
              </li>`;
            })}
          </ul>
        </nav>
        <div class="sections">
          ${this.sections.map(
            (section) =>
              html`<preview-section-form
                data-section=${section.id}
                .section=${section}
                .problems=${this.problems}
                .lang=${this.lang}
              ></preview-section-form>`,
          )}
        </div>
      </div>`;
  }
}

/** The path of a list by its key (`screens[0].slideKinds`), as the section form marks it. */
function pathOfKey(sections: readonly Section[], key: string): unknown[] | undefined {
  for (const item of sections.flatMap((section) => section.items)) {
    if (item.kinds?.key === key) return item.kinds.path;
    if (item.messages?.key === key) return item.messages.path;
  }
  return undefined;
}

customElements.define('preview-editor', PreviewEditor);

declare global {
  interface HTMLElementTagNameMap {
    'preview-editor': PreviewEditor;
  }
}
