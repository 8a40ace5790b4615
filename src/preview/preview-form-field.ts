import { html, nothing } from 'lit';
import type { Problem } from '../content/problems';
import { say } from '../content/say';
import { previewBase } from './preview-styles';
import { editorStyles } from './preview-editor.styles';
import { PreviewElement, boundProperties } from './element-base';
import type { Field } from './form-model';
import { writeForField } from './field-input';
import { formWords, kindName, labelKey, type FormKey } from './form-strings';

/**
 * One field of the forms: a labelled control of the kind the field is (text, date typed as
 * day/month/year, time, number, flag, choice), its counter, the checker's problems under it, and what
 * it says itself of an input that is not yet a date, a time or a number (then it writes nothing).
 *
 * @fires field-write - the field's new value for the bundle; detail: { path, value } (undefined removes the name)
 */
export class PreviewFormField extends PreviewElement {
  static override properties = { ...boundProperties('field', 'problems', 'index'), refused: { state: true } };
  declare field: Field;
  declare problems: Problem[];
  /** 1-based position, for a phase message's label ("Thông điệp 2"). */
  declare index: number;
  /** What the field says of the input it would not write, in the page's language. */
  declare refused: string;

  static override styles = [previewBase, editorStyles];

  constructor() {
    super();
    this.problems = [];
    this.index = 0;
    this.refused = '';
  }

  private w(key: FormKey, values?: Record<string, string | number>): string {
    return formWords(key, values);
  }

  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('input, textarea, select')?.focus(options);
  }

  private onInput(input: string): void {
    const write = writeForField(this.field, input);
    if ('refuse' in write) {
      this.refused = say(this.lang, write.refuse);
      return;
    }
    this.refused = '';
    this.emit('field-write', { path: this.field.path, value: write.write });
  }

  private control(id: string) {
    const { field } = this;
    const onInput = (event: Event) => this.onInput((event.target as HTMLInputElement).value);
    const described = this.problems.length > 0 || this.refused ? `${id}-problems` : nothing;
    switch (field.kind) {
      case 'text':
        return html`<textarea
          id=${id}
          data-key=${field.key}
          rows=${field.value.length > 160 ? 4 : 2}
          .value=${field.value}
          @input=${onInput}
          lang="vi"
          aria-describedby=${described}
        ></textarea>`;
      case 'flag':
        return html`<input
          id=${id}
          data-key=${field.key}
          type="checkbox"
          .checked=${field.value === 'true'}
          @change=${(event: Event) => this.onInput(String((event.target as HTMLInputElement).checked))}
        />`;
      case 'priority':
      case 'orientation': {
        const options = field.kind === 'priority' ? (['normal', 'urgent'] as const) : (['landscape', 'portrait'] as const);
        return html`<select id=${id} data-key=${field.key} @change=${onInput} aria-describedby=${described}>
          ${options.map((option) => html`<option value=${option} ?selected=${field.value === option}>${this.w(`${field.kind}_${option}` as FormKey)}</option>`)}
        </select>`;
      }
      default: {
        const placeholder =
          field.kind === 'date'
            ? this.w(
                field.path[0] === 'phases' || field.path[0] === 'events' || field.path[0] === 'plan'
                  ? 'datePlaceholder'
                  : 'dateTimePlaceholder',
              )
            : field.kind === 'time'
              ? this.w('timePlaceholder')
              : '';
        const mode = field.kind === 'number' ? 'decimal' : field.kind === 'date' || field.kind === 'time' ? 'numeric' : nothing;
        return html`<input
          id=${id}
          data-key=${field.key}
          type="text"
          inputmode=${mode}
          placeholder=${placeholder || nothing}
          .value=${field.value}
          @input=${onInput}
          lang=${field.kind === 'line' ? 'vi' : nothing}
          aria-describedby=${described}
        />`;
      }
    }
  }

  protected override render() {
    const { field } = this;
    const id = `f-${field.key.replace(/[^\w]/g, '_')}`;
    const label = this.w(labelKey(field.label), {
      n: this.index,
      kind: field.slideKind ? kindName(field.slideKind) : '',
    });
    const length = [...field.value].length;
    const flag = field.kind === 'flag';
    const optional =
      field.optional && !flag && field.kind !== 'priority' ? html` <span class="count">(${this.w('optional')})</span>` : nothing;
    return html`<div class="field ${flag ? 'flag' : ''} ${this.problems.length > 0 || this.refused ? 'invalid' : ''}">
      <div class="label-line">
        ${flag ? this.control(id) : nothing}<label for=${id}>${label}${optional}</label>
        ${field.limit ? html`<span class="count ${length > field.limit ? 'over' : ''}">${length}/${field.limit}</span>` : nothing}
      </div>
      ${flag ? nothing : this.control(id)}
      <div id=${`${id}-problems`}>
        ${this.refused ? html`<p class="problem" role="alert">${this.refused}</p>` : nothing}
        ${this.problems.map((problem) => html`<p class="problem" role="alert">${problem.message}</p>`)}
      </div>
    </div>`;
  }
}
customElements.define('preview-form-field', PreviewFormField);

declare global {
  interface HTMLElementTagNameMap {
    'preview-form-field': PreviewFormField;
  }
}
