/**
 * What the status overlay says, as plain rows: built here, pure, so the element only lays them
 * out and the wording is tested without a browser. Labels are Vietnamese · English, for the
 * college's IT staff and whoever they call.
 */
import { dateSpanLabel, durationLabel, momentLabel } from '../schedule/format';
import type { NothingCurrent } from '../schedule/current';
import type { WatchdogStatus } from './watchdog-controller';
import { recentOnly } from './watchdog';

export type Tone = 'ok' | 'warn' | 'bad';

export interface StatusRow {
  label: string;
  value: string;
  tone: Tone;
}

export interface StatusInput {
  /** Device time now. */
  now: number;
  zone: string;
  appVersion: string;
  builtAt: number;
  startedAt: number;
  worker: { supported: boolean; state: string; updateWaiting: boolean; lastCheckAt: number | undefined };
  content: {
    version: string | undefined;
    source: string | undefined;
    lastSuccessAt: number | undefined;
    lastAttemptAt: number | undefined;
    failures: number;
    /** Why the newest published bundle is rejected, while it is. */
    rejection: string | undefined;
    rejectedAt: number | undefined;
    contentSavedAt: number | undefined;
    /** What the media caches hold (pictures and clips named by bundles), as last measured. */
    media?: { files: number; bytes: number } | undefined;
  };
  /** "yes", or "no: " and why (kiosk/monitoring.ts). */
  offlineReady: string;
  /** What the browser granted the content store; undefined until it has said. */
  storage: { persistence: 'persistent' | 'best-effort' | 'unknown'; quota: number | undefined; usage: number | undefined } | undefined;
  /** Another tab of this browser profile plays; this one stands by. */
  standby: boolean;
  online: boolean;
  clockPlausible: boolean;
  /** The player's clock when it is not the device's (?at=, ?speed=). */
  simulatedNow: number | undefined;
  staleSince: number | undefined;
  staleAfterHours: number;
  /** Nothing current in the content at the player's clock (schedule/current.ts); undefined while something is. */
  nothingCurrent: NothingCurrent | undefined;
  screen: string;
  offHours: { from: string; until: string } | undefined;
  asleepUntil: number | undefined;
  wakeLock: string;
  watchdog: WatchdogStatus;
  playLogCount: number | undefined;
  heapBytes: number | undefined;
}

const SOURCE_LABELS: Record<string, string> = {
  network: 'máy chủ · server',
  cache: 'bản lưu trên máy · stored copy',
  default: 'bản mặc định của ứng dụng · built-in default',
};

