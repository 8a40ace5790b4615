/**
 * A value measured by an asynchronous, costly reading (what the media caches hold), kept as last
 * measured and read again at most once per interval, one reading at a time. The reports read it
 * synchronously at every render and every heartbeat; the reading itself must not follow them. Pure
 * apart from the reading it is given; time comes in as `now`.
 */
export class EverySoOften<T> {
  private value: T | undefined;
  private readAt = -Infinity;
  private reading = false;

  constructor(
    private readonly read: () => Promise<T | undefined>,
    private readonly everyMs: number,
  ) {}

  /** The last measure (undefined until the first reading ends); starts a new reading when one is due. */
  get(now: number): T | undefined {
    if (!this.reading && now - this.readAt >= this.everyMs) {
      this.reading = true;
      this.readAt = now;
      // A failed reading keeps the last measure; the next is due an interval later.
      this.read()
        .then((value) => void (this.value = value ?? this.value))
        .catch(() => undefined)
        .finally(() => (this.reading = false));
    }
    return this.value;
  }
}
