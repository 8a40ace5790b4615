/**
 * The events the preview's elements send up to the page, by name, with their details: declared once
 * here for `addEventListener` and for Lit's `@name=${…}` listeners, sent with PreviewElement's `emit`.
 */
import type { JSONPath } from 'jsonc-parser';
import type { Problem } from '../content/problems';
import type { Orientation } from '../schedule/playlist';
import type { Field } from './edit';
import type { Lang } from './i18n';
import type { GrowableSection } from './bundle-document';
import type { ReadFile } from './bundle-files';

export interface FieldInputDetail {
  field: Field;
  /** What the input holds now. */
  input: string;
}

export interface PreviewEventDetails {
  /** A language was chosen for the page's words (preview-header). */
  'lang-select': { lang: Lang };
  /** Load the published bundle again (preview-toolbar). */
  'published-load': undefined;
  /** A file of this computer was chosen (preview-toolbar). */
  'file-open': ReadFile;
  /** Download the bundle (preview-toolbar). */
  'file-download': undefined;
  /** Save the bundle to its file (preview-toolbar). */
  'file-save': undefined;
  /** A field of the form changed (preview-editor). */
  'field-input': FieldInputDetail;
  /** Add a slogan or an announcement (preview-editor). */
  'item-add': { section: GrowableSection };
  /** Remove an item (preview-editor). */
  'item-remove': { path: JSONPath };
  /** A problem was clicked (preview-problems). */
  'problem-select': Problem;
  /** Open the day shown in the real player (preview-day). */
  'play-day': undefined;
  /** A day was clicked on the chart (preview-timeline) or chosen (preview-day-picker). */
  'day-select': { date: string };
  /** A time of day was chosen (preview-day-picker). */
  'time-select': { time: string };
  /** A screen was chosen (preview-day-picker). */
  'screen-select': { screenId: string };
  /** Draw the miniatures for the other orientation (preview-slides). */
  'orientation-change': { orientation: Orientation };
  /** The miniatures found these slides' text overflowing, in this orientation (preview-slides). */
  'overflow-change': { orientation: Orientation; slides: string[] };
  /** Sign in with a user name and password (preview-signin). */
  'sign-in': { user: string; password: string };
  /** Forget the user name and password (preview-signin). */
  'sign-out': undefined;
  /** Save the document as a draft (preview-drafts). */
  'draft-save': { title: string; note: string };
  /** Open a draft as the document (preview-drafts). */
  'draft-open': { name: string };
  /** Delete a draft (preview-drafts). */
  'draft-delete': { name: string };
  /** Read the drafts, the history and the live bundle again (preview-drafts, preview-history). */
  'staff-refresh': undefined;
  /** Publish the document (preview-review). */
  publish: { note: string };
  /** Open a version from the history as the document, to see and compare it (preview-history). */
  'history-open': { name: string };
  /** Publish a version from the history again (preview-history). */
  'history-restore': { name: string };
}

type PreviewEvents = { [Name in keyof PreviewEventDetails]: CustomEvent<PreviewEventDetails[Name]> };

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging: the events join the DOM's map
  interface GlobalEventHandlersEventMap extends PreviewEvents {}
}
