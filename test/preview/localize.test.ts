/**
 * The staff page's English (xliff/en.xlf, built into src/preview/generated/locales/en.ts) against
 * the code's msg() calls, with the lit-localize CLI itself: a message without English, a Vietnamese
 * text changed or added in the code and not extracted, an XLIFF edited and not built, or one id
 * given two texts fails here. README, "The staff page's languages", says what to run.
 */
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(ROOT, 'node_modules/@lit/localize-tools/bin/lit-localize.js');
const XLIFF = join(ROOT, 'xliff/en.xlf');
const GENERATED = join(ROOT, 'src/preview/generated/locales/en.ts');

interface Run {
  code: number;
  output: string;
}

/** lit-localize with the repository's configuration, reading `inputFiles` and writing into `dir`. */
async function litLocalize(command: 'extract' | 'build', dir: string, inputFiles: string[]): Promise<Run> {
  const config = JSON.parse(readFileSync(join(ROOT, 'lit-localize.json'), 'utf8')) as Record<string, unknown>;
  const configPath = join(dir, 'lit-localize.json');
  writeFileSync(
    configPath,
    JSON.stringify({
      ...config,
      inputFiles,
      output: { ...(config.output as object), outputDir: join(dir, 'locales') },
      interchange: { ...(config.interchange as object), xliffDir: join(dir, 'xliff') },
    }),
  );
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [CLI, `--config=${configPath}`, command], { cwd: dir });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

/** A scratch folder holding a copy of the committed XLIFF (and the packages, for a source file written there). */
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'localize-'));
  cpSync(XLIFF, join(dir, 'xliff/en.xlf'));
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

// Each run of the CLI analyses the page's sources with TypeScript: a few seconds on a shared machine.
const SLOW = { timeout: 120_000 };

const PAGE_SOURCES = [join(ROOT, 'src/preview/**/*.ts')];

describe("the staff page's English", () => {
  it('has a non-empty translation for every message in the XLIFF', () => {
    const units = [...readFileSync(XLIFF, 'utf8').matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)];
    expect(units.length).toBeGreaterThan(300);
    const untranslated = units.filter(([, , body]) => !/<target>[^<]*\S[\s\S]*<\/target>|<target>\s*<x /.test(body!)).map(([, id]) => id);
    expect(untranslated).toEqual([]);
  });

  it('is up to date with the code: extracting changes nothing, building gives the committed module, none missing', SLOW, async () => {
    const dir = scratch();
    const extracted = await litLocalize('extract', dir, PAGE_SOURCES);
    expect(extracted.code, extracted.output).toBe(0);
    expect(readFileSync(join(dir, 'xliff/en.xlf'), 'utf8')).toBe(readFileSync(XLIFF, 'utf8'));
    const built = await litLocalize('build', dir, PAGE_SOURCES);
    expect(built.code, built.output).toBe(0);
    expect(built.output).not.toMatch(/is missing|does not exist in canonical messages/);
    expect(readFileSync(join(dir, 'locales/en.ts'), 'utf8')).toBe(readFileSync(GENERATED, 'utf8'));
  });

  it('would catch a message added in the code and not translated, and one id given two texts', SLOW, async () => {
    const dir = scratch();
    const extra = join(dir, 'extra.ts');
    writeFileSync(extra, "import { msg } from '@lit/localize';\nexport const added = () => msg('Một câu mới', { id: 'addedLater' });\n");
    const built = await litLocalize('build', dir, [...PAGE_SOURCES, extra]);
    expect(built.output).toMatch(/en message addedLater is missing/);
    const extracted = await litLocalize('extract', dir, [...PAGE_SOURCES, extra]);
    expect(extracted.code).toBe(0);
    expect(readFileSync(join(dir, 'xliff/en.xlf'), 'utf8')).toMatch(
      /<trans-unit id="addedLater">\s*<source>Một câu mới<\/source>\s*<\/trans-unit>/,
    );

    // Two areas' tables used to be merged with a later key silently winning; now the key is the msg() id.
    writeFileSync(extra, "import { msg } from '@lit/localize';\nexport const clash = () => msg('Tải lại', { id: 'download' });\n");
    const clashed = await litLocalize('extract', dir, [...PAGE_SOURCES, extra]);
    expect(clashed.code).not.toBe(0);
    expect(clashed.output).toMatch(/message with ID download was defined in 2 places/);
  });
});
