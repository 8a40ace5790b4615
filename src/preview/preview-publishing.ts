import { html, css, nothing } from 'lit';
import { previewBase, stack } from './preview-styles';
import { PreviewElement, boundProperties } from './element-base';
import { timeText } from './i18n';
import type { BundleDocument } from './bundle-document';
import type { PublishingState } from './publishing-controller';
import { baseWarning, draftForm, inWords, lastReview, publishBlock, type Said } from './publishing-model';
import './preview-signin';
import './preview-drafts';
import './preview-review';
import './preview-history';

/** Kept by the module, not the element: the tab's element goes when staff switch tabs, the review need not. */
const review = lastReview();

/**
 * The publishing tab: signing in, then the drafts, the review of the document against the live
 * content with the Publish button, and the history. A view of the PublishingController's state;
 * what its parts ask for goes up as their own events (sign-in, draft-save, publish, …).
 */
export class PreviewPublishing extends PreviewElement {
  static override properties = boundProperties('state', 'bundleDocument');
  declare state: PublishingState;
  declare bundleDocument: BundleDocument;

  static override styles = [
    previewBase,
    stack,
    css`
      .staff-note {
        margin: 0;
        font-weight: 600;
        color: var(--p-ok);
        background: var(--p-ok-bg);
      }
      .staff-note.failed {
        color: var(--p-bad);
        background: var(--p-bad-bg);
      }
    `,
  ];

  /** Scrolls the review into view, once the document just opened is rendered in it. */
  async revealReview(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector('preview-review')?.scrollIntoView({ block: 'start' });
  }

  private message(said: Said | undefined): string {
    return said ? inWords(said, this.lang) : '';
  }

  private renderReview() {
    const { session, live, step, outcome, publishFailed } = this.state;
    const doc = this.bundleDocument;
    const { changes, days } = review(doc, live);
    const meta = doc.origin.kind === 'draft' ? doc.origin.meta : undefined;
    return html`<section class="panel">
      <preview-review
        .changes=${changes}
        .days=${days}
        .liveVersion=${live?.version ?? '—'}
        .origin=${meta ? this.t('reviewFrom', { title: meta.title, author: meta.author, at: timeText(meta.savedAt) }) : ''}
        .originNote=${meta?.note ?? ''}
        .blocked=${this.message(publishBlock(session?.role ?? 'unknown', doc, live))}
        .warning=${this.message(baseWarning(doc, live))}
        .note=${meta?.note ?? ''}
        .progress=${step ? this.t(`publishStep_${step}`) : ''}
        .outcome=${this.message(outcome)}
        .failed=${publishFailed}
        .lang=${this.lang}
      ></preview-review>
    </section>`;
  }

  protected override render() {
    const { session, note, noteFailed } = this.state;
    const form = draftForm(this.bundleDocument);
    return html`<div class="stack">
      <section class="panel">
        <preview-signin
          .user=${session?.user}
          .role=${session?.role ?? 'unknown'}
          .busy=${this.state.signInBusy}
          .error=${this.message(this.state.signInError)}
          .lang=${this.lang}
        ></preview-signin>
      </section>
      ${
        session
          ? html`${note ? html`<p class="panel staff-note ${noteFailed ? 'failed' : ''}" role="status">${this.message(note)}</p>` : nothing}
              <section class="panel">
                <preview-drafts
                  .drafts=${this.state.drafts}
                  .user=${session.user}
                  .role=${session.role}
                  .canSave=${true}
                  .draftTitle=${form.title}
                  .draftNote=${form.note}
                  .busy=${this.state.busy}
                  .lang=${this.lang}
                ></preview-drafts>
              </section>
              ${this.renderReview()}
              <section class="panel">
                <preview-history
                  .entries=${this.state.history}
                  .liveVersion=${this.state.live?.version ?? ''}
                  .canRestore=${session.role !== 'editor'}
                  .busy=${this.state.busy || this.state.step !== undefined}
                  .lang=${this.lang}
                ></preview-history>
              </section>`
          : html`<p class="panel hint">${this.t('signInToPublish')}</p>`
      }
    </div>`;
  }
}
customElements.define('preview-publishing', PreviewPublishing);

declare global {
  interface HTMLElementTagNameMap {
    'preview-publishing': PreviewPublishing;
  }
}
