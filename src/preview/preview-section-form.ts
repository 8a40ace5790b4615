import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { JSONPath } from 'jsonc-parser';
import type { Problem } from '../content/problems';
import { previewBase } from './preview-styles';
import { editorStyles } from './preview-editor.styles';
import { PreviewElement, boundProperties } from './element-base';
import type { Field, Item, KindsList, ListSection, Section } from './form-model';
import { formWords, kindName, sectionKey, type FormKey } from './form-strings';
import { isUnder, problemsUnder } from './form-problems';
import './preview-form-field';

/**
 * One section of the content in forms (the plan header, the phases, the screens…): its items with
 * their fields, and for a list, adding, removing and reordering (buttons for the keyboard, a handle
 * to drag with the mouse). A phase's messages and a screen's slide kinds are lists of their own.
 *
 * @fires item-add - add an item at the end of the list; detail: { section }
 * @fires item-remove - remove an item (a list's item or a phase's message); detail: { path }
 * @fires item-move - move an item of a list; detail: { path (of the list), from, to }
 * @fires message-add - add a message to a phase; detail: { phase }
 * @fires kinds-change - a screen's slide kinds, on and in order; detail: { path, kinds }
 */
export class PreviewSectionForm extends PreviewElement {
  static override properties = { ...boundProperties('section', 'problems'), announcement: { state: true } };
  declare section: Section;
  declare problems: Problem[];
  /** What the last move did, for screen readers. */
  declare announcement: string;
  /** The move button to focus again once the moved item is drawn at its new place. */
  private refocus: string | undefined;
  private dragged: { list: string; index: number } | undefined;

  static override styles = [previewBase, editorStyles];

  constructor() {
    super();
    this.problems = [];
    this.announcement = '';
  }

  private w(key: FormKey, values?: Record<string, string | number>): string {
    return formWords(key, values);
  }

  protected override updated(): void {
    if (!this.refocus) return;
    this.renderRoot.querySelector<HTMLElement>(this.refocus)?.focus();
    this.refocus = undefined;
  }

  private move(list: JSONPath, from: number, to: number, name: string, direction: 'up' | 'down' | undefined): void {
    const listKey = JSON.stringify(list);
    this.refocus = direction ? `[data-list='${CSS.escape(listKey)}'] > [data-index="${to}"] button[data-move="${direction}"]` : undefined;
    this.announcement = this.w('moved', { name, position: to + 1 });
    this.emit('item-move', { path: list, from, to });
  }

  /** Up, down, a drag handle and remove, for the item at `index` of `count` in the list at `list`. */
  private orderControls(list: JSONPath, index: number, count: number, name: string, removePath: JSONPath | undefined) {
    return html`<span
        class="handle"
        draggable="true"
        title=${this.w('dragHandle')}
        aria-hidden="true"
        @dragstart=${(event: DragEvent) => {
          this.dragged = { list: JSON.stringify(list), index };
          event.dataTransfer?.setData('text/plain', name);
        }}
        >⠿</span
      >
      <button
        type="button"
        class="icon"
        data-move="up"
        ?disabled=${index === 0}
        aria-label=${this.w('moveUpNamed', { name })}
        title=${this.w('moveUp')}
        @click=${() => this.move(list, index, index - 1, name, 'up')}
      >
        ↑
      </button>
      <button
        type="button"
        class="icon"
        data-move="down"
        ?disabled=${index === count - 1}
        aria-label=${this.w('moveDownNamed', { name })}
        title=${this.w('moveDown')}
        @click=${() => this.move(list, index, index + 1, name, 'down')}
      >
        ↓
      </button>
      ${
        removePath
          ? html`<button
              type="button"
              class="danger"
              data-remove
              aria-label=${this.w('removeNamed', { name })}
              @click=${() => confirm(this.w('removeConfirm')) && this.emit('item-remove', { path: removePath })}
            >
              ${this.w('remove')}
            </button>`
          : nothing
      }`;
  }

  /** Drop targets: an item of the same list takes the dragged one at its place. */
  private dropHandlers(list: JSONPath, index: number, name: string) {
    const listKey = JSON.stringify(list);
    return {
      over: (event: DragEvent) => {
        if (this.dragged?.list === listKey) event.preventDefault();
      },
      drop: (event: DragEvent) => {
        const from = this.dragged;
        this.dragged = undefined;
        if (from?.list !== listKey || from.index === index) return;
        event.preventDefault();
        this.move(list, from.index, index, name, undefined);
      },
    };
  }

  private renderField(field: Field, index = 0) {
    return html`<preview-form-field
      class=${field.kind === 'text' || (field.kind === 'line' && (field.limit ?? 0) >= 100) ? 'wide' : ''}
      .field=${field}
      .problems=${problemsUnder(this.problems, field.key)}
      .index=${index}
      .lang=${this.lang}
    ></preview-form-field>`;
  }

  private renderMessages(item: Item) {
    const { messages } = item;
    if (!messages) return nothing;
    const phase = item.path[1] as number;
    return html`<fieldset class="nested" data-list=${JSON.stringify(messages.path)}>
      <legend>${this.w('messages')}</legend>
      ${repeat(
        messages.fields,
        (field) => field.key,
        (field, index) => {
          const drop = this.dropHandlers(messages.path, index, field.value.slice(0, 30));
          return html`<div class="entry" data-index=${index} @dragover=${drop.over} @drop=${drop.drop}>
            ${this.renderField(field, index + 1)}
            <div class="order">
              ${this.orderControls(messages.path, index, messages.fields.length, this.w('field_message', { n: index + 1 }), field.path)}
            </div>
          </div>`;
        },
      )}
      <button type="button" data-add-message=${phase} @click=${() => this.emit('message-add', { phase })}>+ ${this.w('addMessage')}</button>
    </fieldset>`;
  }

