import type { Bundle } from './schema';
import { say, type Lang } from './say';

/** One line saying what a valid bundle holds, for the CLI and the preview. */
export function summarize(bundle: Bundle, lang: Lang = 'en'): string {
  const inferred = bundle.phases.filter((phase) => phase.inferred).length + bundle.events.filter((event) => event.inferred).length;
  if (lang === 'vi') {
    return [
      `${bundle.phases.length} đợt`,
      `${bundle.slogans.length} khẩu hiệu`,
      `${bundle.milestones.length} con số và thành tích`,
      `${bundle.events.length} sự kiện`,
      `${bundle.announcements.length} thông báo`,
      `${inferred} ngày theo thông tin công khai`,
    ].join(', ');
  }
  return [
    `${bundle.phases.length} phases`,
    `${bundle.slogans.length} slogans`,
    `${bundle.milestones.length} milestones`,
    `${bundle.events.length} events`,
    `${bundle.announcements.length} announcements`,
    `${inferred} inferred dates`,
  ].join(', ');
}

/** The checker's last line for a valid bundle, in the CLI and the preview alike. */
export function okLine(file: string, bundle: Bundle, lang: Lang = 'en'): string {
  return `${file}: ${say(lang, { en: 'OK', vi: 'Hợp lệ' })} — ${summarize(bundle, lang)}`;
}

/** The checker's last line after its problems, in the CLI and the preview alike. */
export function problemsLine(file: string, count: number, lang: Lang = 'en'): string {
  return say(lang, {
    en: `${file}: ${count} problem${count === 1 ? '' : 's'}; the screens keep showing the last good content until it is fixed.`,
    vi: `${file}: ${count} lỗi; các màn hình vẫn chiếu nội dung hợp lệ gần nhất cho đến khi sửa xong.`,
  });
}
