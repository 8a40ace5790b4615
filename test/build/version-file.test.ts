import { describe, expect, it } from 'vitest';
import { VERSION_FILE, versionFile } from '../../src/build/version-file';
import { APP_VERSION_PATH } from '../../src/fleet/fleet-read';

describe('version.json', () => {
  it('is emitted at the root of the build with the id the pages carry, where fleet:check reads it', () => {
    const emitted: { type: string; fileName: string; source: string }[] = [];
    const plugin = versionFile('20261127-220000');
    const generate = plugin.generateBundle as unknown as (this: { emitFile: (file: never) => void }) => void;
    generate.call({ emitFile: (file) => void emitted.push(file) });
    expect(emitted).toEqual([{ type: 'asset', fileName: 'version.json', source: '{"app":"20261127-220000"}\n' }]);
    expect(VERSION_FILE).toBe(APP_VERSION_PATH);
    expect(plugin.apply).toBe('build');
  });
});
