import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Problem } from '../content/problems';
import { previewBase } from './preview-styles';
import { editorStyles } from './preview-editor.styles';
import type { MessageKey } from './i18n';
import type { Field, Item, Section } from './edit';
import type { GrowableSection } from './bundle-document';
import { PreviewElement, boundProperties } from './element-base';

/**
 * The form staff edit the bundle with: slogans, phase messages, milestones and announcements,
 * each field with its own problems under it, live. Holds no bundle logic: it says what was typed.
 *
 * @fires field-input - a field changed; detail: { field, input }
 * @fires item-add - add a slogan or an announcement; detail: { section }
 * @fires item-remove - remove an item; detail: { path }
 */
export class PreviewEditor extends PreviewElement {
  static override properties = boundProperties('sections', 'problems', 'unavailable');
  declare sections: Section[];
  declare problems: Problem[];
  /** The text is not JSON at all: nothing to edit here. */
  declare unavailable: boolean;

  static override styles = [previewBase, editorStyles];

  constructor() {
    super();
    this.sections = [];
    this.problems = [];
    this.unavailable = false;
  }

  /** Scrolls to a field (by its path, e.g. `slogans[2].text`), focuses it and makes it flash. */
  async focusField(key: string): Promise<boolean> {
    await this.updateComplete;
    const control = this.renderRoot.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
    if (!control) return false;
    control.scrollIntoView({ block: 'center' });
    control.focus({ preventScroll: true });
    const box = control.closest('.field');
    box?.classList.remove('flash');
    void (box as HTMLElement | null)?.offsetWidth;
    box?.classList.add('flash');
    return true;
  }

  private problemsFor(key: string): Problem[] {
    return this.problems.filter(
      (problem) => problem.path === key || problem.path.startsWith(`${key}.`) || problem.path.startsWith(`${key}[`),
    );
  }

  private renderField(field: Field) {
    const problems = this.problemsFor(field.key);
    const id = `f-${field.key.replace(/[^\w]/g, '_')}`;
    const onInput = (event: Event) => this.emit('field-input', { field, input: (event.target as HTMLInputElement).value });
    const wide = field.kind === 'text' || (field.kind === 'line' && field.label !== 'figure' && field.label !== 'unit');
    let control: unknown;
    switch (field.kind) {
      case 'text':
        control = html`<textarea
          id=${id}
          data-key=${field.key}
          rows=${field.value.length > 160 ? 4 : 2}
          .value=${field.value}
          @input=${onInput}
          lang="vi"
        ></textarea>`;
        break;
      case 'line':
        control = html`<input id=${id} data-key=${field.key} type="text" .value=${field.value} @input=${onInput} lang="vi" />`;
        break;
      case 'date':
        control = html`<input id=${id} data-key=${field.key} type="date" .value=${field.value} @input=${onInput} />`;
        break;
      case 'priority':
        control = html`<select id=${id} data-key=${field.key} .value=${field.value === 'urgent' ? 'urgent' : 'normal'} @change=${onInput}>
          <option value="normal" ?selected=${field.value !== 'urgent'}>${this.t('priority_normal')}</option>
          <option value="urgent" ?selected=${field.value === 'urgent'}>${this.t('priority_urgent')}</option>
        </select>`;
        break;
    }
    const length = [...field.value].length;
    return html`<div class="field ${wide ? 'wide' : ''} ${problems.length > 0 ? 'invalid' : ''}">
      <div class="label-line">
        <label for=${id}
          >${this.t(`field_${field.label}`)}${field.optional && field.kind !== 'priority' ? html` <span class="count">(${this.t('optional')})</span>` : nothing}</label
        >
        ${field.limit ? html`<span class="count ${length > field.limit ? 'over' : ''}">${length}/${field.limit}</span>` : nothing}
      </div>
      ${control} ${problems.map((problem) => html`<p class="problem" role="alert">${problem.message}</p>`)}
    </div>`;
  }

  private renderItem(item: Item, removable: boolean) {
    // Problems about the item itself (a bad id, a duplicate) are shown on it, not on a field.
    const own = this.problems.filter(
      (problem) =>
        (problem.path === item.key || problem.path.startsWith(`${item.key}.`)) &&
        !item.fields.some(
          (field) => problem.path === field.key || problem.path.startsWith(`${field.key}.`) || problem.path.startsWith(`${field.key}[`),
        ),
    );
    const flagged = own.length > 0 || item.fields.some((field) => this.problemsFor(field.key).length > 0);
    const dates = item.fields.filter((field) => field.kind === 'date' || field.kind === 'priority');
    const others = item.fields.filter((field) => field.kind !== 'date' && field.kind !== 'priority');
    return html`<div class="item ${flagged ? 'has-problem' : ''}" data-item=${item.key}>
      <div class="item-head">
        <code>${item.id}</code>
        ${removable ? html`<button type="button" class="danger" @click=${() => confirm(this.t('removeConfirm')) && this.emit('item-remove', { path: item.path })}>${this.t('remove')}</button>` : nothing}
      </div>
      <div class="row">${others.map((field) => this.renderField(field))}</div>
      ${dates.length > 0 ? html`<div class="row">${dates.map((field) => this.renderField(field))}</div>` : nothing}
      ${own.map((problem) => html`<p class="problem" role="alert">${problem.path}: ${problem.message}</p>`)}
    </div>`;
  }

  private renderSection(section: Section) {
    const title: Record<Section['id'], MessageKey> = {
      slogans: 'sectionSlogans',
      phases: 'sectionPhases',
      milestones: 'sectionMilestones',
      announcements: 'sectionAnnouncements',
    };
    const add: Record<GrowableSection, MessageKey> = { slogans: 'addSlogan', announcements: 'addAnnouncement' };
    const growable = section.id === 'slogans' || section.id === 'announcements' ? section.id : undefined;
    return html`<section id=${`section-${section.id}`}>
      <div class="section-head">
        <h2>${this.t(title[section.id])}</h2>
        ${growable ? html`<button type="button" class="primary" data-add=${growable} @click=${() => this.emit('item-add', { section: growable })}>+ ${this.t(add[growable])}</button>` : nothing}
      </div>
      ${section.id === 'announcements' && section.items.length === 0 ? html`<p class="hint">${this.t('noAnnouncements')}</p>` : nothing}
      ${repeat(
        section.items,
        (item) => item.key,
        (item, index) =>
          html`${section.headings ? html`<p class="phase-title">${section.headings[index]}</p>` : nothing}${this.renderItem(item, section.growable)}`,
      )}
    </section>`;
  }

  protected override render() {
    if (this.unavailable) return html`<p class="hint">${this.t('editUnavailable')}</p>`;
    return html`<p class="hint">${this.t('editHint')}</p>
      ${this.sections.map((section) => this.renderSection(section))}`;
  }
}
customElements.define('preview-editor', PreviewEditor);

declare global {
  interface HTMLElementTagNameMap {
    'preview-editor': PreviewEditor;
  }
}
