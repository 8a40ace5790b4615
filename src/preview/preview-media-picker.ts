import { html, css, nothing, type PropertyValues } from 'lit';
import { outcomes, previewBase } from './preview-styles';
import { PreviewElement, boundProperties } from './element-base';
import { prepareMedia, MediaRefused, type PreparedMedia } from './media-prepare';
import { PICTURE_MAX_EDGE, VIDEO_MAX_BYTES } from './media-files';
import { mediaTargets } from './media-edit';
import { mediaPath } from '../publish/paths';
import type { JSONPath } from 'jsonc-parser';
import { PublishError, type DavClient, type Sentence } from '../publish/webdav';

const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(bytes < 10e6 ? 1 : 0)} MB`;

const WORDS = {
  title: { vi: 'Ảnh và video', en: 'Pictures and video' },
  help: {
    vi: `Chọn hoặc kéo thả ảnh chụp (JPEG, PNG, WebP) hay video (WebM, MP4, tối đa ${VIDEO_MAX_BYTES / 1024 / 1024} MB). Ảnh được xoay đúng chiều, thu nhỏ còn cạnh dài nhất ${PICTURE_MAX_EDGE} điểm ảnh (đủ cho màn hình 4K), bỏ thông tin vị trí và máy chụp, rồi tải lên máy chủ.`,
    en: `Choose or drop a photo (JPEG, PNG, WebP) or a clip (WebM, MP4, at most ${VIDEO_MAX_BYTES / 1024 / 1024} MB). Pictures are turned upright, brought down to ${PICTURE_MAX_EDGE} pixels on the longest edge (enough for a 4K screen), stripped of location and camera data, then uploaded.`,
  },
  choose: { vi: 'Chọn tệp…', en: 'Choose a file…' },
  preparing: { vi: 'Đang xử lý…', en: 'Preparing…' },
  uploading: { vi: 'Đang tải lên…', en: 'Uploading…' },
  signIn: { vi: 'Đăng nhập (tab “Bản nháp và đăng”) để tải lên.', en: 'Sign in (Drafts and publishing) to upload.' },
  uploaded: { vi: 'Đã tải lên', en: 'Uploaded' },
  useFor: { vi: 'Dùng cho', en: 'Use for' },
  newVideo: { vi: 'một video mới', en: 'a new video' },
  attach: { vi: 'Gắn vào nội dung', en: 'Attach to the content' },
  thumbnail: { vi: 'Ảnh vừa chọn', en: 'The chosen picture' },
} satisfies Record<string, Sentence>;

/**
 * Adds a picture or a clip from the staff member's computer or phone: picked or dropped, shown at
 * once, prepared in the browser (media-prepare.ts), uploaded to content/media/ with the signed-in
 * account, and handed up as the relative link the bundle refers to it by.
 *
 * @fires media-uploaded - the file is on the server; detail: { url, kind, name }
 * @fires media-attach - staff chose where the uploaded file goes; detail: { path, url } (media-edit.ts attachMedia)
 */
export class PreviewMediaPicker extends PreviewElement {
  static override properties = {
    ...PreviewElement.properties,
    ...boundProperties('client', 'value'),
    state: { state: true },
    message: { state: true },
    thumbnail: { state: true },
    prepared: { state: true },
  };
  static override styles = [
    previewBase,
    outcomes,
    css`
      .drop {
        border: 2px dashed var(--p-line, #999);
        border-radius: 8px;
        padding: 0.8rem 1rem;
        display: grid;
        gap: 0.5rem;
      }
      :host([dragging]) .drop {
        border-color: var(--p-accent, #7a0a0a);
      }
      .help {
        margin: 0;
        color: var(--p-muted);
      }
      .result {
        display: flex;
        gap: 1rem;
        align-items: center;
      }
      canvas {
        max-width: 12rem;
        max-height: 8rem;
        object-fit: contain;
        background: #eee;
      }
    `,
  ];

  /** The signed-in session's client; undefined: pictures are prepared and shown, not uploaded. */
  declare client: DavClient | undefined;
  /** The bundle as parsed (valid or not): what an uploaded file can be attached to. */
  declare value: unknown;
  declare state: 'idle' | 'preparing' | 'uploading' | 'done' | 'refused';
  declare message: string;
  /**
   * The chosen picture, small and upright, drawn on a canvas at once (before it is prepared): a
   * canvas, because the page's Content-Security-Policy lets no blob: URL into an <img>.
   */
  declare thumbnail: ImageBitmap | undefined;
  declare prepared: PreparedMedia | undefined;
  /** The file being taken: a thumbnail of a file chosen before it is dropped. */
  private chosen: File | undefined;

  constructor() {
    super();
    this.client = undefined;
    this.value = undefined;
    this.state = 'idle';
    this.message = '';
    this.thumbnail = undefined;
    this.prepared = undefined;
    // The page takes a dropped bundle.json: a picture dropped here is this element's alone.
    this.addEventListener('dragover', (event) => {
      event.preventDefault();
      event.stopPropagation();
      this.toggleAttribute('dragging', true);
    });
    this.addEventListener('dragleave', () => this.toggleAttribute('dragging', false));
    this.addEventListener('drop', (event) => {
      event.preventDefault();
      event.stopPropagation();
      this.toggleAttribute('dragging', false);
      const file = event.dataTransfer?.files[0];
      if (file) void this.take(file);
    });
  }

  private say(sentence: Sentence): string {
    return sentence[this.lang === 'en' ? 'en' : 'vi'];
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('thumbnail')) return;
    changed.get('thumbnail')?.close();
    const canvas = this.renderRoot.querySelector('canvas');
    if (canvas && this.thumbnail) {
      canvas.width = this.thumbnail.width;
      canvas.height = this.thumbnail.height;
      canvas.getContext('2d')?.drawImage(this.thumbnail, 0, 0);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.thumbnail?.close();
    this.thumbnail = undefined;
  }

  /** Prepares a file and, when signed in, uploads it. */
  async take(file: File): Promise<void> {
    this.chosen = file;
    this.thumbnail = undefined;
    this.prepared = undefined;
    this.state = 'preparing';
    this.message = '';
    // Shown at once, while the full-size picture is prepared (not a picture: no thumbnail, and prepareMedia says why).
    void createImageBitmap(file, { imageOrientation: 'from-image', resizeHeight: 256, resizeQuality: 'medium' })
      .then((bitmap) => (this.chosen === file ? (this.thumbnail = bitmap) : bitmap.close()))
      .catch(() => undefined);
    try {
      const prepared = await prepareMedia(file);
      this.prepared = prepared;
      await this.upload(prepared);
    } catch (error) {
      this.state = 'refused';
      this.message = error instanceof MediaRefused || error instanceof PublishError ? this.say(error.sentence) : String(error);
    }
  }

  private async upload(prepared: PreparedMedia): Promise<void> {
    const path = mediaPath(prepared.name);
    if (!this.client || !path) {
      this.state = 'done';
      this.message = this.say(WORDS.signIn);
      return;
    }
    this.state = 'uploading';
    await this.client.put(path, prepared.bytes, 'media');
    this.state = 'done';
    this.message = '';
    const detail = { url: path, kind: prepared.kind, name: prepared.name };
    this.dispatchEvent(new CustomEvent('media-uploaded', { bubbles: true, composed: true, detail }));
  }

  private attach(form: HTMLFormElement, prepared: PreparedMedia): void {
    const index = Number(new FormData(form).get('target'));
    const target = mediaTargets(this.value, prepared.kind)[index];
    const url = mediaPath(prepared.name);
    if (!target || !url) return;
    const detail: { path: JSONPath; url: string } = { path: target.path, url };
    this.dispatchEvent(new CustomEvent('media-attach', { bubbles: true, composed: true, detail }));
  }

  private renderAttach(prepared: PreparedMedia) {
    const targets = mediaTargets(this.value, prepared.kind);
    if (targets.length === 0) return nothing;
    return html`<form
      class="attach"
      @submit=${(event: SubmitEvent) => {
        event.preventDefault();
        this.attach(event.currentTarget as HTMLFormElement, prepared);
      }}
    >
      <label
        >${this.say(WORDS.useFor)}
        <select name="target">
          ${targets.map((target, index) => html`<option value=${index}>${target.label === '+' ? this.say(WORDS.newVideo) : target.label}</option>`)}
        </select></label
      >
      <button type="submit">${this.say(WORDS.attach)}</button>
    </form>`;
  }

  private readonly onPick = (event: Event): void => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (file) void this.take(file);
    input.value = '';
  };

  private describe(prepared: PreparedMedia): string {
    const size = `${megabytes(prepared.originalBytes)} → ${megabytes(prepared.bytes.length)}`;
    const pixels = prepared.width ? ` · ${prepared.width}×${prepared.height}` : '';
    const where = this.state === 'done' && this.client ? ` · ${this.say(WORDS.uploaded)}: content/media/${prepared.name}` : '';
    return `${size}${pixels}${where}`;
  }

  protected override render() {
    const busy = this.state === 'preparing' || this.state === 'uploading';
    return html`<section class="drop" aria-labelledby="media-title">
      <h3 id="media-title">${this.say(WORDS.title)}</h3>
      <p class="help">${this.say(WORDS.help)}</p>
      <label
        >${this.say(WORDS.choose)}
        <input
          type="file"
          accept="image/jpeg,image/png,image/webp,image/gif,image/avif,video/webm,video/mp4"
          ?disabled=${busy}
          @change=${this.onPick}
      /></label>
      ${busy ? html`<p role="status">${this.say(this.state === 'preparing' ? WORDS.preparing : WORDS.uploading)}</p>` : nothing}
      <div class="result">
        ${this.thumbnail ? html`<canvas class="thumbnail" role="img" aria-label=${this.say(WORDS.thumbnail)}></canvas>` : nothing}
        ${this.prepared ? html`<p class="facts">${this.describe(this.prepared)}</p>` : nothing}
      </div>
      ${this.state === 'done' && this.client && this.prepared ? this.renderAttach(this.prepared) : nothing}
      ${this.state === 'refused' ? html`<p class="failed" role="alert">${this.message}</p>` : this.message ? html`<p role="status">${this.message}</p>` : nothing}
    </section>`;
  }
}
customElements.define('preview-media-picker', PreviewMediaPicker);

declare global {
  interface HTMLElementTagNameMap {
    'preview-media-picker': PreviewMediaPicker;
  }
  interface GlobalEventHandlersEventMap {
    'media-uploaded': CustomEvent<{ url: string; kind: 'picture' | 'video'; name: string }>;
    'media-attach': CustomEvent<{ path: JSONPath; url: string }>;
  }
}
