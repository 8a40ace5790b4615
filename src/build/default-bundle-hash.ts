/**
 * Runs in Node at build time, never in the browser.
 *
 * The built-in bundle (content/bundle.json, shipped as content/default-bundle.json) is checked at
 * build, by the same checker as the CLI's: when it passes, the hash of its bytes goes into the build
 * (__DEFAULT_BUNDLE_HASH__) and a screen takes those very bytes without loading the checker
 * (content/checked.ts). When it does not (or in the dev server and the tests, which do not build),
 * the hash is '' and the screens check it as any other bundle.
 */
import { readFileSync } from 'node:fs';
import { runnerImport, type Plugin } from 'vite';
import { ByteHasher } from '../content/text-hash.ts';

/** `bundleFile`: content/bundle.json; `validateModule`: src/content/validate.ts (absolute paths). */
export function defaultBundleHash(bundleFile: string, validateModule: string): Plugin {
  return {
    name: 'signage-default-bundle-hash',
    async config(_config, { command }) {
      let hash = '';
      if (command === 'build') {
        const bytes = readFileSync(bundleFile);
        // Through Vite's module runner: the checker's modules import each other without file extensions.
        const { module } = await runnerImport<typeof import('../content/validate.ts')>(validateModule, { configFile: false });
        if (module.checkBundle(new TextDecoder().decode(bytes)).ok) hash = new ByteHasher().update(bytes).digest();
      }
      return { define: { __DEFAULT_BUNDLE_HASH__: JSON.stringify(hash) } };
    },
  };
}
