import { html } from 'lit';
import type { Screen } from '../content/schema';
import { fieldRow, previewBase } from './preview-styles';
import { PreviewElement, boundProperties } from './element-base';

/**
 * The day, the time and the screen the schedule and the slides are shown for. A field left empty
 * keeps its value.
 *
 * @fires day-select - a day was chosen; detail: { date }
 * @fires time-select - a time was chosen; detail: { time }
 * @fires screen-select - a screen was chosen; detail: { screenId }
 */
export class PreviewDayPicker extends PreviewElement {
  static override properties = boundProperties('date', 'time', 'screens', 'screenId');
  declare date: string;
  declare time: string;
  declare screens: readonly Screen[];
  /** The screen chosen (it is in `screens`). */
  declare screenId: string;

  static override styles = [previewBase, fieldRow];

  constructor() {
    super();
    this.date = '';
    this.time = '08:00';
    this.screens = [];
    this.screenId = '';
  }

  protected override render() {
    const valueOf = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;
    const input = (id: 'day' | 'time', value: string, choose: (value: string) => void) =>
      html`<div class="field">
        <label for=${id}>${this.t(id)}</label>
        <input
          id=${id}
          type=${id === 'day' ? 'date' : 'time'}
          .value=${value}
          @change=${(event: Event) => choose(valueOf(event) || value)}
        />
      </div>`;
    return html`<div class="fields">
      ${input('day', this.date, (date) => this.emit('day-select', { date }))}
      ${input('time', this.time, (time) => this.emit('time-select', { time }))}
      <div class="field">
        <label for="screen">${this.t('screen')}</label>
        <select id="screen" @change=${(event: Event) => this.emit('screen-select', { screenId: valueOf(event) })}>
          ${this.screens.map((screen) => html`<option value=${screen.id} ?selected=${screen.id === this.screenId}>${screen.name} — ${screen.id}</option>`)}
        </select>
      </div>
    </div>`;
  }
}
customElements.define('preview-day-picker', PreviewDayPicker);

declare global {
  interface HTMLElementTagNameMap {
    'preview-day-picker': PreviewDayPicker;
  }
}
