import { describe, expect, it } from 'vitest';
import { readDeviceParams } from '../../src/fleet/device-params';

const base = 'http://signage.test:8080/';

describe('the fleet controls of the player URL', () => {
  it('?device=NAME&key=KEY names the device for the fleet (both, and a name nginx takes, or nothing); ?heartbeat= overrides', () => {
    expect(readDeviceParams(`${base}?device=lobby-1&key=k%2Bey%3D`).device).toEqual({ name: 'lobby-1', key: 'k+ey=' });
    for (const query of [
      '?device=lobby-1',
      '?key=secret',
      '?device=&key=secret',
      '?device=../x&key=secret',
      `?device=${'a'.repeat(33)}&key=s`,
    ])
      expect(readDeviceParams(`${base}${query}`).device, query).toBeUndefined();
    expect(readDeviceParams(base).heartbeatSeconds).toBeUndefined();
    expect(readDeviceParams(`${base}?heartbeat=2`).heartbeatSeconds).toBe(2);
  });
});