export function statusRows(input: StatusInput): StatusRow[] {
  const at = (instant: number | undefined) =>
    instant === undefined ? '—' : `${momentLabel(instant, input.zone)} (${durationLabel(input.now - instant)} trước · ago)`;
  const { content, worker, watchdog } = input;
  const rows: StatusRow[] = [];
  rows.push({
    label: 'Nội dung · Content',
    value: `${content.version ?? '—'} · ${SOURCE_LABELS[content.source ?? ''] ?? 'chưa có · none yet'}`,
    tone: content.source === 'network' ? 'ok' : 'warn',
  });
  rows.push({ label: 'Lấy được lần cuối · Last fetch', value: at(content.lastSuccessAt), tone: content.failures > 0 ? 'warn' : 'ok' });
  rows.push({
    label: 'Thử lần cuối · Last attempt',
    value:
      content.lastAttemptAt === undefined
        ? '—'
        : `${at(content.lastAttemptAt)}${content.failures > 0 ? ` · ${content.failures} lần lỗi liên tiếp · failures in a row` : ''}`,
    tone: content.failures > 0 ? 'bad' : 'ok',
  });
  rows.push({
    label: 'Bản bị từ chối · Rejected bundle',
    value: content.rejection ? `${at(content.rejectedAt)}: ${content.rejection}` : 'không có · none',
    tone: content.rejection ? 'bad' : 'ok',
  });
  const ready = input.offlineReady === 'yes';
  rows.push({
    label: 'Sẵn sàng ngoại tuyến · Offline-ready',
    value: ready
      ? 'có: mất điện, mất mạng vẫn chiếu được nội dung này · yes: a power cut with no network brings this content back'
      : `KHÔNG · NO${input.offlineReady.replace(/^no/, '')}`,
    tone: ready ? 'ok' : 'bad',
  });
  const storage = input.storage;
  const megabytes = (bytes: number | undefined) => (bytes === undefined ? '?' : `${(bytes / 1e6).toFixed(bytes < 10e6 ? 1 : 0)} MB`);
  rows.push({
    label: 'Lưu trữ · Storage',
    value: !storage
      ? '—'
      : `${
          storage.persistence === 'persistent'
            ? 'bền · persistent'
            : storage.persistence === 'best-effort'
              ? 'có thể bị trình duyệt xóa khi đĩa đầy · best-effort (the browser may evict it when the disk is full)'
              : 'không rõ · unknown'
        } · ${megabytes(storage.usage)} / ${megabytes(storage.quota)}`,
    tone: storage?.persistence === 'persistent' ? 'ok' : 'warn',
  });
  const media = input.content.media;
  rows.push({
    label: 'Ảnh và video đã lưu · Media stored',
    value: media ? `${media.files} tệp · files · ${megabytes(media.bytes)}` : '—',
    tone: 'ok',
  });
  if (input.standby)
    rows.push({
      label: 'Thẻ trình chiếu · Player tab',
      value: 'tạm chờ: một thẻ khác của trình duyệt này đang chiếu · standby: another tab of this browser plays',
      tone: 'warn',
    });
  rows.push({
    label: 'Nội dung cũ · Stale content',
    value:
      input.staleSince === undefined
        ? `không · no (ngưỡng · threshold ${input.staleAfterHours} h)`
        : `từ · since ${momentLabel(input.staleSince, input.zone)}: ${
            content.rejection
              ? 'bản mới bị từ chối · the newest bundle is rejected'
              : content.failures > 0
                ? 'không tới được máy chủ · the server cannot be reached'
                : 'bản đang chiếu không lưu được để chiếu ngoại tuyến · the bundle on screen cannot be kept for offline use'
          }`,
    tone: input.staleSince === undefined ? 'ok' : 'bad',
  });
  const none = input.nothingCurrent;
  rows.push({
    label: 'Nội dung hiện hành · Current content',
    value: !none
      ? 'có · yes'
      : `KHÔNG CÒN${none.since ? ` từ ${dateSpanLabel(none.since)}` : ''}: chỉ chiếu tên đơn vị, đồng hồ và dòng thời gian; hãy đăng nội dung mới · NOTHING CURRENT${none.since ? ` since ${dateSpanLabel(none.since)}` : ''}: only the organization, the clock and the timeline play; publish new content`,
    tone: none ? 'warn' : 'ok',
  });
  rows.push({
    label: 'Ứng dụng · App',
    value: `${input.appVersion} · service worker: ${worker.supported ? worker.state : 'không dùng · not used'}${worker.updateWaiting ? ' · bản mới đang chờ · update waiting' : ''}${worker.lastCheckAt ? ` · kiểm tra · checked ${durationLabel(input.now - worker.lastCheckAt)} trước · ago` : ''}`,
    tone: worker.supported && !/error|redundant/i.test(worker.state) ? 'ok' : 'warn',
  });
  rows.push({ label: 'Mạng · Network', value: input.online ? 'có · online' : 'mất · offline', tone: input.online ? 'ok' : 'bad' });
  rows.push({
    label: 'Chạy được · Uptime',
    value: `${durationLabel(input.now - input.startedAt)} (từ · since ${momentLabel(input.startedAt, input.zone)})`,
    tone: 'ok',
  });
  rows.push({
    label: 'Đồng hồ · Clock',
    value: input.clockPlausible
      ? `${momentLabel(input.now, input.zone)}${input.simulatedNow !== undefined ? ` · giả lập · simulated ${momentLabel(input.simulatedNow, input.zone)}` : ''}`
      : `SAI · WRONG: ${momentLabel(input.now, input.zone)} is before this build (${momentLabel(input.builtAt, input.zone)}). Chỉ chiếu khẩu hiệu và dấu mốc, không đếm ngược · Slogans and milestones only, no countdown or phase, until the clock is set (NTP).`,
    tone: input.clockPlausible ? 'ok' : 'bad',
  });
  rows.push({
    label: 'Giờ tắt màn hình · Screen off',
    value: `${input.screen}: ${input.offHours ? `${input.offHours.from}–${input.offHours.until}` : 'không đặt · none set'}${input.asleepUntil !== undefined ? ` · đang tắt tới · off until ${momentLabel(input.asleepUntil, input.zone)}` : ''}`,
    tone: 'ok',
  });
  rows.push({ label: 'Giữ màn hình sáng · Wake lock', value: input.wakeLock, tone: input.wakeLock === 'held' ? 'ok' : 'warn' });
  const recentReloads = recentOnly(watchdog.memory.reloads, input.now).length;
  rows.push({
    label: 'Canh chừng · Watchdog',
    value: [
      watchdog.pending
        ? `tải lại sau · reload in ${durationLabel(watchdog.pending.reloadAt - input.now)}: ${watchdog.pending.reason}`
        : 'ổn · fine',
      `${recentReloads} lần tải lại trong 6 giờ · reloads in the last 6 hours`,
      watchdog.memory.last
        ? `lần cuối · last ${momentLabel(watchdog.memory.last.at, input.zone)}: ${watchdog.memory.last.reason}`
        : undefined,
      watchdog.nextDailyReloadAt !== undefined
        ? `tải lại hằng ngày · daily reload ${momentLabel(watchdog.nextDailyReloadAt, input.zone)}`
        : undefined,
    ]
      .filter((part) => part !== undefined)
      .join(' · '),
    tone: watchdog.pending ? 'bad' : recentReloads > 0 ? 'warn' : 'ok',
  });
  rows.push({
    label: 'Nhật ký phát · Proof of play',
    value: input.playLogCount === undefined ? 'không có · unavailable' : `${input.playLogCount} bản ghi · records`,
    tone: input.playLogCount === undefined ? 'warn' : 'ok',
  });
  if (input.heapBytes !== undefined)
    rows.push({ label: 'Bộ nhớ JS · JS heap', value: `${(input.heapBytes / 1048576).toFixed(1)} MB`, tone: 'ok' });
  return rows;
}
