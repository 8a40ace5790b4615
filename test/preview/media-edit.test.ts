import { describe, expect, it } from 'vitest';
import { attachMedia, mediaTargets } from '../../src/preview/media-edit';
import { checkBundle } from '../../src/content/validate';
import { DEFAULT } from '../support/bundle-edits';

const value = () => JSON.parse(DEFAULT) as unknown;
const changedLines = (before: string, after: string) => {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  return { removed: a.slice(start, a.length - end), added: b.slice(start, b.length - end) };
};

describe('attaching an uploaded file to the bundle', () => {
  it('a picture goes to an achievement or an announcement: one line added, the bundle still valid', () => {
    const targets = mediaTargets(value(), 'picture');
    const milestone = targets.find((target) => target.path[0] === 'milestones')!;
    expect(milestone.path).toEqual(['milestones', 0, 'image']);
    const after = attachMedia(DEFAULT, value(), milestone.path, 'content/media/abc.webp');
    const { removed, added } = changedLines(DEFAULT, after);
    expect(removed.length).toBeLessThanOrEqual(1);
    expect(added.some((line) => line.includes('"image": "content/media/abc.webp"'))).toBe(true);
    const result = checkBundle(after);
    expect(result.ok && result.bundle.milestones[0]!.image).toBe('content/media/abc.webp');
  });

  it('a clip becomes a new video item (the list is created), then a second one; the bundle stays valid', () => {
    expect(mediaTargets(value(), 'video')).toEqual([{ path: ['videos'], label: '+' }]);
    const once = attachMedia(DEFAULT, value(), ['videos'], 'content/media/a.webm');
    expect(DEFAULT.split('\n').every((line) => once.includes(line))).toBe(true);
    const twice = attachMedia(once, JSON.parse(once), ['videos'], 'content/media/b.mp4');
    const result = checkBundle(twice);
    expect(result.ok && result.bundle.videos).toEqual([
      { id: 'video-1', src: 'content/media/a.webm' },
      { id: 'video-2', src: 'content/media/b.mp4' },
    ]);
    expect(mediaTargets(JSON.parse(twice), 'video').map((target) => target.label)).toEqual([
      '+',
      'video-1: content/media/a.webm',
      'video-2: content/media/b.mp4',
    ]);
  });

  it('a clip can replace the file of a video that is there', () => {
    const once = attachMedia(DEFAULT, value(), ['videos'], 'content/media/a.webm');
    const replaced = attachMedia(once, JSON.parse(once), ['videos', 0, 'src'], 'content/media/c.webm');
    const result = checkBundle(replaced);
    expect(result.ok && result.bundle.videos).toEqual([{ id: 'video-1', src: 'content/media/c.webm' }]);
  });
});