  private renderKinds(kinds: KindsList) {
    const on = kinds.order.filter((entry) => entry.on).map((entry) => entry.kind);
    const set = (next: string[]) => this.emit('kinds-change', { path: kinds.path, kinds: next });
    return html`<fieldset class="nested kinds" data-list=${JSON.stringify(kinds.path)}>
      <legend>${this.w('slideKinds')}</legend>
      ${kinds.order.map((entry, index) => {
        const id = `k-${kinds.key.replace(/[^\w]/g, '_')}-${entry.kind}`;
        const name = kindName(entry.kind);
        const position = on.indexOf(entry.kind);
        return html`<div class="entry kind" data-index=${index}>
          <input
            type="checkbox"
            id=${id}
            data-kind=${entry.kind}
            .checked=${entry.on}
            @change=${(event: Event) => set((event.target as HTMLInputElement).checked ? [...on, entry.kind] : on.filter((kind) => kind !== entry.kind))}
          />
          <label for=${id}>${name}</label>
          ${
            entry.on
              ? html`<button
                    type="button"
                    class="icon"
                    data-move="up"
                    ?disabled=${position === 0}
                    aria-label=${this.w('moveUpNamed', { name })}
                    @click=${() => this.moveKind(kinds, on, position, -1, name)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    class="icon"
                    data-move="down"
                    ?disabled=${position === on.length - 1}
                    aria-label=${this.w('moveDownNamed', { name })}
                    @click=${() => this.moveKind(kinds, on, position, 1, name)}
                  >
                    ↓
                  </button>`
              : nothing
          }
        </div>`;
      })}
      ${problemsUnder(this.problems, kinds.key).map((problem) => html`<p class="problem" role="alert">${problem.message}</p>`)}
    </fieldset>`;
  }

  private moveKind(kinds: KindsList, on: string[], position: number, step: number, name: string): void {
    const next = on.slice();
    const [kind] = next.splice(position, 1);
    next.splice(position + step, 0, kind!);
    this.refocus = `[data-list='${CSS.escape(JSON.stringify(kinds.path))}'] > [data-index="${position + step}"] button[data-move="${step < 0 ? 'up' : 'down'}"]`;
    this.announcement = this.w('moved', { name, position: position + step + 1 });
    this.emit('kinds-change', { path: kinds.path, kinds: next });
  }

  private renderItem(item: Item, index: number) {
    const { section } = this;
    const fields = item.fields.filter((field) => field.label !== 'duration');
    const durations = item.fields.filter((field) => field.label === 'duration');
    // Problems no field of the item shows (a bad id, a missing name, an emptied group) are shown on the item.
    const shown = [...item.fields, ...(item.messages?.fields ?? [])].map((field) => field.key).concat(item.kinds ? [item.kinds.key] : []);
    const own = problemsUnder(this.problems, item.key).filter((problem) => !shown.some((key) => isUnder(problem.path, key)));
    const name = item.id || `${index + 1}`;
    const drop = this.dropHandlers([section.id], index, name);
    const title = section.id === 'phases' ? this.w('phaseNumbered', { n: index + 1 }) : '';
    return html`<div
      class="item entry ${problemsUnder(this.problems, item.key).length > 0 ? 'has-problem' : ''}"
      data-item=${item.key}
      data-index=${index}
      @dragover=${drop.over}
      @drop=${drop.drop}
    >
      ${
        section.list
          ? html`<div class="item-head">
              <span>${title ? html`<strong>${title}</strong> · ` : nothing}<code>${item.id}</code></span>
              <span class="order">${this.orderControls([section.id], index, section.items.length, name, item.path)}</span>
            </div>`
          : nothing
      }
      <div class="row">${fields.map((field) => this.renderField(field))}</div>
      ${item.kinds ? this.renderKinds(item.kinds) : nothing}
      ${
        durations.length > 0
          ? html`<fieldset class="nested">
              <legend>${this.w('durations')}</legend>
              <div class="row">${durations.map((field) => this.renderField(field))}</div>
            </fieldset>`
          : nothing
      }
      ${this.renderMessages(item)} ${own.map((problem) => html`<p class="problem" role="alert">${problem.path}: ${problem.message}</p>`)}
    </div>`;
  }

  protected override render() {
    const { section } = this;
    const list = section.list ? (section.id as ListSection) : undefined;
    return html`<section id=${`section-${section.id}`} aria-labelledby=${`h-${section.id}`}>
      <div class="section-head">
        <h2 id=${`h-${section.id}`} tabindex="-1">${this.w(sectionKey(section.id))}</h2>
        ${list ? html`<button type="button" class="primary" data-add=${list} @click=${() => this.emit('item-add', { section: list })}>+ ${this.w(`add_${list}`)}</button>` : nothing}
      </div>
      ${section.items.length === 0 ? html`<p class="hint">${this.w('empty')}</p>` : nothing}
      <div class="items" data-list=${JSON.stringify([section.id])}>
        ${repeat(
          section.items,
          (item) => item.key,
          (item, index) => this.renderItem(item, index),
        )}
      </div>
      <p class="sr-only" aria-live="polite">${this.announcement}</p>
    </section>`;
  }
}
customElements.define('preview-section-form', PreviewSectionForm);

declare global {
  interface HTMLElementTagNameMap {
    'preview-section-form': PreviewSectionForm;
  }
}
