/**
 * The words of the Screens tab (preview-screens.ts, preview-screen-now.ts, preview-plays.ts), in
 * one place: Vietnamese, the page's source language, through @lit/localize's msg(); the English is
 * in xliff/en.xlf. Its own table, not an area of i18n.ts's: its short keys (download, refresh,
 * colKind…) are the page's too, so its msg() ids carry a `screens.` prefix.
 */
import { msg, str } from '@lit/localize';
import type { Placeholders } from './localization';

const WORDS = {
  title: () => msg('Các màn hình', { id: 'screens.title' }),
  hint: () =>
    msg(
      'Mỗi màn hình có tên thiết bị (?device=) đều gửi tình trạng về máy chủ. Màn hình có sự cố được xếp lên đầu. Trang tự làm mới sau mỗi 30 giây.',
      {
        id: 'screens.hint',
      },
    ),
  signIn: () =>
    msg('Đăng nhập (tab “Bản nháp và đăng”) bằng tài khoản biên tập viên hoặc người đăng để xem các màn hình.', { id: 'screens.signIn' }),
  refreshed: (v: Placeholders) => msg(str`Làm mới lúc ${v.time}`, { id: 'screens.refreshed' }),
  refreshing: () => msg('Đang làm mới…', { id: 'screens.refreshing' }),
  refresh: () => msg('Làm mới', { id: 'screens.refresh' }),
  failed: (v: Placeholders) => msg(str`Không đọc được danh sách màn hình: ${v.reason}`, { id: 'screens.failed' }),
  none: () =>
    msg('Chưa màn hình nào gửi tình trạng. Mở trình chiếu với ?device=TÊN&key=KHÓA (xem README, mục “Each screen”).', {
      id: 'screens.none',
    }),
  live: (v: Placeholders) => msg(str`Nội dung đang đăng: ${v.version}`, { id: 'screens.live' }),
  colDevice: () => msg('Thiết bị', { id: 'screens.colDevice' }),
  colState: () => msg('Tình trạng', { id: 'screens.colState' }),
  colShows: () => msg('Đang chiếu', { id: 'screens.colShows' }),
  colProblems: () => msg('Chi tiết', { id: 'screens.colProblems' }),
  verdict_offline: () => msg('Mất liên lạc', { id: 'screens.verdict_offline' }),
  verdict_trouble: () => msg('Có sự cố', { id: 'screens.verdict_trouble' }),
  verdict_behind: () => msg('Chưa cập nhật', { id: 'screens.verdict_behind' }),
  verdict_asleep: () => msg('Đang nghỉ (giờ tắt)', { id: 'screens.verdict_asleep' }),
  verdict_ok: () => msg('Bình thường', { id: 'screens.verdict_ok' }),
  online: (v: Placeholders) => msg(str`Báo cáo lúc ${v.time}`, { id: 'screens.online' }),
  offlineSince: (v: Placeholders) => msg(str`Mất liên lạc từ ${v.time}`, { id: 'screens.offlineSince' }),
  asleepUntil: (v: Placeholders) => msg(str`Màn hình tắt theo giờ đến ${v.time}: bình thường`, { id: 'screens.asleepUntil' }),
  problem_unreadable: () => msg('Không đọc được tệp tình trạng', { id: 'screens.problem_unreadable' }),
  problem_offline: (v: Placeholders) => msg(str`Không báo cáo từ ${v.since}`, { id: 'screens.problem_offline' }),
  problem_behind: (v: Placeholders) => msg(str`Chưa nhận nội dung mới (${v.detail}) từ ${v.since}`, { id: 'screens.problem_behind' }),
  problem_rejected: (v: Placeholders) => msg(str`Từ chối nội dung: ${v.detail}`, { id: 'screens.problem_rejected' }),
  problem_clock: (v: Placeholders) => msg(str`Đồng hồ sai (màn hình báo ${v.detail})`, { id: 'screens.problem_clock' }),
  problem_stale: (v: Placeholders) => msg(str`Nội dung cũ từ ${v.since}`, { id: 'screens.problem_stale' }),
  problem_watchdog: (v: Placeholders) => msg(str`Sắp tải lại: ${v.detail}`, { id: 'screens.problem_watchdog' }),
  problem_reloads: (v: Placeholders) => msg(str`Đã tự tải lại ${v.detail} lần`, { id: 'screens.problem_reloads' }),
  problem_app: (v: Placeholders) => msg(str`Phiên bản ứng dụng cũ: ${v.detail}`, { id: 'screens.problem_app' }),
  problem_current: (v: Placeholders) =>
    msg(str`Không còn nội dung hiện hành từ ${v.detail}: hãy đăng nội dung mới`, { id: 'screens.problem_current' }),
  problem_currentNone: () => msg('Không có nội dung hiện hành: hãy đăng nội dung mới', { id: 'screens.problem_currentNone' }),
  storage: (v: Placeholders) => msg(str`Bộ nhớ: ${v.used} / ${v.quota}`, { id: 'screens.storage' }),
  storageMedia: (v: Placeholders) =>
    msg(str`Bộ nhớ: ${v.used} / ${v.quota} · ảnh và video: ${v.files} tệp, ${v.size}`, { id: 'screens.storageMedia' }),
  lastError: (v: Placeholders) => msg(str`Lỗi gần nhất (${v.time}): ${v.message}`, { id: 'screens.lastError' }),
  screenProfile: (v: Placeholders) => msg(str`Màn hình ${v.screen} · nội dung ${v.version}`, { id: 'screens.screenProfile' }),
  asOf: (v: Placeholders) => msg(str`Trang chiếu lúc ${v.time}`, { id: 'screens.asOf' }),
  unknownVersion: (v: Placeholders) =>
    msg(str`Không vẽ được: phiên bản ${v.version} không có trên máy chủ (kể cả trong lịch sử).`, { id: 'screens.unknownVersion' }),
  noSlide: (v: Placeholders) => msg(str`Không vẽ được trang ${v.slide} từ phiên bản ${v.version}.`, { id: 'screens.noSlide' }),
  blackScreen: () => msg('Màn hình đen (giờ tắt)', { id: 'screens.blackScreen' }),
  playsTitle: () => msg('Nhật ký phát', { id: 'screens.playsTitle' }),
  playsHint: () =>
    msg('Mỗi mục (khẩu hiệu, thông điệp, con số…) được chiếu bao nhiêu lần, bao nhiêu giây, theo từng màn hình và tổng cộng.', {
      id: 'screens.playsHint',
    }),
  from: () => msg('Từ ngày', { id: 'screens.from' }),
  to: () => msg('Đến ngày', { id: 'screens.to' }),
  devices: () => msg('Màn hình', { id: 'screens.devices' }),
  run: () => msg('Lập báo cáo', { id: 'screens.run' }),
  download: () => msg('Tải CSV', { id: 'screens.download' }),
  colItem: () => msg('Mục', { id: 'screens.colItem' }),
  colKind: () => msg('Loại', { id: 'screens.colKind' }),
  colPlays: () => msg('Số lần', { id: 'screens.colPlays' }),
  colSeconds: () => msg('Số giây', { id: 'screens.colSeconds' }),
  total: () => msg('Tổng', { id: 'screens.total' }),
  noPlays: () => msg('Không có lượt phát nào trong khoảng này.', { id: 'screens.noPlays' }),
  playsRead: (v: Placeholders) => msg(str`Đã đọc ${v.count} lượt phát từ ${v.files} màn hình.`, { id: 'screens.playsRead' }),
};

export type ScreensKey = keyof typeof WORDS;

/** A word of the Screens tab in the page's language now, its placeholders filled. */
export function screensText(key: ScreensKey, values: Placeholders = {}): string {
  return (WORDS[key] as (values: Placeholders) => string)(values);
}
