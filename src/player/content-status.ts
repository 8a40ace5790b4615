/** What the content controller (content-controller.ts) reports: monitoring, the status overlay, the fleet. */
import type { ContentSource } from '../content/load';
import type { StorageReport } from '../content/store';

export interface ContentStatus {
  source: ContentSource | undefined;
  /**
   * Set while something is wrong with the content: the newest published bundle is rejected, or the
   * bundle on screen cannot be kept for offline use (both, one after the other, when both are).
   */
  error: string | undefined;
  /** Why the newest published bundle is rejected, while it is. */
  rejection: string | undefined;
  /** When the server last served a bundle that was rejected (device time). */
  rejectedAt: number | undefined;
  lastSuccessAt: number | undefined;
  lastAttemptAt: number | undefined;
  failures: number;
  /**
   * When the content a cold start would show was last confirmed by the server (real time): the
   * bundle on screen when it is stored, else the last bundle that was.
   */
  contentSavedAt: number | undefined;
  /** Never confirmed by the server: since when (device time, kept across reloads). */
  unconfirmedSince: number | undefined;
  /** Why the bundle on screen is not kept for a cold start; undefined when it is (or is the built-in one). */
  notKept: string | undefined;
  /** What the browser granted the store; undefined until it has said. */
  storage: StorageReport | undefined;
}
