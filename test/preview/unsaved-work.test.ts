import { describe, expect, it } from 'vitest';
import { PUBLISHED_PATH, bytesToSave, editField, isEdited, openDocument } from '../../src/preview/bundle-document';
import { UNSAVED_KEY, forgetWork, keepWork, keptWork, restoreWork, type WorkStorage } from '../../src/preview/unsaved-work';
import { readText } from '../helpers';

const original = readText('content/bundle.json');
const published = { kind: 'published' as const, path: PUBLISHED_PATH, etag: '"abc"' };
const at = new Date('2026-11-27T14:00:00Z');

function memory(): WorkStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

describe('unsaved work kept across a reload', () => {
  const opened = openDocument(original, published, 'vi');
  const edited = editField(opened, { path: ['slogans', 0, 'text'], kind: 'text', optional: false }, 'Khẩu hiệu đang sửa dở');

  it('keeps an edited document and gives it back as it was: same origin, same opened bytes, same text', () => {
    const storage = memory();
    expect(keepWork(storage, edited, at)).toBe(true);
    const work = keptWork(storage)!;
    expect(work.savedAt).toBe('2026-11-27T14:00:00.000Z');
    const restored = restoreWork(work, 'vi');
    expect(restored.origin).toEqual(published);
    expect(bytesToSave(restored)).toBe(bytesToSave(edited));
    expect(isEdited(restored)).toBe(true);
    expect(restored.check.ok).toBe(true);
  });

  it('clears what was kept once the document is clean again (saved, downloaded, edited back)', () => {
    const storage = memory();
    keepWork(storage, edited, at);
    keepWork(storage, opened, at);
    expect(storage.map.has(UNSAVED_KEY)).toBe(false);
    expect(keptWork(storage)).toBeUndefined();
  });

  it('a draft is kept by its name only, and unreadable or foreign data is dropped', () => {
    const storage = memory();
    const draft = openDocument(original, {
      kind: 'draft',
      name: 'a.json',
      meta: { author: 'bob', savedAt: 'x', title: 't', note: 'n' } as never,
    });
    keepWork(storage, editField(draft, { path: ['slogans', 0, 'text'], kind: 'text', optional: false }, 'Khác'), at);
    expect(keptWork(storage)!.origin).toEqual({ kind: 'draft', name: 'a.json' });
    storage.setItem(UNSAVED_KEY, '{not json');
    expect(keptWork(storage)).toBeUndefined();
    storage.setItem(UNSAVED_KEY, JSON.stringify({ origin: { kind: 'elsewhere' }, openedBytes: '', text: '', savedAt: '' }));
    expect(keptWork(storage)).toBeUndefined();
    forgetWork(storage);
    expect(storage.map.size).toBe(0);
  });

  it('a storage that refuses (full, private window) only loses the safety net', () => {
    const refusing: WorkStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    expect(keepWork(refusing, edited, at)).toBe(false);
    expect(keptWork(refusing)).toBeUndefined();
    expect(keepWork(undefined, edited, at)).toBe(false);
  });
});
