import { html, css, nothing } from 'lit';
import { previewBase } from './preview-styles';
import { dayText } from './i18n';
import { PreviewElement, boundProperties } from './element-base';
import { durationLabel } from '../schedule/format';
import type { DayPlan } from './day-playlist';

/**
 * What a screen plays on the chosen day, in order, with durations and start times within the
 * cycle; straight from the player's schedule engine (day-playlist.ts → buildPlaylist).
 *
 * @fires play-day - open this day in the real player
 */
export class PreviewDay extends PreviewElement {
  static override properties = boundProperties('plan', 'time');
  declare plan: DayPlan | undefined;
  declare time: string;

  static override styles = [
    previewBase,
    css`
      .head {
        display: flex;
        justify-content: space-between;
        align-items: flex-start;
        gap: 1rem;
      }
      .notes {
        margin: 0 0 0.8rem;
        color: var(--p-muted);
      }
      .notes strong {
        color: var(--p-ink);
      }
      table {
        width: 100%;
        border-collapse: collapse;
        font-size: 0.92rem;
      }
      th {
        text-align: left;
        font-size: 0.78rem;
        text-transform: uppercase;
        letter-spacing: 0.04em;
        color: var(--p-muted);
        border-bottom: 2px solid var(--p-line);
        padding: 0.4rem 0.5rem;
      }
      td {
        border-bottom: 1px solid #eee9e2;
        padding: 0.45rem 0.5rem;
        vertical-align: top;
      }
      td.num,
      th.num {
        text-align: right;
        font-variant-numeric: tabular-nums;
        white-space: nowrap;
      }
      .kind {
        display: inline-block;
        font-size: 0.78rem;
        font-weight: 700;
        padding: 0.1rem 0.45rem;
        border-radius: 999px;
        background: #f1ece4;
        white-space: nowrap;
      }
      .kind[data-kind='slogan'] {
        background: #fdf0c8;
      }
      .kind[data-kind='phase'] {
        background: #f8dcd8;
      }
      .kind[data-kind='countdown'] {
        background: #dbe8fb;
      }
      .kind[data-kind='announcement'] {
        background: #e2f2e6;
      }
    `,
  ];

  constructor() {
    super();
    this.plan = undefined;
    this.time = '08:00';
  }

  protected override render() {
    const plan = this.plan;
    if (!plan) return nothing;
    const { playlist } = plan;
    const urgent = playlist.slides.some((slide) => slide.kind === 'announcement' && slide.urgent);
    return html`
      <div class="head">
        <h2>${this.t('dayTitle', { screen: playlist.screen.name, date: dayText(plan.date), time: this.time })}</h2>
        <button type="button" @click=${() => this.emit('play-day', undefined)}>▶ ${this.t('playThisDay')}</button>
      </div>
      <p class="notes">
        <strong
          >${playlist.phase ? this.t('dayPhase', { number: playlist.phase.number, title: playlist.phase.title }) : this.t('dayNoPhase')}</strong
        >
        ${playlist.fallback ? html`<br />${this.t('dayFallback')}` : nothing}
        ${urgent ? html`<br /><strong>${this.t('dayUrgent')}</strong>` : nothing}
        <br />${this.t('dayCycle', { count: plan.rows.length, duration: durationLabel(plan.cycleMs, this.lang) })}
      </p>
      <table>
        <thead>
          <tr>
            <th class="num">${this.t('colOrder')}</th>
            <th>${this.t('colKind')}</th>
            <th>${this.t('colContent')}</th>
            <th class="num">${this.t('colDuration')}</th>
            <th class="num">${this.t('colStarts')}</th>
          </tr>
        </thead>
        <tbody>
          ${plan.rows.map(
            (row) =>
              html`<tr data-slide=${row.slide.id}>
                <td class="num">${row.position}</td>
                <td><span class="kind" data-kind=${row.slide.kind}>${this.t(`kind_${row.slide.kind}`)}</span></td>
                <td lang="vi">${row.summary}</td>
                <td class="num">${durationLabel(row.durationMs, this.lang)}</td>
                <td class="num">+${durationLabel(row.offsetMs, this.lang)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    `;
  }
}
customElements.define('preview-day', PreviewDay);

declare global {
  interface HTMLElementTagNameMap {
    'preview-day': PreviewDay;
  }
}
