import { describe, expect, it } from 'vitest';
import { sizeLabel, storageFigures } from '../../src/fleet/storage-figures';

describe('storage figures', () => {
  it('sizes with the decimal sign of the language', () => {
    expect(sizeLabel(4_400_000, 'vi')).toBe('4,4 MB');
    expect(sizeLabel(4_400_000, 'en')).toBe('4.4 MB');
    expect(sizeLabel(12_500_000, 'vi')).toBe('13 MB');
    expect(sizeLabel(10_700_000_000, 'vi')).toBe('11 GB');
    expect(sizeLabel(1_500_000_000, 'vi')).toBe('1,5 GB');
    expect(sizeLabel(0, 'en')).toBe('0.0 MB');
  });
  it('storage used of the quota, and the media caches when measured', () => {
    const storage = { persistence: 'persistent', usage: 4_400_000, quota: 10_700_000_000 };
    expect(storageFigures({ storage, media: { files: 3, bytes: 2_100_000 } }, 'vi')).toEqual({
      used: '4,4 MB',
      quota: '11 GB',
      media: { files: 3, size: '2,1 MB' },
    });
    expect(storageFigures({ storage: { persistence: 'unknown' }, media: undefined }, 'en')).toEqual({
      used: '?',
      quota: '?',
      media: undefined,
    });
    expect(storageFigures({ storage: undefined, media: undefined }, 'en')).toBeUndefined();
  });
});
