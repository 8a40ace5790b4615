import { LitElement, html, svg, css, nothing } from 'lit';
import { controls, previewTokens } from './preview-styles';
import { dateAt, positionOf, type TimelineModel } from './timeline-model';
import { dayText, translate, type Lang } from './i18n';

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
export class PreviewTimeline extends LitElement {
  static override properties = {
    model: { attribute: false },
    chosen: { attribute: false },
    today: { attribute: false },
    lang: { attribute: false },
  };
  declare model: TimelineModel | undefined;
  /** The chosen day (YYYY-MM-DD). */
  declare chosen: string;
  /** Today in the bundle's zone, shown even when it is off the chart. */
  declare today: string;
  declare lang: Lang;

  static override styles = [
    previewTokens,
    controls,
    css`
      :host {
        display: block;
      }
      svg {
        width: 100%;
        height: auto;
        display: block;
        font-family: var(--p-font);
        user-select: none;
      }
      .tick line {
        stroke: #e6e1da;
      }
      .tick text {
        font-size: 11px;
        fill: var(--p-muted);
      }
      .tick.year text {
        font-weight: 700;
        fill: var(--p-ink);
      }
      .lane-label {
        font-size: 13px;
        fill: var(--p-ink);
      }
      .lane-label .strong {
        font-weight: 700;
      }
      .lane-label .small {
        fill: var(--p-muted);
        font-size: 12px;
      }
      .bar {
        fill: var(--p-accent);
      }
      .bar.inferred {
        fill: url(#hatch);
        stroke: var(--p-accent);
        stroke-width: 1.5;
      }
      .bar-text {
        font-size: 12px;
        font-weight: 700;
        fill: #fff;
        pointer-events: none;
      }
      .bar-text.dark {
        fill: var(--p-accent);
      }
      .event-span {
        fill: #f3d98b;
        stroke: var(--p-gold);
      }
      .event-span.approximate {
        fill: #fbf1d2;
        stroke-dasharray: 4 3;
      }
      .event-mark {
        fill: var(--p-gold);
        stroke: #6b4e00;
      }
      .event-mark.approximate {
        fill: #fff;
      }
      .today line {
        stroke: #0f7a3a;
        stroke-width: 2.5;
      }
      .today text {
        fill: #0f7a3a;
        font-size: 12px;
        font-weight: 700;
      }
      .chosen line {
        stroke: var(--p-focus);
        stroke-width: 2;
        stroke-dasharray: 5 3;
      }
      .chosen text {
        fill: var(--p-focus);
        font-size: 12px;
        font-weight: 700;
      }
      .separator {
        stroke: var(--p-line);
      }
      .hit {
        fill: transparent;
        cursor: crosshair;
      }
      .legend {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4rem 1.6rem;
        margin: 0.6rem 0 0;
        padding: 0;
        list-style: none;
        font-size: 0.85rem;
        color: var(--p-muted);
      }
      .swatch {
        display: inline-block;
        width: 1.6em;
        height: 0.8em;
        vertical-align: middle;
        margin-right: 0.4em;
        border-radius: 2px;
      }
      .swatch.plan {
        background: var(--p-accent);
      }
      .swatch.inferred {
        background: repeating-linear-gradient(135deg, var(--p-accent) 0 3px, #fff 3px 6px);
        border: 1px solid var(--p-accent);
      }
      .swatch.today {
        background: #0f7a3a;
        width: 3px;
      }
      .swatch.chosen {
        background: var(--p-focus);
        width: 3px;
      }
    `,
  ];

  constructor() {
    super();
    this.model = undefined;
    this.chosen = '';
    this.today = '';
    this.lang = 'vi';
  }

  private x(fraction: number): number {
    return PLOT.x + fraction * PLOT.width;
  }

  private onClick(event: MouseEvent): void {
    const model = this.model;
    if (!model) return;
    const box = (event.currentTarget as SVGRectElement).getBoundingClientRect();
    const date = dateAt(model, (event.clientX - box.left) / box.width);
    this.dispatchEvent(new CustomEvent('day-select', { detail: { date }, bubbles: true, composed: true }));
  }

  protected override render() {
    const model = this.model;
    if (!model) return nothing;
    const t = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) => translate(this.lang, key, values);
    const phaseTop = TOP;
    const eventTop = phaseTop + model.phases.length * LANE + 14;
    const height = eventTop + model.events.length * LANE + 12;
    const monthName = (month: number) =>
      this.lang === 'vi' ? `T${month}` : ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][month - 1]!;
    const todayAt = model.today;
    const chosen = positionOf(model, this.chosen);
    const chosenAt = chosen === undefined ? undefined : this.x(chosen);
    return html`
      <svg viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label=${t('timelineTitle')}>
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
            <title>${t('phase')} ${phase.number}: ${phase.title} — ${phase.dateLabel}${phase.inferred ? ' *' : ''}</title>
            <text class="lane-label" x="0" y=${y + 18}><tspan class="strong">${t('phase')} ${phase.number}${phase.inferred ? '*' : ''}</tspan><tspan class="small" dx="8">${phase.dateLabel}</tspan></text>
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
            ? svg`<g class="today"><line x1=${this.x(todayAt.x)} x2=${this.x(todayAt.x)} y1=${TOP - 42} y2=${height - 4}></line><text x=${this.x(todayAt.x) + 4} y=${TOP - 44}>${t('today')}</text></g>`
            : svg`<g class="today"><text x=${this.today > model.last ? WIDTH - 4 : PLOT.x} y="12" text-anchor=${this.today > model.last ? 'end' : 'start'}>${this.today > model.last ? `${t('today')} ${dayText(this.today)} →` : `← ${t('today')} ${dayText(this.today)}`}</text></g>`
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
        <li><span class="swatch plan"></span>${t('phase')}</li>
        <li><span class="swatch inferred"></span>${t('inferredLegend')}</li>
        <li>◆ ${t('congress')} · ${t('approximateLegend')}</li>
        <li><span class="swatch today"></span>${t('today')}</li>
        <li><span class="swatch chosen"></span>${t('chosenDay')}</li>
      </ul>
    `;
  }
}
customElements.define('preview-timeline', PreviewTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'preview-timeline': PreviewTimeline;
  }
  interface GlobalEventHandlersEventMap {
    'day-select': CustomEvent<{ date: string }>;
  }
}
