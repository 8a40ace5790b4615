import { html, css, nothing } from 'lit';
import { alertBox, previewBase, fieldRow } from './preview-styles';
import { PreviewElement, boundProperties, formText } from './element-base';
import type { Role } from './staff-session';

/**
 * The sign-in form (a user name and a password), or, once signed in, who is signed in, with which
 * role, and the way out. It says what staff asked for; the page signs in (staff-session.ts) and
 * keeps the password in memory for this tab only.
 *
 * @fires sign-in - the form was sent; detail: { user, password }
 * @fires sign-out - forget the user name and password
 * @csspart form - the sign-in form
 */
export class PreviewSignin extends PreviewElement {
  static override properties = boundProperties('user', 'role', 'busy', 'error');
  /** The user signed in; undefined shows the form. */
  declare user: string | undefined;
  declare role: Role;
  /** A sign-in is on its way. */
  declare busy: boolean;
  /** Why the last sign-in failed, as a sentence in the page's language. */
  declare error: string;

  static override styles = [
    previewBase,
    fieldRow,
    alertBox,
    css`
      .signed-in {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.6rem 1rem;
      }
      .who {
        font-weight: 700;
      }
      .role {
        color: var(--p-muted);
      }
      .error {
        margin: 0.6rem 0 0;
      }
    `,
  ];

  constructor() {
    super();
    this.user = undefined;
    this.role = 'unknown';
    this.busy = false;
    this.error = '';
  }

  private submit(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const user = formText(form, 'user');
    const password = formText(form, 'password');
    // The password leaves the form at once: the page holds it, the field does not.
    form.querySelector<HTMLInputElement>('input[name=password]')!.value = '';
    this.emit('sign-in', { user, password });
  }

  protected override render() {
    if (this.user !== undefined) {
      return html`<div class="signed-in" data-role=${this.role}>
        <span class="who">${this.t('signedInAs', { user: this.user })}</span>
        <span class="role">${this.t(`role_${this.role}`)}</span>
        <button type="button" data-action="sign-out" @click=${() => this.emit('sign-out', undefined)}>${this.t('signOut')}</button>
      </div>`;
    }
    return html`<h2>${this.t('signInTitle')}</h2>
      <p class="hint">${this.t('signInHint')}</p>
      <form part="form" class="fields" @submit=${(event: SubmitEvent) => this.submit(event)}>
        <label class="field">${this.t('userName')}<input name="user" autocomplete="username" required /></label>
        <label class="field">${this.t('password')}<input name="password" type="password" autocomplete="current-password" required /></label>
        <button type="submit" class="primary" ?disabled=${this.busy}>${this.busy ? this.t('signingIn') : this.t('signIn')}</button>
      </form>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}`;
  }
}
customElements.define('preview-signin', PreviewSignin);

declare global {
  interface HTMLElementTagNameMap {
    'preview-signin': PreviewSignin;
  }
}
