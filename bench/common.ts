/** What the benchmark's parts share: where the build is, and how numbers are summed up. */
import { join } from 'node:path';

export const ROOT = process.cwd();
export const DIST = join(ROOT, 'dist');
export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
export const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
