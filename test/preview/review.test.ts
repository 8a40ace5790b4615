/**
 * The review of a draft (src/preview/review.ts): what changes in the staff's terms, and the days on
 * which the screens play something else, from the player's own schedule engine.
 */
import { describe, expect, it } from 'vitest';
import { checkBundle } from '../../src/content/validate';
import type { Bundle } from '../../src/content/schema';
import { daysThatDiffer, reviewChanges } from '../../src/preview/review';
import { readText } from '../helpers';

const original = readText('content/bundle.json');
const live = JSON.parse(original) as Record<string, unknown> & Bundle;
const copy = () => JSON.parse(original) as typeof live;
const bundleOf = (value: unknown): Bundle => {
  const result = checkBundle(JSON.stringify(value));
  expect(result.problems).toEqual([]);
  return result.bundle!;
};

describe('the review of a draft', () => {
  it('names a slogan and a milestone changed, with the words before and after, and nothing else', () => {
    const draft = copy();
    draft.version = 'something else';
    draft.slogans[0]!.text = 'Chào mừng Đại hội!';
    draft.milestones[1]!.figure = '1992';
    expect(reviewChanges(live, draft)).toEqual([
      {
        kind: 'changed',
        section: 'slogans',
        itemId: 'slogan-1',
        item: expect.any(String),
        field: 'text',
        before: live.slogans[0]!.text,
        after: 'Chào mừng Đại hội!',
      },
      {
        kind: 'changed',
        section: 'milestones',
        itemId: live.milestones[1]!.id,
        item: expect.stringContaining(live.milestones[1]!.caption.slice(0, 20)),
        field: 'figure',
        before: live.milestones[1]!.figure,
        after: '1992',
      },
    ]);
  });

  it('a removed slogan is that slogan removed; an added one is added; phase messages and screen settings by place', () => {
    const draft = copy();
    const removed = draft.slogans.splice(1, 1)[0]!;
    draft.slogans.push({ id: 'slogan-9', text: 'Mới' });
    draft.phases[1]!.messages[0] = 'Thông điệp mới';
    draft.screens[0]!.slideSeconds = 13;
    const changes = reviewChanges(live, draft);
    expect(changes).toEqual([
      { kind: 'removed', section: 'slogans', itemId: removed.id, item: removed.text.slice(0, 89) + (removed.text.length > 90 ? '…' : '') },
      { kind: 'added', section: 'slogans', itemId: 'slogan-9', item: 'Mới' },
      {
        kind: 'changed',
        section: 'phases',
        itemId: 'phase-2',
        item: expect.stringMatching(/^2\. /),
        field: 'messages[0]',
        before: live.phases[1]!.messages[0],
        after: 'Thông điệp mới',
      },
      {
        kind: 'changed',
        section: 'screens',
        itemId: live.screens[0]!.id,
        item: live.screens[0]!.name,
        field: 'slideSeconds',
        before: String(live.screens[0]!.slideSeconds),
        after: '13',
      },
    ]);
    expect(reviewChanges(live, copy())).toEqual([]);
  });

  it('lists the days a screen plays something else: a slogan added for two days, on those two days, on the screens that show slogans', () => {
    const draft = copy();
    draft.slogans.push({ id: 'slogan-9', text: 'Chỉ hai ngày', from: '2020-05-15', until: '2020-05-16' });
    const ranges = daysThatDiffer(bundleOf(live), bundleOf(draft));
    const withSlogans = live.screens.filter((screen) => (screen.slideKinds as string[]).includes('slogan')).map((screen) => screen.id);
    expect(ranges).toEqual([{ from: '2020-05-15', to: '2020-05-16', screens: withSlogans, earlier: false, later: false }]);

    const sameSlides = copy();
    sameSlides.plan = { ...live.plan, basis: 'Another basis' };
    expect(reviewChanges(live, sameSlides)).toEqual([
      {
        kind: live.plan.basis === undefined ? 'added' : 'changed',
        section: 'plan',
        field: 'basis',
        ...(live.plan.basis ? { before: live.plan.basis } : {}),
        after: 'Another basis',
      },
    ]);
    expect(daysThatDiffer(bundleOf(live), bundleOf(sameSlides))).toEqual([]);
  });

  it('a changed milestone figure differs on every day the milestone plays, on every screen that shows milestones', () => {
    const draft = copy();
    draft.milestones[0]!.figure = '1987';
    const ranges = daysThatDiffer(bundleOf(live), bundleOf(draft));
    expect(ranges.length).toBeGreaterThan(0);
    const screensWithMilestones = live.screens
      .filter((screen) => (screen.slideKinds as string[]).includes('milestone'))
      .map((screen) => screen.id);
    expect(new Set(ranges.flatMap((range) => range.screens))).toEqual(new Set(screensWithMilestones));
    // The milestone plays from before the campaign through the national congress XIII's last day, the event it is tied to.
    expect(ranges[0]!.earlier).toBe(true);
    expect(ranges[ranges.length - 1]).toMatchObject({ to: '2021-02-01', later: false });
  });
});
