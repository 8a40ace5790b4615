import { html, css, nothing, type PropertyValues } from 'lit';
import { PreviewElement, boundProperties, formText } from './element-base';
import { previewBase, listTable, fieldRow } from './preview-styles';
import { screensText, type ScreensKey } from './preview-screens.strings';
import { columnHeads } from './column-heads';
import { downloadBlob } from '../browser/download';
import { PublishError, type DavClient } from '../publish/webdav';
import { readPlays } from '../fleet/fleet-read';
import { tallyCsv, tallyPlays, type PlayTally } from '../fleet/plays';

/**
 * The proof-of-play report of the Screens tab: for a date range and the screens ticked, how many
 * times and how many seconds each item was on screen, per screen and in total, from the day files
 * the screens sent to /fleet/NAME/; and the same as CSV.
 */
export class PreviewPlays extends PreviewElement {
  static override properties = {
    ...boundProperties('client', 'devices', 'today', 'label'),
    tallies: { state: true },
    note: { state: true },
    busy: { state: true },
  };
  declare client: DavClient | undefined;
  /** Every device that reports. */
  declare devices: string[];
  /** The current day (YYYY-MM-DD, the campaign's zone): the range's default. */
  declare today: string;
  /** An item in words (from the live bundle), '' when unknown. */
  declare label: (item: string) => string;
  declare tallies: PlayTally[] | undefined;
  declare note: string;
  declare busy: boolean;
  private range = { from: '', to: '' };

  static override styles = [
    previewBase,
    listTable,
    fieldRow,
    css`
      fieldset {
        border: 0;
        padding: 0;
        margin: 0;
        display: flex;
        flex-wrap: wrap;
        gap: 0.2rem 0.9rem;
      }
      .total td {
        font-weight: 700;
      }
      .text {
        font-weight: 400;
        color: var(--p-muted);
        font-size: 0.85rem;
      }
      td.number {
        text-align: right;
        font-variant-numeric: tabular-nums;
      }
    `,
  ];

  constructor() {
    super();
    this.client = undefined;
    this.devices = [];
    this.today = '';
    this.label = () => '';
    this.tallies = undefined;
    this.note = '';
    this.busy = false;
  }

  private s(key: ScreensKey, values?: Record<string, string | number>): string {
    return screensText(key, values);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('today') && this.range.from === '') this.range = { from: this.today, to: this.today };
  }

  private async run(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const from = formText(form, 'from');
    const to = formText(form, 'to');
    const chosen = new FormData(form).getAll('device').filter((value): value is string => typeof value === 'string');
    if (!this.client || !from || !to) return;
    this.range = { from, to };
    this.busy = true;
    try {
      const byDevice = await readPlays(this.client, chosen, from, to);
      this.tallies = tallyPlays(byDevice, from, to);
      const count = [...byDevice.values()].reduce((sum, records) => sum + records.length, 0);
      this.note = this.s('playsRead', { count, files: byDevice.size });
    } catch (error) {
      this.tallies = undefined;
      this.note = error instanceof PublishError ? error.sentence[this.lang] : String(error);
    } finally {
      this.busy = false;
    }
  }

  private download(): void {
    if (!this.tallies) return;
    downloadBlob(
      new Blob([tallyCsv(this.tallies)], { type: 'text/csv;charset=utf-8' }),
      `proof-of-play-${this.range.from}-${this.range.to}.csv`,
    );
  }

  protected override render() {
    const tallies = this.tallies;
    return html`<h2>${this.s('playsTitle')}</h2>
      <p class="hint">${this.s('playsHint')}</p>
      <form class="fields" @submit=${(event: SubmitEvent) => void this.run(event)}>
        <label class="field">${this.s('from')} <input type="date" name="from" required .value=${this.range.from} /></label>
        <label class="field">${this.s('to')} <input type="date" name="to" required .value=${this.range.to} /></label>
        <fieldset class="field">
          <legend>${this.s('devices')}</legend>
          ${this.devices.map((device) => html`<label><input type="checkbox" name="device" value=${device} checked /> ${device}</label>`)}
        </fieldset>
        <button type="submit" ?disabled=${this.busy || this.devices.length === 0}>${this.s('run')}</button>
        <button type="button" ?disabled=${!tallies || tallies.length === 0} @click=${() => this.download()}>${this.s('download')}</button>
      </form>
      ${this.note ? html`<p class="hint" role="status">${this.note}</p>` : nothing}
      ${tallies && tallies.length === 0 ? html`<p class="hint">${this.s('noPlays')}</p>` : nothing}
      ${
        tallies && tallies.length > 0
          ? html`<table>
              ${columnHeads([this.s('colItem'), this.s('colKind'), this.s('devices'), this.s('colPlays'), this.s('colSeconds')])}
              <tbody>
                ${tallies.map(
                  (tally) =>
                    html`<tr class=${tally.device === '' ? 'total' : ''} data-item=${tally.item} data-device=${tally.device || '*'}>
                      <td>${tally.item}${this.label(tally.item) ? html`<div class="text">${this.label(tally.item)}</div>` : nothing}</td>
                      <td>${tally.kind}</td>
                      <td>${tally.device || this.s('total')}</td>
                      <td class="number">${tally.plays}</td>
                      <td class="number">${tally.seconds}</td>
                    </tr>`,
                )}
              </tbody>
            </table>`
          : nothing
      }`;
  }
}
customElements.define('preview-plays', PreviewPlays);

declare global {
  interface HTMLElementTagNameMap {
    'preview-plays': PreviewPlays;
  }
}
