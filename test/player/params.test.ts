import { describe, expect, it } from 'vitest';
import { MIN_SPEED, MAX_SPEED, readParams, readSpeed } from '../../src/player/params';

const base = 'http://screen.local/';

describe('player URL controls', () => {
  it('?speed= within [0.01, 100000] is honoured; outside, or not a number, it is refused in words for the screen', () => {
    expect(readSpeed(null)).toEqual({ speed: 1 });
    expect(readSpeed('60')).toEqual({ speed: 60 });
    expect(readSpeed(String(MIN_SPEED))).toEqual({ speed: MIN_SPEED });
    expect(readSpeed(String(MAX_SPEED))).toEqual({ speed: MAX_SPEED });
    for (const text of ['0.000001', '0', '-3', '1e9', 'fast', '', 'Infinity']) {
      const read = readSpeed(text);
      expect(read.speed).toBe(1);
      expect(read.refused).toContain(`?speed=${text}`);
    }
    const params = readParams(`${base}?speed=0.000001&content=https://elsewhere.example/b.json`);
    expect(params.speed).toBe(1);
    expect(params.refused).toHaveLength(2);
  });

  it('?at= is passed on as given (read in the bundle’s zone later): the page stays a preview', () => {
    expect(readParams(`${base}?at=garbage`).at).toBe('garbage');
    expect(readParams(base).refused).toEqual([]);
  });

  it('?device=NAME&key=KEY names the device for the fleet (both, and a name nginx takes, or nothing); ?heartbeat= overrides', () => {
    expect(readParams(`${base}?device=lobby-1&key=k%2Bey%3D`).device).toEqual({ name: 'lobby-1', key: 'k+ey=' });
    for (const query of [
      '?device=lobby-1',
      '?key=secret',
      '?device=&key=secret',
      '?device=../x&key=secret',
      `?device=${'a'.repeat(33)}&key=s`,
    ])
      expect(readParams(`${base}${query}`).device, query).toBeUndefined();
    expect(readParams(base).heartbeatSeconds).toBeUndefined();
    expect(readParams(`${base}?heartbeat=2`).heartbeatSeconds).toBe(2);
    // The key is never said back on screen, not even in a refusal.
    expect(readParams(`${base}?device=lobby-1&key=secret&speed=fast`).refused.join(' ')).not.toContain('secret');
  });
});
