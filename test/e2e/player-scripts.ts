/** Which built scripts the player page loads at start: shared by the budget test and the benchmark. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** `start` and every script they import statically, transitively (file names under dist/assets). */
function withStaticImports(dist: string, start: string[]): string[] {
  const pending = [...start];
  const found = new Set<string>();
  while (pending.length > 0) {
    const name = pending.pop()!;
    if (found.has(name)) continue;
    found.add(name);
    const code = readFileSync(join(dist, 'assets', name), 'utf8');
    for (const match of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{},\s]*?from\s*)?["']\.\/([^"']+\.js)["']/g))
      pending.push(match[1]!);
  }
  return [...found];
}

/**
 * index.html's module script and modulepreload links, and every module they import statically
 * (dynamic import() is loaded later, if ever, and is not counted). File names under dist/assets.
 */
export function playerScripts(dist: string): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entry = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\.\/assets\/([^"]+\.js)"/g)].map(
    (match) => match[1]!,
  );
  return withStaticImports(dist, entry);
}

/**
 * The first slide's element: each slide kind's element is a chunk of its own (slide-<kind>-*.js,
 * src/elements/render-slide.ts), and the page loads its first slide's before that slide. Any kind
 * can come first, so this is the largest (gzipped) of them with what it imports beyond
 * `playerScripts`: the worst case. File names under dist/assets.
 */
export function firstSlideElementScripts(dist: string): string[] {
  const start = new Set(playerScripts(dist));
  const gz = (name: string) => gzipSync(readFileSync(join(dist, 'assets', name)), { level: 9 }).length;
  const kinds = readdirSync(join(dist, 'assets')).filter((name) => /^slide-[a-z]+-[\w-]+\.js$/.test(name));
  const sets = kinds.map((name) => withStaticImports(dist, [name]).filter((script) => !start.has(script)));
  const size = (set: string[]) => set.reduce((sum, name) => sum + gz(name), 0);
  return sets.reduce<string[]>((largest, set) => (size(set) > size(largest) ? set : largest), []);
}
