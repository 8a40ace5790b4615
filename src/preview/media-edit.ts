/**
 * Where an uploaded picture or clip goes in the bundle, as an edit of its text (edit.ts: untouched
 * lines stay byte for byte): a picture becomes an achievement's or an announcement's `image`; a
 * clip becomes a new item of `videos` (the list is created when the bundle has none), or the
 * `src` of a video that is there. Pure: text in, text out.
 */
import type { JSONPath } from 'jsonc-parser';
import { appendItem, nextId, setValue } from './edit';

/** What a picked file can be attached to. */
export interface MediaTarget {
  /** Where the link goes, e.g. ["milestones", 2, "image"]; for a new video, ["videos"]. */
  path: JSONPath;
  /** How the page names the item: its id and the start of its text. */
  label: string;
}

type Loose = Record<string, unknown>;
const list = (value: unknown, key: string): Loose[] => {
  const items = (value as Loose | null)?.[key];
  return Array.isArray(items) ? items.filter((item): item is Loose => typeof item === 'object' && item !== null) : [];
};
const text = (value: unknown) => (typeof value === 'string' ? value : '');
const short = (value: string) => (value.length > 50 ? `${value.slice(0, 49)}…` : value);

/** The items a picture or a clip can go to, from the bundle as parsed (valid or not). */
export function mediaTargets(value: unknown, kind: 'picture' | 'video'): MediaTarget[] {
  if (kind === 'video')
    return [
      { path: ['videos'], label: '+' },
      ...list(value, 'videos').map((video, index) => ({
        path: ['videos', index, 'src'],
        label: `${text(video.id)}: ${short(text(video.caption) || text(video.src))}`,
      })),
    ];
  return [
    ...list(value, 'milestones').map((item, index) => ({
      path: ['milestones', index, 'image'],
      label: `${text(item.id)}: ${short(`${text(item.figure)} ${text(item.caption)}`)}`,
    })),
    ...list(value, 'announcements').map((item, index) => ({
      path: ['announcements', index, 'image'],
      label: `${text(item.id)}: ${short(text(item.title) || text(item.text))}`,
    })),
  ];
}

/** The text with `url` attached at `target` (see mediaTargets). */
export function attachMedia(source: string, value: unknown, target: JSONPath, url: string): string {
  if (target.length === 1 && target[0] === 'videos') {
    const videos = list(value, 'videos');
    const item = {
      id: nextId(
        'video',
        videos.map((video) => video.id),
      ),
      src: url,
    };
    const present = Array.isArray((value as Loose | null)?.videos);
    return present ? appendItem(source, ['videos'], videos.length, item).text : setValue(source, ['videos'], [item]);
  }
  return setValue(source, target, url);
}
