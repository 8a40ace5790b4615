/**
 * The edit and publishing tabs of the staff page: the bindings of their elements to the page's
 * controllers (views only; the rules are in bundle-document.ts and publishing-model.ts).
 */
import { html } from 'lit';
import type { JSONPath } from 'jsonc-parser';
import * as model from './bundle-document';
import type { BundleDocument, GrowableSection } from './bundle-document';
import type { DocumentController } from './document-controller';
import type { PublishingController } from './publishing-controller';
import type { Lang } from './i18n';
import { attachMedia } from './media-edit';
import './preview-publishing';
import './preview-media-picker';

type Named = CustomEvent<{ name: string }>;

/** An item added: the page moves the form to its first field. */
export type Adding = (adding: (doc: BundleDocument) => { document: BundleDocument; field: string }) => void;

export function editTab(documents: DocumentController, publishing: PublishingController, doc: BundleDocument, lang: Lang, add: Adding) {
  return html`<preview-editor
      .sections=${doc.sections}
      .problems=${doc.check.problems}
      .lang=${lang}
      .unavailable=${doc.parsed.value === undefined}
      @field-write=${({ detail }: CustomEvent<{ path: JSONPath; value: unknown }>) => documents.edit((now) => model.writeAt(now, detail.path, detail.value))}
      @item-add=${({ detail }: CustomEvent<{ section: GrowableSection }>) => add((now) => model.addItem(now, detail.section))}
      @item-remove=${({ detail }: CustomEvent<{ path: JSONPath }>) => documents.edit((now) => model.removeItem(now, detail.path))}
      @item-move=${({ detail }: CustomEvent<{ path: JSONPath; from: number; to: number }>) => documents.edit((now) => model.moveItem(now, detail.path, detail.from, detail.to))}
      @message-add=${({ detail }: CustomEvent<{ phase: number }>) => add((now) => model.addMessage(now, detail.phase))}
      @kinds-change=${({ detail }: CustomEvent<{ path: JSONPath; kinds: string[] }>) => documents.edit((now) => model.setKinds(now, detail.path, detail.kinds))}
    ></preview-editor>
    <preview-media-picker
      .lang=${lang}
      .client=${publishing.state.session?.client}
      .value=${doc.parsed.value}
      @media-attach=${({ detail }: CustomEvent<{ path: JSONPath; url: string }>) =>
        documents.edit((now) => model.editText(now, attachMedia(now.source.text, now.parsed.value, detail.path, detail.url)))}
    ></preview-media-picker>`;
}

export function publishingTab(publishing: PublishingController, doc: BundleDocument, lang: Lang) {
  return html`<preview-publishing
    .state=${publishing.state}
    .bundleDocument=${doc}
    .lang=${lang}
    @sign-in=${({ detail }: CustomEvent<{ user: string; password: string }>) => void publishing.signIn(detail.user, detail.password)}
    @sign-out=${() => publishing.signOut()}
    @draft-save=${({ detail }: CustomEvent<{ title: string; note: string }>) => void publishing.saveDraft(detail.title, detail.note)}
    @draft-open=${({ detail }: Named) => void publishing.openDraft(detail.name)}
    @draft-delete=${({ detail }: Named) => void publishing.deleteDraft(detail.name)}
    @staff-refresh=${() => void publishing.refresh()}
    @publish=${({ detail }: CustomEvent<{ note: string }>) => void publishing.publishDocument(detail.note)}
    @history-open=${({ detail }: Named) => void publishing.openHistory(detail.name)}
    @history-restore=${({ detail }: Named) => void publishing.restoreVersion(detail.name)}
  ></preview-publishing>`;
}
