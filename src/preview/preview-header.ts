import { html, css } from 'lit';
import { pageColumn, previewBase } from './preview-styles';
import { PreviewElement } from './element-base';
import type { Lang } from './i18n';

/**
 * The page's title bar: what the page is for, the way to the player, and the language switch.
 *
 * @fires lang-select - a language was chosen; detail: { lang }
 */
export class PreviewHeader extends PreviewElement {
  static override styles = [
    previewBase,
    pageColumn,
    css`
      header {
        background: var(--p-accent);
        color: #fff;
        border-bottom: 4px solid #d4a72c;
      }
      .bar {
        padding-top: 0.8rem;
        padding-bottom: 0.8rem;
        display: flex;
        align-items: center;
        gap: 1rem;
      }
      .brand {
        flex: 1 1 auto;
        min-width: 0;
      }
      h1 {
        margin: 0;
        font-size: 1.3rem;
        font-weight: 800;
      }
      .subtitle {
        margin: 0.1rem 0 0;
        font-size: 0.88rem;
        opacity: 0.92;
      }
      header a,
      header button {
        color: #fff;
        background: transparent;
        border-color: #ffffff80;
      }
      header button[aria-pressed='true'] {
        background: #fff;
        color: var(--p-accent);
      }
      .langs {
        display: inline-flex;
        gap: 0.3rem;
      }
    `,
  ];

  protected override render() {
    const choose = (lang: Lang) => this.emit('lang-select', { lang });
    return html`<header>
      <div class="bar column">
        <div class="brand">
          <h1>${this.t('appTitle')}</h1>
          <p class="subtitle">${this.t('appSubtitle')}</p>
        </div>
        <a class="button" href="./">${this.t('backToPlayer')} ↗</a>
        <span class="langs" role="group" aria-label=${this.t('language')}>
          <button type="button" lang="vi" aria-pressed=${this.lang === 'vi'} @click=${() => choose('vi')}>Tiếng Việt</button>
          <button type="button" lang="en" aria-pressed=${this.lang === 'en'} @click=${() => choose('en')}>English</button>
        </span>
      </div>
    </header>`;
  }
}
customElements.define('preview-header', PreviewHeader);

declare global {
  interface HTMLElementTagNameMap {
    'preview-header': PreviewHeader;
  }
}
