/** Mounting elements in happy-dom (the components project), with slides from the default bundle. */
import type { LitElement } from 'lit';
import { buildPlaylist, type Slide, type SlideOf } from '../../src/schedule/playlist';
import { loadBundle, vn } from '../helpers';

const bundle = loadBundle();
const slides = buildPlaylist(bundle, vn('2020-05-15T08:00'), 'lobby').slides;
/** The first slide of a kind in the lobby's playlist on 15 May 2020 at 08:00 (phase 2). */
export const first = <K extends Slide['kind']>(kind: K): SlideOf<K> => slides.find((slide): slide is SlideOf<K> => slide.kind === kind)!;

export async function mount<T extends LitElement>(tag: string, properties: Record<string, unknown>): Promise<T> {
  const element = document.createElement(tag) as T;
  Object.assign(element, properties);
  document.body.append(element);
  await element.updateComplete;
  return element;
}

/** `mount`, typed by the element's tag, with its shadow root at hand. */
export async function mountWithRoot<Tag extends keyof HTMLElementTagNameMap>(tag: Tag, properties: Record<string, unknown> = {}) {
  const element = await mount<HTMLElementTagNameMap[Tag] & LitElement>(tag, properties);
  return { element, root: element.shadowRoot! };
}

/** The text of an element's shadow root, whitespace collapsed. */
export const text = (element: Element) => (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
