import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { activePhase } from '../../src/schedule/phases';
import { daysBetween, localDate } from '../../src/schedule/time';
import { inEachProcessZone, loadBundle, vn } from '../helpers';
import { instantArb, phasesArb } from '../support/arbitraries';

const bundle = loadBundle();
const minimal = loadBundle('test/fixtures/minimal.json');

describe('active phase at the boundaries, whatever the device zone', () => {
  it('23:59:59 on 31 Mar 2020 (Vietnam) is phase 1; 00:00 on 1 Apr is phase 2', () => {
    inEachProcessZone(() => {
      expect(activePhase(bundle, vn('2020-03-31T23:59:59.999'))?.id).toBe('phase-1');
      expect(activePhase(bundle, vn('2020-04-01T00:00:00'))?.id).toBe('phase-2');
      // The same instants seen from UTC: 16:59 and 17:00 on 31 March.
      expect(activePhase(bundle, Date.UTC(2020, 2, 31, 16, 59, 59))?.id).toBe('phase-1');
      expect(activePhase(bundle, Date.UTC(2020, 2, 31, 17, 0, 0))?.id).toBe('phase-2');
    });
  });

  it('the end day is inclusive and the day after belongs to the next phase or none', () => {
    expect(activePhase(bundle, vn('2020-06-30T23:00'))?.id).toBe('phase-2');
    expect(activePhase(bundle, vn('2020-07-01T00:00'))?.id).toBe('phase-3');
    expect(activePhase(bundle, vn('2021-02-01T23:59'))?.id).toBe('phase-5');
    expect(activePhase(bundle, vn('2021-02-02T00:00'))).toBeUndefined();
    expect(activePhase(bundle, vn('2019-12-31T23:59'))).toBeUndefined();
  });

  it('leap day 2020-02-29 is in phase 1 and counts as a day', () => {
    expect(activePhase(bundle, vn('2020-02-29T12:00'))?.id).toBe('phase-1');
    expect(daysBetween('2020-02-28', '2020-03-01')).toBe(2);
    expect(daysBetween('2021-02-28', '2021-03-01')).toBe(1);
  });
});

describe('property-based', () => {
  it('every instant maps to at most one phase, and activePhase returns it', () => {
    fc.assert(
      fc.property(phasesArb, instantArb, (phases, instant) => {
        const candidate = { ...minimal, phases };
        const today = localDate(instant, candidate.timeZone);
        const containing = phases.filter((phase) => phase.start <= today && today <= phase.end);
        expect(containing.length).toBeLessThanOrEqual(1);
        expect(activePhase(candidate, instant)?.id).toBe(containing[0]?.id);
      }),
    );
  });
});
