/**
 * The folders of src/ depend on each other as README's "How it works" draws them: the slide
 * elements only on content, schedule and styles, and no folder on itself round a circle.
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { cycles, folderGraph, graphLines, type FolderGraph } from './support/folder-graph';
import { readText } from './helpers';

const graph = folderGraph(resolve('src'));

describe('the folders of src/', () => {
  it('slide elements import only content, schedule and styles', () => {
    expect([...graph.get('elements')!].sort()).toEqual(['content', 'schedule', 'styles']);
  });

  it('import each other in no circle', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('are drawn in README as they are', () => {
    const readme = readText('README.md');
    const block = /The folders import each other so:\n\n```\n([\s\S]*?)\n```/.exec(readme);
    expect(block, 'README: "The folders import each other so:" and a code block').not.toBeNull();
    expect(block![1]!.split('\n')).toEqual(graphLines(graph));
  });
});

describe('the cycle finder', () => {
  const of = (edges: Record<string, string[]>): FolderGraph => new Map(Object.entries(edges).map(([from, to]) => [from, new Set(to)]));

  it('finds a circle of two and one of three, each once', () => {
    expect(cycles(of({ a: ['b'], b: ['a', 'c'], c: ['d'], d: ['b'] }))).toEqual([
      ['a', 'b', 'a'],
      ['b', 'c', 'd', 'b'],
    ]);
  });

  it('finds none in a graph that only goes down', () => {
    expect(cycles(of({ app: ['player', 'content'], player: ['content'], content: [] }))).toEqual([]);
  });
});
