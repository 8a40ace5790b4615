import { describe, expect, it } from 'vitest';
import { readStatus, stateKey, statusDocument, type StatusInput } from '../../src/fleet/status-document';
import { NOW, statusInput } from '../support/fleet-status';

const input = (over: Partial<StatusInput> = {}): StatusInput => statusInput(NOW, over);

describe('the status document', () => {
  it('round-trips through JSON, with its format and the report time; errors cut to the last five', () => {
    const errors = Array.from({ length: 8 }, (_, index) => ({ at: NOW - index, message: `e${index}`.padEnd(400, 'x') }));
    const doc = statusDocument(input({ errors }));
    expect(doc.format).toBe(1);
    expect(doc.reportedAt).toBe('2026-11-27T10:00:00.000Z');
    expect(doc.uptimeSeconds).toBe(3600);
    expect(doc.errors).toHaveLength(5);
    expect(doc.errors[0]!.message).toHaveLength(300);
    expect(readStatus(JSON.stringify(doc))).toEqual(JSON.parse(JSON.stringify(doc)));
  });
  it('carries media storage and nothing current, and reads them back', () => {
    const doc = statusDocument(input({ media: { files: 3, bytes: 12_500_000 }, nothingCurrent: { since: '2020-11-01' } }));
    expect(doc).toMatchObject({ media: { files: 3, bytes: 12_500_000 }, nothingCurrent: { since: '2020-11-01' } });
    expect(readStatus(JSON.stringify(doc))).toMatchObject({
      media: { files: 3, bytes: 12_500_000 },
      nothingCurrent: { since: '2020-11-01' },
    });
    // Nothing current in a bundle that never had anything current: no day, still said.
    expect(readStatus(JSON.stringify(statusDocument(input({ nothingCurrent: { since: undefined } }))))?.nothingCurrent).toEqual({});
    expect(readStatus(JSON.stringify(statusDocument(input())))?.nothingCurrent).toBeUndefined();
  });
  it('reads an older, thinner report and refuses what is not one', () => {
    expect(readStatus('{"format":1,"device":"x"}')).toMatchObject({ device: 'x', heartbeatSeconds: 60, errors: [] });
    // A report from before media and nothing current were carried (as the first screens sent them).
    const old = readStatus('{"format":1,"device":"x","storage":{"persistence":"persistent","usage":1,"quota":2},"unknownField":true}');
    expect(old).toMatchObject({ device: 'x', storage: { usage: 1, quota: 2 } });
    expect(old?.media).toBeUndefined();
    expect(old?.nothingCurrent).toBeUndefined();
    expect(readStatus('{"format":2,"device":"x"}')).toBeUndefined();
    expect(readStatus('{"device":"x"}')).toBeUndefined();
    expect(readStatus('not json')).toBeUndefined();
  });
  it('the state key changes with content, screen off, errors, not with the slide', () => {
    const base = stateKey(statusDocument(input()));
    expect(stateKey(statusDocument(input({ slide: 'slogan:s2' })))).toBe(base);
    expect(stateKey(statusDocument(input({ contentVersion: 'v3' })))).not.toBe(base);
    expect(stateKey(statusDocument(input({ asleepUntil: NOW + 1000 })))).not.toBe(base);
    expect(stateKey(statusDocument(input({ contentError: 'bad' })))).not.toBe(base);
  });
});
