import { html, svg, nothing } from 'lit';
import { previewBase } from './preview-styles';
import { timelineStyles } from './preview-timeline.styles';
import { dateAt, positionOf, type TimelineModel } from './timeline-model';
import { dayText } from './i18n';
import { PreviewElement, boundProperties } from './element-base';

const WIDTH = 1000;
const LABELS = 330;
const PLOT = { x: LABELS + 10, width: WIDTH - LABELS - 20 };
const LANE = 30;
/** Room above the lanes: today's label, the year, the month. */
const TOP = 56;

/**
 * The campaign at a glance: phases as bars, congresses as markers, today's line, the chosen day;
 * inferred dates hatched and starred. Clicking the chart chooses a day. An SVG drawn from the pure
 * model (timeline-model.ts); no inline styles.
 *
 * @fires day-select - a day was clicked; detail: { date }
 */
export class PreviewTimeline extends PreviewElement {
  static override properties = boundProperties('model', 'chosen', 'today');
  declare model: TimelineModel | undefined;
  /** The chosen day (YYYY-MM-DD). */
  declare chosen: string;
  /** Today in the bundle's zone, shown even when it is off the chart. */
  declare today: string;

  static override styles = [previewBase, timelineStyles];

  constructor() {
    super();
    this.model = undefined;
    this.chosen = '';
    this.today = '';
  }

  private x(fraction: number): number {
    return PLOT.x + fraction * PLOT.width;
  }

  private onClick(event: MouseEvent): void {
    const model = this.model;
    if (!model) return;
    const box = (event.currentTarget as SVGRectElement).getBoundingClientRect();
    const date = dateAt(model, (event.clientX - box.left) / box.width);
    this.emit('day-select', { date });
  }

  /* eslint-disable lit-a11y/click-events-have-key-events -- a click on the chart picks a day; the day field above it is the keyboard's way to the same choice */
  protected override render() {
    const model = this.model;
    if (!model) return nothing;
    const phaseTop = TOP;
    const eventTop = phaseTop + model.phases.length * LANE + 14;
    const height = eventTop + model.events.length * LANE + 12;
    const monthName = (month: number) =>
      this.lang === 'vi' ? `T${month}` : ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][month - 1]!;
    const todayAt = model.today;
    const chosen = positionOf(model, this.chosen);
    const chosenAt = chosen === undefined ? undefined : this.x(chosen);
    return html`
      <svg viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label=${this.t('timelineTitle')}>
        <defs>
          <pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" fill="#ffffff"></rect>
            <rect width="3" height="6" fill="#8f1010"></rect>
          </pattern>
        </defs>
        ${model.ticks
          .filter((tick) => tick.x < 0.97)
          .map(
            (tick) => svg`<g class="tick ${tick.showYear ? 'year' : ''}">
            <line x1=${this.x(tick.x)} x2=${this.x(tick.x)} y1=${TOP - 14} y2=${height - 6}></line>
            <text x=${this.x(tick.x) + 3} y=${TOP - 18}>${monthName(tick.month)}</text>
            ${tick.showYear ? svg`<text x=${this.x(tick.x) + 3} y=${TOP - 31}>${tick.year}</text>` : nothing}
          </g>`,
          )}
        ${model.phases.map((phase, index) => {
          const y = phaseTop + index * LANE;
          const x0 = this.x(phase.x0);
          const width = Math.max(2, this.x(phase.x1) - x0);
          return svg`<g class="phase" data-phase=${phase.id}>
            <title>${this.t('phase')} ${phase.number}: ${phase.title} — ${phase.dateLabel}${phase.inferred ? ' *' : ''}</title>
            <text class="lane-label" x="0" y=${y + 18}><tspan class="strong">${this.t('phase')} ${phase.number}${phase.inferred ? '*' : ''}</tspan><tspan class="small" dx="8">${phase.dateLabel}</tspan></text>
            <rect class="bar ${phase.inferred ? 'inferred' : ''}" x=${x0} y=${y + 4} width=${width} height=${LANE - 8} rx="3"></rect>
            ${width > 44 && !phase.inferred ? svg`<text class="bar-text ${phase.inferred ? 'dark' : ''}" x=${x0 + 6} y=${y + 19}>${phase.number}${phase.inferred ? '*' : ''}</text>` : nothing}
          </g>`;
        })}
        <line class="separator" x1="0" x2=${WIDTH} y1=${eventTop - 7} y2=${eventTop - 7}></line>
        ${model.events.map((event, index) => {
          const y = eventTop + index * LANE;
          const x0 = this.x(event.x0);
          const x1 = this.x(event.x1);
          const middle = (x0 + x1) / 2;
          const mark = `${event.approximate ? '≈' : ''}${event.inferred ? '*' : ''}`;
          // The date beside the window, not over it: after its end, or before its start near the right edge.
          const atRight = middle > PLOT.x + PLOT.width - 110;
          const labelX = atRight ? Math.min(middle - 12, x0 - 6) : Math.max(middle + 12, x1 + 6);
          return svg`<g class="event" data-event=${event.id}>
            <title>${event.title} — ${event.approximate ? '≈ ' : ''}${event.dateLabel}${event.inferred ? ' *' : ''}</title>
            <text class="lane-label" x="0" y=${y + 18}><tspan class="strong">${event.shortTitle}${mark ? ` ${mark}` : ''}</tspan></text>
            <rect class="event-span ${event.approximate ? 'approximate' : ''}" x=${x0} y=${y + 9} width=${Math.max(2, x1 - x0)} height=${LANE - 18}></rect>
            <path class="event-mark ${event.approximate ? 'approximate' : ''}" d="M ${middle} ${y + 4} l 8 11 l -8 11 l -8 -11 z"></path>
            <text class="lane-label" x=${labelX} y=${y + 19} text-anchor=${atRight ? 'end' : 'start'}><tspan class="small">${event.dateLabel}</tspan></text>
          </g>`;
        })}
        ${
          chosenAt !== undefined
            ? svg`<g class="chosen"><line x1=${chosenAt} x2=${chosenAt} y1=${TOP - 8} y2=${height - 4}></line></g>`
            : nothing
        }
        ${
          todayAt
            ? svg`<g class="today"><line x1=${this.x(todayAt.x)} x2=${this.x(todayAt.x)} y1=${TOP - 42} y2=${height - 4}></line><text x=${this.x(todayAt.x) + 4} y=${TOP - 44}>${this.t('today')}</text></g>`
            : svg`<g class="today"><text x=${this.today > model.last ? WIDTH - 4 : PLOT.x} y="12" text-anchor=${this.today > model.last ? 'end' : 'start'}>${this.today > model.last ? `${this.t('today')} ${dayText(this.today)} →` : `← ${this.t('today')} ${dayText(this.today)}`}</text></g>`
        }
        <rect
          class="hit"
          x=${PLOT.x}
          y="0"
          width=${PLOT.width}
          height=${height}
          @click=${(event: MouseEvent) => this.onClick(event)}
        ></rect>
      </svg>
      <ul class="legend">
        <li><span class="swatch plan"></span>${this.t('phase')}</li>
        <li><span class="swatch inferred"></span>${this.t('inferredLegend')}</li>
        <li>◆ ${this.t('congress')} · ${this.t('approximateLegend')}</li>
        <li><span class="swatch today"></span>${this.t('today')}</li>
        <li><span class="swatch chosen"></span>${this.t('chosenDay')}</li>
      </ul>
    `;
  }
  /* eslint-enable lit-a11y/click-events-have-key-events */
}
customElements.define('preview-timeline', PreviewTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'preview-timeline': PreviewTimeline;
  }
}
