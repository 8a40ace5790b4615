/**
 * Runs in Node at build time, never in the browser.
 *
 * Everything the player's entry reaches by static imports goes into one chunk, "player" (the entry
 * itself stays in its own small chunk, so the preview pages that share the rest do not run it);
 * anything else is chunked as usual.
 */
import type { Plugin } from 'vite';

/** What rolldown's codeSplitting group `name` function is given to look the module graph up. */
interface ModuleGraph {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}

export interface PlayerChunk {
  /** The player's module set is the build's own: found afresh at every build (watch mode, several builds in one process). */
  reset: Plugin;
  /** For `build.rolldownOptions.output.codeSplitting.groups[].name`: "player" or null (chunked as usual). */
  name: (id: string, context: ModuleGraph) => string | null;
}

/** `entry`: the absolute path of the player's entry module. */
export function playerChunk(entry: string): PlayerChunk {
  let playerModules: Set<string> | undefined;
  return {
    reset: {
      name: 'signage-player-chunk-reset',
      buildStart() {
        playerModules = undefined;
      },
    },
    name(id, context) {
      if (!playerModules) {
        const found = new Set<string>();
        const pending = [entry];
        for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
          if (found.has(next)) continue;
          found.add(next);
          pending.push(...(context.getModuleInfo(next)?.importedIds ?? []));
        }
        // Asked before the graph is known: decide nothing yet.
        if (found.size === 1) return null;
        playerModules = found;
      }
      return id !== entry && playerModules.has(id) ? 'player' : null;
    },
  };
}
