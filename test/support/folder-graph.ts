/**
 * Which folder of src/ imports which: every `from '…'` and `import('…')` of a relative path that
 * leaves its folder, type-only imports included (a type ties two folders as much as a value).
 * Run it to print the graph: `npx tsx test/support/folder-graph.ts`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

export type FolderGraph = Map<string, Set<string>>;

const IMPORT = /(?:from\s+|import\s*\(\s*|import\s+)['"](\.{1,2}\/[^'"]+)['"]/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|css)$/.test(entry.name) ? [path] : [];
  });
}

/** The folder directly under `src` a path is in; undefined for a file at the top (main.ts, env.d.ts). */
function folderOf(src: string, path: string): string | undefined {
  const parts = relative(src, path).split(sep);
  return parts.length > 1 ? parts[0] : undefined;
}

export function folderGraph(src: string): FolderGraph {
  const graph: FolderGraph = new Map();
  for (const file of sourceFiles(src)) {
    const from = folderOf(src, file);
    if (!from) continue;
    if (!graph.has(from)) graph.set(from, new Set());
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const to = folderOf(src, resolve(dirname(file), match[1]!));
      if (to && to !== from) graph.get(from)!.add(to);
    }
  }
  return graph;
}

/** Every circle of folders (each once, from its alphabetically first folder). */
export function cycles(graph: FolderGraph): string[][] {
  const found = new Set<string>();
  const walk = (start: string, at: string, path: string[]) => {
    for (const next of graph.get(at) ?? []) {
      if (next === start) found.add([...path, start].join(' -> '));
      else if (!path.includes(next) && next > start) walk(start, next, [...path, next]);
    }
  };
  for (const folder of graph.keys()) walk(folder, folder, [folder]);
  return [...found].map((circle) => circle.split(' -> '));
}

/** One line a folder, as README's "How it works" writes it: `app -> content, elements, …`. */
export function graphLines(graph: FolderGraph): string[] {
  return [...graph.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([folder, targets]) => `${folder} -> ${[...targets].sort().join(', ') || '(nothing)'}`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const graph = folderGraph(resolve('src'));
  console.log(graphLines(graph).join('\n'));
  const circles = cycles(graph);
  console.log(circles.length ? `cycles:\n${circles.map((circle) => circle.join(' -> ')).join('\n')}` : 'no cycles');
}
