/**
 * The words of the tabs that show the schedule: Schedule (the timeline and a day's playlist), All
 * slides, Try the player and JSON text. Vietnamese, the page's source language, each message by
 * its id through @lit/localize's msg(); the English is in xliff/en.xlf. i18n.ts joins this with
 * the page's other areas into one `MessageKey`.
 */
import { msg, str } from '@lit/localize';
import type { Placeholders } from './localization';

export const scheduleWords = {
  screen: () => msg('Màn hình', { id: 'screen' }),
  day: () => msg('Ngày', { id: 'day' }),
  time: () => msg('Giờ', { id: 'time' }),
  timelineTitle: () => msg('Các đợt tuyên truyền và đại hội trên một trục thời gian', { id: 'timelineTitle' }),
  timelineHint: () => msg('Bấm vào một ngày trên biểu đồ để xem màn hình chiếu gì hôm đó.', { id: 'timelineHint' }),
  phase: () => msg('Đợt', { id: 'phase' }),
  today: () => msg('Hôm nay', { id: 'today' }),
  chosenDay: () => msg('Ngày đã chọn', { id: 'chosenDay' }),
  inferredLegend: () => msg('* Ngày theo thông tin công khai (kế hoạch không ghi)', { id: 'inferredLegend' }),
  approximateLegend: () => msg('≈ Ngày dự kiến (kế hoạch chỉ ghi tháng)', { id: 'approximateLegend' }),
  congress: () => msg('Đại hội', { id: 'congress' }),
  dayTitle: (v: Placeholders) => msg(str`Màn hình “${v.screen}” ngày ${v.date} lúc ${v.time}`, { id: 'dayTitle' }),
  dayCycle: (v: Placeholders) => msg(str`${v.count} trang, mỗi vòng ${v.duration}, rồi chiếu lặp lại.`, { id: 'dayCycle' }),
  dayFallback: () => msg('Không có gì để chiếu: màn hình hiện trang dự phòng (tên đơn vị và đồng hồ).', { id: 'dayFallback' }),
  dayUrgent: () => msg('Có thông báo khẩn: chỉ chiếu thông báo đó.', { id: 'dayUrgent' }),
  dayNoPhase: () => msg('Ngoài mọi đợt tuyên truyền.', { id: 'dayNoPhase' }),
  dayPhase: (v: Placeholders) => msg(str`Đang trong đợt ${v.number}: ${v.title}`, { id: 'dayPhase' }),
  colOrder: () => msg('STT', { id: 'colOrder' }),
  colKind: () => msg('Loại', { id: 'colKind' }),
  colContent: () => msg('Nội dung', { id: 'colContent' }),
  colDuration: () => msg('Thời lượng', { id: 'colDuration' }),
  colStarts: () => msg('Bắt đầu', { id: 'colStarts' }),
  kind_slogan: () => msg('Khẩu hiệu', { id: 'kind_slogan' }),
  kind_phase: () => msg('Đợt tuyên truyền', { id: 'kind_phase' }),
  kind_milestone: () => msg('Con số, thành tích', { id: 'kind_milestone' }),
  kind_theme: () => msg('Nội dung tuyên truyền', { id: 'kind_theme' }),
  kind_countdown: () => msg('Đếm ngược', { id: 'kind_countdown' }),
  kind_timeline: () => msg('Lộ trình', { id: 'kind_timeline' }),
  kind_announcement: () => msg('Thông báo', { id: 'kind_announcement' }),
  kind_fallback: () => msg('Dự phòng', { id: 'kind_fallback' }),
  kind_video: () => msg('Video', { id: 'kind_video' }),
  playThisDay: () => msg('Chạy thử ngày này', { id: 'playThisDay' }),
  slidesTitle: () => msg('Mọi trang chiếu mà tệp này có thể tạo ra', { id: 'slidesTitle' }),
  slidesHint: (v: Placeholders) =>
    msg(str`Vẽ đúng như trên màn hình thật, cỡ ${v.size}. Trang bị tràn chữ được đánh dấu đỏ.`, { id: 'slidesHint' }),
  landscape: () => msg('Màn hình ngang 1920×1080', { id: 'landscape' }),
  portrait: () => msg('Màn hình dọc 1080×1920', { id: 'portrait' }),
  overflow: () => msg('Tràn chữ', { id: 'overflow' }),
  playsOn: (v: Placeholders) => msg(str`chiếu ngày ${v.date}`, { id: 'playsOn' }),
  slidesCount: (v: Placeholders) => msg(str`${v.count} trang`, { id: 'slidesCount' }),
  playTitle: () => msg('Chạy thử như trên màn hình thật', { id: 'playTitle' }),
  playHint: () => msg('Mở trình chiếu thật ở ngày giờ, tốc độ và màn hình đã chọn.', { id: 'playHint' }),
  playEdited: () =>
    msg(
      'Lưu ý: trình chiếu thử dùng nội dung đang đăng trên máy chủ, chưa có các thay đổi của bạn. Muốn thấy thay đổi, hãy đăng tệp mới trước.',
      { id: 'playEdited' },
    ),
  speed: () => msg('Tốc độ', { id: 'speed' }),
  speed1: () => msg('Bình thường (1×)', { id: 'speed1' }),
  speedN: (v: Placeholders) => msg(str`${v.n}× (một giây = ${v.label})`, { id: 'speedN' }),
  start: () => msg('Chạy', { id: 'start' }),
  openNewTab: () => msg('Mở trong thẻ mới', { id: 'openNewTab' }),
  sourceTitle: () => msg('Mã JSON của tệp', { id: 'sourceTitle' }),
  sourceHint: () =>
    msg(
      'Sửa trực tiếp tại đây; tệp được kiểm tra ngay khi gõ và chỗ lỗi được gạch chân đỏ. Bấm một lỗi ở cột Kiểm tra để đến đúng dòng, đúng cột.',
      { id: 'sourceHint' },
    ),
};
