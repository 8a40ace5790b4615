/**
 * The words of the forms (issue #17): section names, field labels, list actions. Vietnamese, the
 * page's source language, through @lit/localize's msg(); the English is in xliff/en.xlf. Kept apart
 * from i18n.ts (the rest of the page) so each table stays readable; its msg() ids carry a `form.`
 * prefix because its keys (field_text, remove…) are also the page's, some with other words.
 */
import { msg, str } from '@lit/localize';
import { isMessageKey, translate } from './i18n';
import type { Placeholders } from './localization';
import type { FieldLabel, SectionId } from './form-model';

const WORDS = {
  section_organization: () => msg('Đơn vị', { id: 'form.section_organization' }),
  section_plan: () => msg('Kế hoạch', { id: 'form.section_plan' }),
  section_purposes: () => msg('Mục đích', { id: 'form.section_purposes' }),
  section_themes: () => msg('Nội dung tuyên truyền', { id: 'form.section_themes' }),
  section_phases: () => msg('Các đợt tuyên truyền', { id: 'form.section_phases' }),
  section_slogans: () => msg('Khẩu hiệu', { id: 'form.section_slogans' }),
  section_milestones: () => msg('Con số, thành tích', { id: 'form.section_milestones' }),
  section_events: () => msg('Đại hội và sự kiện', { id: 'form.section_events' }),
  section_announcements: () => msg('Thông báo', { id: 'form.section_announcements' }),
  section_screens: () => msg('Màn hình', { id: 'form.section_screens' }),
  section_settings: () => msg('Cài đặt chung', { id: 'form.section_settings' }),
  sectionsNav: () => msg('Các phần nội dung', { id: 'form.sectionsNav' }),
  problemCount: (v: Placeholders) => msg(str`${v.count} lỗi`, { id: 'form.problemCount' }),
  editHint: () =>
    msg('Sửa trực tiếp trong từng ô; cột Kiểm tra cập nhật ngay khi gõ. Sửa xong, bấm “Tải xuống bundle.json” hoặc lưu bản nháp.', {
      id: 'form.editHint',
    }),
  editUnavailable: () =>
    msg(
      'Tệp đang có lỗi cú pháp JSON nên chưa sửa bằng biểu mẫu được: hãy sửa trong tab “Mã JSON” (bấm vào lỗi ở cột Kiểm tra để đến đúng dòng).',
      { id: 'form.editUnavailable' },
    ),
  add_purposes: () => msg('Thêm mục đích', { id: 'form.add_purposes' }),
  add_themes: () => msg('Thêm nội dung', { id: 'form.add_themes' }),
  add_phases: () => msg('Thêm đợt', { id: 'form.add_phases' }),
  add_slogans: () => msg('Thêm khẩu hiệu', { id: 'form.add_slogans' }),
  add_milestones: () => msg('Thêm con số', { id: 'form.add_milestones' }),
  add_events: () => msg('Thêm sự kiện', { id: 'form.add_events' }),
  add_announcements: () => msg('Thêm thông báo', { id: 'form.add_announcements' }),
  add_screens: () => msg('Thêm màn hình', { id: 'form.add_screens' }),
  addMessage: () => msg('Thêm thông điệp', { id: 'form.addMessage' }),
  messages: () => msg('Thông điệp của đợt', { id: 'form.messages' }),
  moveUp: () => msg('Chuyển lên', { id: 'form.moveUp' }),
  moveDown: () => msg('Chuyển xuống', { id: 'form.moveDown' }),
  moveUpNamed: (v: Placeholders) => msg(str`Chuyển “${v.name}” lên`, { id: 'form.moveUpNamed' }),
  moveDownNamed: (v: Placeholders) => msg(str`Chuyển “${v.name}” xuống`, { id: 'form.moveDownNamed' }),
  dragHandle: () => msg('Kéo để đổi thứ tự (hoặc dùng nút lên, xuống)', { id: 'form.dragHandle' }),
  moved: (v: Placeholders) => msg(str`Đã chuyển “${v.name}” đến vị trí ${v.position}.`, { id: 'form.moved' }),
  remove: () => msg('Xóa', { id: 'form.remove' }),
  removeNamed: (v: Placeholders) => msg(str`Xóa “${v.name}”`, { id: 'form.removeNamed' }),
  removeConfirm: () => msg('Xóa mục này?', { id: 'form.removeConfirm' }),
  empty: () => msg('Chưa có mục nào.', { id: 'form.empty' }),
  optional: () => msg('không bắt buộc', { id: 'form.optional' }),
  slideKinds: () => msg('Các loại trang chiếu, theo thứ tự', { id: 'form.slideKinds' }),
  slideKindOn: () => msg('Chiếu', { id: 'form.slideKindOn' }),
  durations: () => msg('Thời lượng riêng từng loại (giây)', { id: 'form.durations' }),
  seconds: () => msg('giây', { id: 'form.seconds' }),
  datePlaceholder: () => msg('ngày/tháng/năm', { id: 'form.datePlaceholder' }),
  dateTimePlaceholder: () => msg('ngày/tháng/năm giờ:phút', { id: 'form.dateTimePlaceholder' }),
  timePlaceholder: () => msg('giờ:phút', { id: 'form.timePlaceholder' }),
  orientation_landscape: () => msg('Ngang', { id: 'form.orientation_landscape' }),
  orientation_portrait: () => msg('Dọc', { id: 'form.orientation_portrait' }),
  priority_normal: () => msg('Bình thường', { id: 'form.priority_normal' }),
  priority_urgent: () => msg('Khẩn (chiếm cả màn hình)', { id: 'form.priority_urgent' }),
  phaseNumbered: (v: Placeholders) => msg(str`Đợt ${v.n}`, { id: 'form.phaseNumbered' }),
  field_text: () => msg('Nội dung', { id: 'form.field_text' }),
  field_title: () => msg('Tiêu đề', { id: 'form.field_title' }),
  field_message: (v: Placeholders) => msg(str`Thông điệp ${v.n}`, { id: 'form.field_message' }),
  field_figure: () => msg('Con số', { id: 'form.field_figure' }),
  field_unit: () => msg('Đơn vị tính', { id: 'form.field_unit' }),
  field_unitName: () => msg('Tên đơn vị', { id: 'form.field_unitName' }),
  field_caption: () => msg('Chú thích', { id: 'form.field_caption' }),
  field_from: () => msg('Chiếu từ ngày', { id: 'form.field_from' }),
  field_until: () => msg('Đến hết ngày', { id: 'form.field_until' }),
  field_priority: () => msg('Mức ưu tiên', { id: 'form.field_priority' }),
  field_image: () => msg('Ảnh (đường dẫn)', { id: 'form.field_image' }),
  field_year: () => msg('Năm', { id: 'form.field_year' }),
  field_party: () => msg('Dòng tên Đảng', { id: 'form.field_party' }),
  field_committee: () => msg('Cấp ủy', { id: 'form.field_committee' }),
  field_logo: () => msg('Biểu trưng (đường dẫn ảnh)', { id: 'form.field_logo' }),
  field_number: () => msg('Số kế hoạch', { id: 'form.field_number' }),
  field_place: () => msg('Địa danh', { id: 'form.field_place' }),
  field_issued: () => msg('Ngày ban hành', { id: 'form.field_issued' }),
  field_basis: () => msg('Căn cứ', { id: 'form.field_basis' }),
  field_start: () => msg('Từ ngày', { id: 'form.field_start' }),
  field_end: () => msg('Đến hết ngày', { id: 'form.field_end' }),
  field_inferred: () => msg('Ngày theo thông tin công khai (kế hoạch không ghi)', { id: 'form.field_inferred' }),
  field_approximate: () => msg('Ngày dự kiến (kế hoạch chỉ ghi tháng)', { id: 'form.field_approximate' }),
  field_countdown: () => msg('Đếm ngược trên màn hình', { id: 'form.field_countdown' }),
  field_note: () => msg('Ghi chú', { id: 'form.field_note' }),
  field_shortTitle: () => msg('Tên ngắn (trên lộ trình)', { id: 'form.field_shortTitle' }),
  field_name: () => msg('Tên màn hình', { id: 'form.field_name' }),
  field_orientation: () => msg('Chiều màn hình', { id: 'form.field_orientation' }),
  field_slideSeconds: () => msg('Thời lượng mỗi trang (giây)', { id: 'form.field_slideSeconds' }),
  field_ticker: () => msg('Dòng chữ chạy', { id: 'form.field_ticker' }),
  field_offFrom: () => msg('Tắt màn hình từ', { id: 'form.field_offFrom' }),
  field_offUntil: () => msg('Bật lại lúc', { id: 'form.field_offUntil' }),
  field_defaultScreen: () => msg('Màn hình mặc định (mã)', { id: 'form.field_defaultScreen' }),
  field_pollSeconds: () => msg('Kiểm tra nội dung mới sau mỗi (giây)', { id: 'form.field_pollSeconds' }),
  field_updateCheckSeconds: () => msg('Kiểm tra bản cập nhật ứng dụng sau mỗi (giây)', { id: 'form.field_updateCheckSeconds' }),
  field_staleAfterHours: () => msg('Báo nội dung cũ sau (giờ)', { id: 'form.field_staleAfterHours' }),
  field_dailyReloadAt: () => msg('Tải lại mỗi ngày lúc', { id: 'form.field_dailyReloadAt' }),
  field_duration: (v: Placeholders) => msg(str`${v.kind}`, { id: 'form.field_duration' }),
  field_event: () => msg('Thôi chiếu khi kết thúc sự kiện (mã sự kiện)', { id: 'form.field_event' }),
};

export type FormKey = keyof typeof WORDS;

/** A word of the forms in the page's language now, its placeholders filled. */
export function formWords(key: FormKey, values: Placeholders = {}): string {
  return (WORDS[key] as (values: Placeholders) => string)(values);
}

/** A slide kind's name ("Khẩu hiệu"), as the rest of the page says it. */
export function kindName(kind: string): string {
  const key = `kind_${kind}`;
  return isMessageKey(key) ? translate(key) : kind;
}

export const sectionKey = (id: SectionId): FormKey => `section_${id}`;
export const labelKey = (label: FieldLabel): FormKey => `field_${label}`;
