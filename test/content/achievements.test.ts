/** An achievement's title and year (issue #17): in the schema, the checker's words, and the slide. */
import { describe, expect, it } from 'vitest';
import { checkBundle } from '../../src/content/validate';
import { buildPlaylist } from '../../src/schedule/playlist';
import { bundle, lines, positionOf } from '../support/bundle-edits';
import { vn } from '../helpers';

describe('an achievement with a title and a year', () => {
  const titled = bundle((value) => Object.assign(value.milestones[0], { title: 'Đảng viên mới', year: 2020 }));

  it('is valid, and the slide carries both', () => {
    const result = checkBundle(titled);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.bundle.milestones[0]).toMatchObject({ title: 'Đảng viên mới', year: 2020 });
    const slide = buildPlaylist(result.bundle, vn('2020-05-15T08:00')).slides.find((entry) => entry.id === `milestone:${result.bundle.milestones[0]!.id}`);
    expect(slide).toMatchObject({ kind: 'milestone', title: 'Đảng viên mới', year: 2020 });
  });

  it('refuses a year that is not a year, in both languages, at the year', () => {
    const text = bundle((value) => Object.assign(value.milestones[0], { year: '2020' }));
    const at = positionOf(text, '"2020"');
    expect(lines(checkBundle(text))).toEqual([`${at.line}:${at.col}  milestones[0].year  The year must be a number, without quotes.`]);
    expect(lines(checkBundle(text, 'vi'))).toEqual([`${at.line}:${at.col}  milestones[0].year  Năm phải là một số, không có ngoặc kép.`]);
    const far = checkBundle(bundle((value) => Object.assign(value.milestones[0], { year: 20200 })), 'vi');
    expect(far.problems.map((problem) => problem.message)).toEqual(['Năm tối đa là 2100.']);
  });

  it('refuses an empty or over-long title', () => {
    const empty = checkBundle(bundle((value) => Object.assign(value.milestones[0], { title: ' ' })), 'vi');
    expect(empty.problems.map((problem) => [problem.path, problem.message])).toEqual([
      ['milestones[0].title', 'Tên thành tích đang để trống: hãy viết nội dung, hoặc xóa mục này.'],
    ]);
    const long = checkBundle(bundle((value) => Object.assign(value.milestones[0], { title: 'x'.repeat(61) })));
    expect(long.problems.map((problem) => problem.message)).toEqual(['The achievement title is too long: at most 60 characters. Shorten it or split it in two.']);
  });
});
