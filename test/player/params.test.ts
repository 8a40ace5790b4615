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

  it('the fleet controls (?device=&key=) are not the player’s to read, and the key is never said back on screen', () => {
    const params = readParams(`${base}?device=lobby-1&key=secret&speed=fast`);
    expect(params.refused.join(' ')).not.toContain('secret');
    expect(JSON.stringify(params)).not.toContain('secret');
  });
});
