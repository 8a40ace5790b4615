import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkBundle } from '../../src/content/validate';
import { buildPlaylist } from '../../src/schedule/playlist';
import { reportedView } from '../../src/fleet/now-view';
import { readStatus, statusDocument } from '../../src/fleet/status-document';
import { statusInput } from '../support/fleet-status';

const bundle = checkBundle(readFileSync('content/bundle.json', 'utf8')).bundle!;
const AT = Date.parse('2020-05-15T01:00:00Z'); // 08:00 in Vietnam, phase 2
const report = (over: Parameters<typeof statusInput>[1]) =>
  readStatus(
    JSON.stringify(statusDocument(statusInput(AT, { contentVersion: bundle.version, screen: 'lobby', slideSince: AT, ...over }))),
  )!;

describe('what a screen showed, rebuilt from its report', () => {
  it('the reported slide of the reported version at the instant it appeared, with the frame of that day', () => {
    const phaseSlide = buildPlaylist(bundle, AT, 'lobby').slides.find((slide) => slide.kind === 'phase')!;
    const view = reportedView(bundle, report({ slide: phaseSlide.id }))!;
    expect(view.slide).toEqual(phaseSlide);
    expect(view.orientation).toBe('landscape');
    expect(view.at).toBe(AT);
    expect(view.chrome.day).not.toBe('');
  });
  it('nothing when the version differs or the bundle has no such slide (the page then says so)', () => {
    expect(reportedView(bundle, report({ slide: 'slogan:slogan-1', contentVersion: 'other' }))).toBeUndefined();
    expect(reportedView(bundle, report({ slide: 'slogan:no-such' }))).toBeUndefined();
    expect(reportedView(bundle, report({ slide: 'fallback' }))!.slide.kind).toBe('fallback');
  });
});
