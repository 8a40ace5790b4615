import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkBundle } from '../../src/content/validate';
import { readText } from '../helpers';
import { bundle } from '../support/bundle-edits';

describe('npm run content:check', () => {
  const cli = (file?: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/content-check.ts', ...(file ? [file] : [])], { encoding: 'utf8' });

  it('exits 0 with one summary line on the default content', () => {
    const run = cli();
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split('\n')).toEqual([
      'content/bundle.json: OK — 5 phases, 5 slogans, 10 milestones, 4 events, 0 announcements, 4 inferred dates',
    ]);
  });

  it('exits 1 and prints FILE:LINE:COL  path  message for each problem', () => {
    const run = cli('test/fixtures/broken/misspelt-key.json');
    expect(run.status).toBe(1);
    expect(run.stdout.split('\n')[0]).toBe(
      'test/fixtures/broken/misspelt-key.json:31:7  phases[1].strat  Unknown name "strat": did you mean "start"?',
    );
  });

  it('speaks Vietnamese with --lang vi or a Vietnamese locale, at the same line and column', () => {
    const run = (args: string[], env: Record<string, string> = {}) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/content-check.ts', ...args], {
        encoding: 'utf8',
        env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8', ...env },
      });
    const vi = run(['test/fixtures/broken/misspelt-key.json', '--lang', 'vi']);
    expect(vi.status).toBe(1);
    expect(vi.stdout.split('\n')[0]).toBe(
      'test/fixtures/broken/misspelt-key.json:31:7  phases[1].strat  Không có tên "strat": có phải bạn muốn viết "start"?',
    );
    expect(vi.stdout.trim().split('\n').at(-1)).toBe(
      'test/fixtures/broken/misspelt-key.json: 1 lỗi; các màn hình vẫn chiếu nội dung hợp lệ gần nhất cho đến khi sửa xong.',
    );
    const byLocale = run([], { LANG: 'vi_VN.UTF-8' });
    expect(byLocale.status).toBe(0);
    expect(byLocale.stdout).toMatch(/^content\/bundle\.json: Hợp lệ — 5 đợt, 5 khẩu hiệu/);
    expect(run(['--lang', 'en'], { LANG: 'vi_VN.UTF-8' }).stdout).toMatch(/: OK — 5 phases/);
    const wrong = run(['--lang', 'de']);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/--lang takes "vi" or "en"/);
  });

  it('exits 2 when the file cannot be read', () => {
    const run = cli('test/fixtures/no-such-file.json');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/cannot read the file \(ENOENT\)/);
  });

  it("a bundle of over 1.5 MB is checked as valid (the 5 MB timing is npm run bench's)", () => {
    const bundle = JSON.parse(readText('test/fixtures/minimal.json'));
    const slogan = 'Chào mừng Đại hội đại biểu toàn quốc lần thứ XIII của Đảng! '.repeat(2).trim();
    bundle.slogans = Array.from({ length: 1000 }, (_, index) => ({ id: `s${index}`, text: slogan }));
    bundle.milestones = Array.from({ length: 500 }, (_, index) => ({
      id: `m${index}`,
      figure: '35',
      unit: 'năm',
      caption: 'đổi mới '.repeat(20).trim(),
    }));
    bundle.themes = Array.from({ length: 500 }, (_, index) => ({ id: `t${index}`, text: 'Tuyên truyền '.repeat(150).trim() }));
    bundle.purposes = Array.from({ length: 500 }, (_, index) => ({ id: `u${index}`, text: 'Mục đích '.repeat(200).trim() }));
    const text = JSON.stringify(bundle, null, 2);
    expect(text.length).toBeGreaterThan(1_500_000);
    expect(checkBundle(text).ok).toBe(true);
  });
});

it('the CLI is runnable through npm', () => {
  const out = execFileSync('npm', ['run', '-s', 'content:check', '--', 'test/fixtures/minimal.json'], { encoding: 'utf8' });
  expect(out).toMatch(/^test\/fixtures\/minimal\.json: OK/);
});

describe('invisible characters in display text are refused by name', () => {
  it('in a name, the CLI prints the character as its code, never the character itself', () => {
    const dir = mkdtempSync(join(tmpdir(), 'signage-hostile-'));
    const file = join(dir, 'hostile.json');
    writeFileSync(
      file,
      bundle((value) => (value.settings['\u001b[2J\u001b]0;owned\u0007\u202eevil'] = 1)),
    );
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/content-check.ts', file], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    // eslint-disable-next-line no-control-regex -- control characters are what must not reach the terminal
    expect(run.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(run.stdout).toContain(
      'settings["<U+001B>[2J<U+001B>]0;owned<U+0007><U+202E>evil"]  Unknown name "<U+001B>[2J<U+001B>]0;owned<U+0007><U+202E>evil": remove it.',
    );
  });
});
