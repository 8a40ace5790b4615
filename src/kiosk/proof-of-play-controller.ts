import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { downloadBlob } from '../browser/download';
import { PlayLog } from './play-log';
import { playLogCsv, playLogFileName, playRecord, type ShownSlide } from './play-record';

export interface PlaySource {
  /** False on a chosen clock (?at=, ?speed=, a held slide): previews record nothing. */
  enabled: boolean;
  /** What is on screen: a slide, or the screen off until an instant; undefined while loading. */
  step: { slide: ShownSlide } | { offUntil: number } | undefined;
  /** Identifies the step, so each is recorded once however often the host renders. */
  stepKey: unknown;
  at: number;
  zone: string;
  screen: string;
  contentVersion: string;
  appVersion: string;
}

export interface ProofOfPlayOptions {
  /** What is on screen, read after each render. */
  source: () => PlaySource;
  log: (message: string) => void;
  /** The IndexedDB ring buffer, unless a test passes its own. */
  playLog?: PlayLog;
}

/**
 * Proof of play for the player: a record per slide shown (and per switch-off) into the IndexedDB
 * ring buffer, the count for the status overlay, and the CSV export. It has no timers of its own:
 * it records after each render of the host. A screen without IndexedDB plays on without it, and
 * says so once.
 */
export class ProofOfPlayController implements ReactiveController {
  /** Records kept, as last counted; undefined when the log cannot be read. */
  count: number | undefined;
  /** What the last export did, or why it could not. */
  exportNote = '';
  private recordedKey: unknown;
  private failing = false;
  private readonly playLog: PlayLog;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ProofOfPlayOptions,
  ) {
    this.playLog = options.playLog ?? new PlayLog();
    host.addController(this);
  }

  /** After each render: records the step on screen if it is new. */
  hostUpdated(): void {
    const source = this.options.source();
    if (!source.enabled || !source.step || source.stepKey === this.recordedKey) return;
    this.recordedKey = source.stepKey;
    const slide = 'slide' in source.step ? source.step.slide : undefined;
    this.playLog
      .add(playRecord(source.at, source.zone, source.screen, slide, source.contentVersion, source.appVersion))
      .then(() => {
        this.failing = false;
      })
      .catch((error: unknown) => {
        if (!this.failing) this.options.log(`proof of play not recorded: ${String(error)}`);
        this.failing = true;
        this.count = undefined;
      });
  }

  async refreshCount(): Promise<void> {
    try {
      this.count = await this.playLog.count();
    } catch {
      this.count = undefined;
    }
  }

  /** Downloads every record as CSV. */
  async exportCsv(): Promise<void> {
    const { screen, at, zone } = this.options.source();
    try {
      const records = await this.playLog.all();
      // A byte-order mark, so spreadsheet programs read the Vietnamese as UTF-8.
      const blob = new Blob(['\uFEFF', playLogCsv(records)], { type: 'text/csv;charset=utf-8' });
      downloadBlob(blob, playLogFileName(screen, at, zone));
      this.exportNote = `${records.length} bản ghi · records`;
    } catch (error) {
      this.exportNote = `Không xuất được · Export failed: ${error instanceof Error ? error.message : String(error)}`;
    }
    this.host.requestUpdate();
  }
}
