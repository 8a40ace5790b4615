/**
 * The words of the page around the tabs: its header, the file toolbar, the Check column and the
 * tab names. Vietnamese, the page's source language, each message by its id through
 * @lit/localize's msg(); the English is in xliff/en.xlf. i18n.ts joins this with the page's other
 * areas into one `MessageKey`.
 */
import { msg, str } from '@lit/localize';
import type { Placeholders } from './localization';

export const pageWords = {
  appTitle: () => msg('Xem trước và sửa nội dung bảng tin', { id: 'appTitle' }),
  appSubtitle: () => msg('Xem màn hình chiếu gì vào bất kỳ ngày nào; sửa và kiểm tra nội dung trước khi đăng', { id: 'appSubtitle' }),
  language: () => msg('Ngôn ngữ', { id: 'language' }),
  file: () => msg('Tệp', { id: 'file' }),
  loadPublished: () => msg('Tải nội dung đang đăng', { id: 'loadPublished' }),
  openFile: () => msg('Mở tệp…', { id: 'openFile' }),
  dropHint: () => msg('hoặc kéo tệp bundle.json thả vào đây', { id: 'dropHint' }),
  dropHere: () => msg('Thả tệp bundle.json để mở', { id: 'dropHere' }),
  download: () => msg('Tải xuống bundle.json', { id: 'download' }),
  saveToDisk: () => msg('Lưu vào tệp', { id: 'saveToDisk' }),
  saved: (v: Placeholders) => msg(str`Đã lưu vào ${v.name}.`, { id: 'saved' }),
  saveFailed: (v: Placeholders) => msg(str`Không lưu được: ${v.reason}`, { id: 'saveFailed' }),
  edited: () => msg('Đã sửa, chưa tải xuống', { id: 'edited' }),
  unchanged: () => msg('Chưa sửa gì', { id: 'unchanged' }),
  loading: () => msg('Đang tải…', { id: 'loading' }),
  loadFailed: (v: Placeholders) => msg(str`Không tải được ${v.name}: ${v.reason}`, { id: 'loadFailed' }),
  discardConfirm: () => msg('Nội dung đang sửa chưa được lưu hay tải xuống. Bỏ các thay đổi đó?', { id: 'discardConfirm' }),
  workRestored: (v: Placeholders) =>
    msg(str`Đã mở lại nội dung đang sửa dở lúc ${v.at} (chưa lưu). Muốn bỏ, bấm “Tải nội dung đang đăng”.`, { id: 'workRestored' }),
  check: () => msg('Kiểm tra', { id: 'check' }),
  checkOk: () => msg('Hợp lệ: màn hình sẽ nhận tệp này.', { id: 'checkOk' }),
  checkBad: (v: Placeholders) =>
    msg(str`${v.count} lỗi: màn hình sẽ từ chối tệp này và tiếp tục chiếu nội dung cũ cho đến khi sửa xong.`, { id: 'checkBad' }),
  checkHint: () => msg('Bấm vào một lỗi để đến đúng chỗ cần sửa.', { id: 'checkHint' }),
  nothingCurrentSince: (v: Placeholders) =>
    msg(str`Không còn nội dung hiện hành từ ${v.date}: màn hình chỉ chiếu tên đơn vị, đồng hồ và dòng thời gian. Hãy đăng nội dung mới.`, {
      id: 'nothingCurrentSince',
    }),
  checkWarnings: (v: Placeholders) => msg(str`${v.count} cảnh báo: màn hình vẫn nhận tệp này, nhưng hãy xem lại.`, { id: 'checkWarnings' }),
  overflowWarning: (v: Placeholders) => msg(str`Tràn chữ: trang ${v.slide} trên ${v.screen}. Hãy rút ngắn chữ.`, { id: 'overflowWarning' }),
  nothingCurrent: () =>
    msg('Hôm nay không có nội dung hiện hành: màn hình chỉ chiếu tên đơn vị, đồng hồ và dòng thời gian. Hãy đăng nội dung mới.', {
      id: 'nothingCurrent',
    }),
  line: (v: Placeholders) => msg(str`dòng ${v.line}, cột ${v.col}`, { id: 'line' }),
  tabOverview: () => msg('Lịch chiếu', { id: 'tabOverview' }),
  tabEdit: () => msg('Sửa nội dung', { id: 'tabEdit' }),
  tabSlides: () => msg('Tất cả trang chiếu', { id: 'tabSlides' }),
  tabPlay: () => msg('Chạy thử', { id: 'tabPlay' }),
  tabSource: () => msg('Mã JSON', { id: 'tabSource' }),
  invalidNoView: () => msg('Sửa hết lỗi ở cột Kiểm tra để xem lịch chiếu và các trang chiếu.', { id: 'invalidNoView' }),
  remove: () => msg('Xóa', { id: 'remove' }),
  removeConfirm: () => msg('Xóa mục này?', { id: 'removeConfirm' }),
  backToPlayer: () => msg('Mở trình chiếu', { id: 'backToPlayer' }),
  readme: () => msg('Hướng dẫn', { id: 'readme' }),
  tabPublish: () => msg('Bản nháp và đăng', { id: 'tabPublish' }),
  tabScreens: () => msg('Các màn hình', { id: 'tabScreens' }),
};
