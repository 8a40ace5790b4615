/** When a new bundle takes over the screen (src/player/bundle-handover.ts), and what stands in for a failed slide. */
import { describe, expect, it } from 'vitest';
import { BundleHandover } from '../../src/player/bundle-handover';
import type { Slide } from '../../src/schedule/playlist';
import { loadBundle } from '../helpers';

const published = loadBundle();
const newer = { ...published, version: 'newer' };
const newest = { ...published, version: 'newest' };
const slogan = { kind: 'slogan', id: 'slogan-1', durationMs: 12_000, text: 'Thi đua' } as unknown as Slide;

describe('the bundle handover', () => {
  it('shows the first bundle at once, and waits for the slide’s end with a later one', () => {
    const handover = new BundleHandover();
    expect(handover.receive(published, 'network', undefined, false)).toBe('now');
    expect(handover.current).toBe(published);
    expect(handover.receive(newer, 'network', 'network', false)).toBe('boundary');
    expect(handover.current).toBe(published);
    expect(handover.receive(newest, 'network', 'network', false)).toBe('boundary');
    expect(handover.atBoundary()).toBe(newest);
    expect(handover.current).toBe(newest);
    expect(handover.pending).toBeUndefined();
    expect(handover.atBoundary()).toBeUndefined();
  });

  it('replaces the built-in stand-in at once with the published bundle, dropping one that waited', () => {
    const handover = new BundleHandover();
    handover.receive(published, 'default', undefined, false);
    expect(handover.receive(newer, 'default', 'default', false)).toBe('boundary');
    expect(handover.receive(newest, 'cache', 'default', false)).toBe('now');
    expect(handover.current).toBe(newest);
    expect(handover.pending).toBeUndefined();
  });

  it('wakes a screen asleep in its off hours for a new bundle rather than waiting for a slide that is not there', () => {
    const handover = new BundleHandover();
    handover.receive(published, 'network', undefined, true);
    expect(handover.receive(newer, 'network', 'network', true)).toBe('wake');
    expect(handover.pending).toBe(newer);
  });

  it('shows the organisation instead of a slide that failed, for as long as the content stays the same', () => {
    const handover = new BundleHandover();
    handover.receive(published, 'network', undefined, false);
    expect(handover.shown(slogan)).toBe(slogan);
    handover.slideFailed('slogan-1');
    expect(handover.shown(slogan)).toEqual({
      kind: 'fallback',
      id: 'fallback',
      durationMs: 12_000,
      party: published.organization.party,
      unit: published.organization.unit,
    });
    handover.receive(newer, 'network', 'network', false);
    expect(handover.shown(slogan).kind).toBe('fallback');
    handover.atBoundary();
    expect(handover.shown(slogan)).toBe(slogan);
  });
});
