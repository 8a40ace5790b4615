/** Which built scripts the player page loads at start: shared by the budget test and the benchmark. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * index.html's module script and modulepreload links, and every module they import statically
 * (dynamic import() is loaded later, if ever, and is not counted). File names under dist/assets.
 */
export function playerScripts(dist: string): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const pending = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\.\/assets\/([^"]+\.js)"/g)].map(
    (match) => match[1]!,
  );
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
