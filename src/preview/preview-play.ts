import { html, css, nothing } from 'lit';
import { styleProperties } from '../elements/style-properties';
import { fieldRow, previewBase, scaledScreen } from './preview-styles';
import { PreviewElement, boundProperties } from './element-base';
import type { Screen } from '../content/schema';

const SPEEDS = [1, 60, 600, 3600] as const;

/** The player's own URL controls (?at, ?speed, ?screen): see src/player/params.ts. */
export function playerUrl(date: string, time: string, speed: number, screen: string | undefined): string {
  const query = new URLSearchParams({ at: `${date}T${time}` });
  if (speed !== 1) query.set('speed', String(speed));
  if (screen) query.set('screen', screen);
  return `index.html?${query.toString()}`;
}

/**
 * "Play at": the real player in a frame, at a chosen date, time, speed and screen. The player only
 * loads content from its own server (?content= is same-origin only), so it plays the published
 * bundle; the page says so when the bundle on the page is another.
 */
export class PreviewPlay extends PreviewElement {
  static override properties = {
    ...boundProperties('screens', 'screenId', 'date', 'time', 'unpublished'),
    speed: { state: true },
    url: { state: true },
  };
  declare screens: readonly Screen[];
  declare screenId: string | undefined;
  declare date: string;
  declare time: string;
  /** The bundle on this page is not the one the screens play (it was edited, or opened from a file). */
  declare unpublished: boolean;
  declare speed: number;
  /** The player address running in the frame, once started. */
  declare url: string | undefined;

  static override styles = [
    previewBase,
    fieldRow,
    scaledScreen,
    css`
      .warning {
        background: #fff4d6;
        border: 1px solid #e3c15a;
        border-radius: 6px;
        padding: 0.6rem 0.8rem;
        margin: 0 0 1rem;
      }
      /* The real player, larger than the miniatures: rounder, and lifted further off the page. */
      .screen {
        border-radius: 6px;
        box-shadow:
          0 0 0 1px #00000033,
          0 4px 14px #00000026;
      }
      .url {
        font-size: 0.8rem;
      }
    `,
  ];

  constructor() {
    super();
    this.screens = [];
    this.screenId = undefined;
    this.date = '';
    this.time = '08:00';
    this.unpublished = false;
    this.speed = 60;
    this.url = undefined;
  }

  /** Starts the player in the frame with the form's values. */
  start(): void {
    const form = this.renderRoot.querySelector('form');
    if (!form) return;
    const data = new FormData(form);
    const field = (name: string) => {
      const value = data.get(name);
      return typeof value === 'string' ? value : '';
    };
    this.date = field('date') || this.date;
    this.time = field('time') || this.time;
    this.speed = Number(field('speed')) || 1;
    this.screenId = field('screen') || undefined;
    this.url = playerUrl(this.date, this.time, this.speed, this.screenId);
  }

  protected override render() {
    const screen = this.screens.find((candidate) => candidate.id === this.screenId) ?? this.screens[0];
    const portrait = screen?.orientation === 'portrait';
    const size = portrait ? { width: 1080, height: 1920 } : { width: 1920, height: 1080 };
    const scale = portrait ? 0.34 : 0.5;
    const label = (n: number) => (n === 60 ? '1 min' : n === 600 ? '10 min' : '1 h');
    return html`
      <h2>${this.t('playTitle')}</h2>
      <p class="hint">${this.t('playHint')}</p>
      ${this.unpublished ? html`<p class="warning" role="note">${this.t('playEdited')}</p>` : nothing}
      <form
        class="fields"
        @submit=${(event: Event) => {
          event.preventDefault();
          this.start();
        }}
      >
        <div class="field">
          <label for="play-date">${this.t('day')}</label><input id="play-date" name="date" type="date" .value=${this.date} required />
        </div>
        <div class="field">
          <label for="play-time">${this.t('time')}</label><input id="play-time" name="time" type="time" .value=${this.time} required />
        </div>
        <div class="field">
          <label for="play-speed">${this.t('speed')}</label>
          <select id="play-speed" name="speed">
            ${SPEEDS.map((speed) => html`<option value=${speed} ?selected=${speed === this.speed}>${speed === 1 ? this.t('speed1') : this.t('speedN', { n: speed, label: label(speed) })}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="play-screen">${this.t('screen')}</label>
          <select id="play-screen" name="screen">
            ${this.screens.map((candidate) => html`<option value=${candidate.id} ?selected=${candidate.id === screen?.id}>${candidate.name} — ${candidate.id}</option>`)}
          </select>
        </div>
        <button type="submit" class="primary">▶ ${this.t('start')}</button>
        ${this.url ? html`<a class="button" href=${this.url} target="_blank" rel="noopener">${this.t('openNewTab')} ↗</a>` : nothing}
      </form>
      ${
        this.url
          ? html`<p class="url machine-words">${this.url}</p>
              <div
                class="screen"
                ${styleProperties({ width: `${Math.round(size.width * scale)}px`, height: `${Math.round(size.height * scale)}px` })}
              >
                <iframe
                  src=${this.url}
                  title=${this.t('playTitle')}
                  width=${size.width}
                  height=${size.height}
                  ${styleProperties({ transform: `scale(${scale})` })}
                ></iframe>
              </div>`
          : nothing
      }
    `;
  }
}
customElements.define('preview-play', PreviewPlay);

declare global {
  interface HTMLElementTagNameMap {
    'preview-play': PreviewPlay;
  }
}
