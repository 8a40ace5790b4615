/**
 * The checker's two languages. Every message is written in English and in Vietnamese side by side;
 * the caller picks one (`content:check --lang vi`, the staff page by its language). Positions never
 * depend on the language: the same check runs, only the words differ.
 */
import type * as v from 'valibot';

export type Lang = 'en' | 'vi';
export const LANGS: readonly Lang[] = ['en', 'vi'];

/** A message in both languages. */
export interface Words {
  en: string;
  vi: string;
}

export function say(lang: Lang | undefined, words: Words): string {
  return lang === 'vi' ? words.vi : words.en;
}

/** A valibot message that speaks the language of the parse (`safeParse(…, { lang })`). */
export function said<I = unknown>(words: Words | ((input: I) => Words)) {
  return (issue: v.BaseIssue<unknown>): string => say(issue.lang as Lang | undefined, typeof words === 'function' ? words(issue.input as I) : words);
}

/**
 * The Vietnamese of the nouns the schema names its fields with ("The slogan" → "Khẩu hiệu"), so
 * schema.ts names each field once, in English. A noun missing here is shown in English, and a test
 * lists every noun the schema uses.
 */
const NOUNS: Record<string, string> = {
  'The party line': 'Dòng tên Đảng',
  'The committee': 'Tên cấp ủy',
  'The unit name': 'Tên đơn vị',
  'The plan number': 'Số kế hoạch',
  'The place': 'Địa danh',
  'The plan title': 'Tên kế hoạch',
  'The basis of the plan': 'Căn cứ của kế hoạch',
  'The purpose': 'Mục đích',
  'The theme': 'Nội dung tuyên truyền',
  'The phase title': 'Tên đợt',
  'The note': 'Ghi chú',
  'A message': 'Thông điệp',
  'The slogan': 'Khẩu hiệu',
  'The figure': 'Con số',
  'The unit': 'Đơn vị tính',
  'The caption': 'Chú thích',
  'The achievement title': 'Tên thành tích',
  'The year': 'Năm',
  'The event title': 'Tên sự kiện',
  'The short title': 'Tên ngắn',
  'The announcement title': 'Tiêu đề thông báo',
  'The announcement': 'Thông báo',
  'The screen name': 'Tên màn hình',
  'The content version': 'Phiên bản nội dung',
  'The link': 'Đường dẫn',
  'This text': 'Đoạn chữ này',
  'The phase number': 'Số thứ tự của đợt',
  'The slide duration': 'Thời lượng mỗi trang',
  'The slogan duration': 'Thời lượng trang khẩu hiệu',
  'The phase duration': 'Thời lượng trang đợt tuyên truyền',
  'The milestone duration': 'Thời lượng trang con số',
  'The theme duration': 'Thời lượng trang nội dung tuyên truyền',
  'The countdown duration': 'Thời lượng trang đếm ngược',
  'The timeline duration': 'Thời lượng trang lộ trình',
  'The announcement duration': 'Thời lượng trang thông báo',
  'The video duration': 'Thời lượng tối đa của video',
  'The heartbeat': 'Chu kỳ báo cáo tình trạng màn hình',
  'Videos': 'Danh sách video',
  'The time between short items': 'Khoảng cách giữa hai mục ngắn',
  'Pages in a row': 'Số trang liền nhau',
  'The days a countdown is near': 'Số ngày đếm ngược được coi là gần',
  'The content check interval': 'Chu kỳ kiểm tra nội dung mới',
  'The app update check interval': 'Chu kỳ kiểm tra bản cập nhật ứng dụng',
  Messages: 'thông điệp',
  Phases: 'đợt',
  Purposes: 'mục đích',
  Themes: 'nội dung tuyên truyền',
  Slogans: 'khẩu hiệu',
  Milestones: 'con số và thành tích',
  Events: 'sự kiện',
  Announcements: 'thông báo',
  Screens: 'màn hình',
  'Slide kinds': 'loại trang chiếu',
};

/** The noun in Vietnamese (as written in NOUNS), or as given when it has none. */
export function viNoun(noun: string): string {
  return NOUNS[noun] ?? noun;
}

/** Nouns with a Vietnamese form, for the test that every noun the schema uses has one. */
export function hasViNoun(noun: string): boolean {
  return Object.prototype.hasOwnProperty.call(NOUNS, noun);
}

/** The language a command line asks for: `--lang vi|en`, else the locale (LC_ALL, LC_MESSAGES, LANG), else English. */
export function langFromCli(argv: readonly string[], env: Record<string, string | undefined>): { lang: Lang; rest: string[]; error?: string } {
  const rest: string[] = [];
  let lang: Lang | undefined;
  let error: string | undefined;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    const match = /^--lang(?:=(.*))?$/.exec(arg);
    if (!match) {
      rest.push(arg);
      continue;
    }
    const value = match[1] ?? argv[++index];
    if (value === 'vi' || value === 'en') lang = value;
    else error = `--lang takes "vi" or "en" (got ${value === undefined ? 'nothing' : JSON.stringify(value)}) / --lang nhận "vi" hoặc "en".`;
  }
  if (lang) return { lang, rest, ...(error ? { error } : {}) };
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return { lang: /^vi\b|^vi_/i.test(locale) ? 'vi' : 'en', rest, ...(error ? { error } : {}) };
}
