import { LitElement, html, css, nothing } from 'lit';
import { styleProperties } from '../elements/style-properties';
import { controls, previewTokens } from './preview-styles';
import { translate, type Lang, type MessageKey } from './i18n';
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
export class PreviewPlay extends LitElement {
  static override properties = {
    screens: { attribute: false },
    screenId: { attribute: false },
    date: { attribute: false },
    time: { attribute: false },
    unpublished: { attribute: false },
    lang: { attribute: false },
    speed: { state: true },
    url: { state: true },
  };
  declare screens: readonly Screen[];
  declare screenId: string | undefined;
  declare date: string;
  declare time: string;
  /** The bundle on this page is not the one the screens play (it was edited, or opened from a file). */
  declare unpublished: boolean;
  declare lang: Lang;
  declare speed: number;
  /** The player address running in the frame, once started. */
  declare url: string | undefined;

  static override styles = [
    previewTokens,
    controls,
    css`
      :host {
        display: block;
      }
      form {
        display: flex;
        flex-wrap: wrap;
        gap: 0.8rem 1.2rem;
        align-items: end;
        margin: 0 0 1rem;
      }
      .field {
        display: grid;
        gap: 0.25rem;
      }
      .warning {
        background: #fff4d6;
        border: 1px solid #e3c15a;
        border-radius: 6px;
        padding: 0.6rem 0.8rem;
        margin: 0 0 1rem;
      }
      .stage {
        position: relative;
        overflow: hidden;
        border-radius: 6px;
        background: #5c0606;
        box-shadow:
          0 0 0 1px #00000033,
          0 4px 14px #00000026;
      }
      iframe {
        position: absolute;
        left: 0;
        top: 0;
        border: 0;
        transform-origin: 0 0;
      }
      .url {
        font-family: var(--p-mono);
        font-size: 0.8rem;
        color: var(--p-muted);
        overflow-wrap: anywhere;
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
    this.lang = 'vi';
    this.speed = 60;
    this.url = undefined;
  }

  /** Starts the player in the frame with the form's values. */
  start(): void {
    const form = this.renderRoot.querySelector('form');
    if (!form) return;
    const data = new FormData(form);
    this.date = String(data.get('date') || this.date);
    this.time = String(data.get('time') || this.time);
    this.speed = Number(data.get('speed')) || 1;
    this.screenId = String(data.get('screen') || '') || undefined;
    this.url = playerUrl(this.date, this.time, this.speed, this.screenId);
  }

  protected override render() {
    const t = (key: MessageKey, values?: Record<string, string | number>) => translate(this.lang, key, values);
    const screen = this.screens.find((candidate) => candidate.id === this.screenId) ?? this.screens[0];
    const portrait = screen?.orientation === 'portrait';
    const size = portrait ? { width: 1080, height: 1920 } : { width: 1920, height: 1080 };
    const scale = portrait ? 0.34 : 0.5;
    const label = (n: number) => (n === 60 ? '1 min' : n === 600 ? '10 min' : '1 h');
    return html`
      <h2>${t('playTitle')}</h2>
      <p class="hint">${t('playHint')}</p>
      ${this.unpublished ? html`<p class="warning" role="note">${t('playEdited')}</p>` : nothing}
      <form
        @submit=${(event: Event) => {
          event.preventDefault();
          this.start();
        }}
      >
        <div class="field">
          <label for="play-date">${t('day')}</label><input id="play-date" name="date" type="date" .value=${this.date} required />
        </div>
        <div class="field">
          <label for="play-time">${t('time')}</label><input id="play-time" name="time" type="time" .value=${this.time} required />
        </div>
        <div class="field">
          <label for="play-speed">${t('speed')}</label>
          <select id="play-speed" name="speed">
            ${SPEEDS.map((speed) => html`<option value=${speed} ?selected=${speed === this.speed}>${speed === 1 ? t('speed1') : t('speedN', { n: speed, label: label(speed) })}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="play-screen">${t('screen')}</label>
          <select id="play-screen" name="screen">
            ${this.screens.map((candidate) => html`<option value=${candidate.id} ?selected=${candidate.id === screen?.id}>${candidate.name} (${candidate.id})</option>`)}
          </select>
        </div>
        <button type="submit" class="primary">▶ ${t('start')}</button>
        ${this.url ? html`<a class="button" href=${this.url} target="_blank" rel="noopener">${t('openNewTab')} ↗</a>` : nothing}
      </form>
      ${
        this.url
          ? html`<p class="url">${this.url}</p>
              <div
                class="stage"
                ${styleProperties({ width: `${Math.round(size.width * scale)}px`, height: `${Math.round(size.height * scale)}px` })}
              >
                <iframe
                  src=${this.url}
                  title=${t('playTitle')}
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
