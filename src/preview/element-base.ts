/**
 * The base class of the preview's elements (not an element itself): the page's language as a
 * property, its words through `t` (msg(), re-rendered when the page's locale changes), and typed
 * events up through `emit`.
 */
import { LitElement, type PropertyDeclaration, type PropertyDeclarations } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import { translate, type Lang, type MessageKey } from './i18n';
import type { PreviewEventDetails } from './preview-events';

/**
 * Lit's declarations for properties the page sets by binding (`.name=${…}`), never through an
 * attribute: what every property of the preview's elements is, bar a few the page reflects.
 */
export function boundProperties<Name extends string>(...names: Name[]): Record<Name, PropertyDeclaration> {
  return Object.fromEntries(names.map((name) => [name, { attribute: false }])) as Record<Name, PropertyDeclaration>;
}

/** A text field of a form, as a string (a file input would give a File: none of the staff forms has one). */
export function formText(form: HTMLFormElement, name: string): string {
  const value = new FormData(form).get(name);
  return typeof value === 'string' ? value : '';
}

// eslint-disable-next-line wc/file-name-matches-element -- a base class the preview's elements extend; it defines no tag
export class PreviewElement extends LitElement {
  static override properties: PropertyDeclarations = boundProperties('lang');
  /**
   * The page's language, for what it says in both languages (the publishing library's sentences,
   * the checker's words); its own messages follow the locale (localization.ts), which the page
   * sets before it sets this.
   */
  declare lang: Lang;

  constructor() {
    super();
    this.lang = 'vi';
    updateWhenLocaleChanges(this);
  }

  /** One of the page's messages in the page's language now, its placeholders filled. */
  protected t(key: MessageKey, values?: Record<string, string | number>): string {
    return translate(key, values);
  }

  /** Sends an event up to the page, out of this element's shadow root. */
  protected emit<Name extends keyof PreviewEventDetails>(name: Name, detail: PreviewEventDetails[Name]): void {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }
}
