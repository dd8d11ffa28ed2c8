/** Counts shown while a scan runs. */
export interface ProgressCounts {
  files: number;
  bytes: number;
  findings: number;
}

/**
 * A one-line progress indicator on stderr: drawn only on a terminal, and only once a scan has
 * taken longer than `delayMs`, so quick scans and logs stay clean. It shows counts, never text
 * from the files.
 */
export class Progress {
  private counts: ProgressCounts = { files: 0, bytes: 0, findings: 0 };
  private delay: ReturnType<typeof setTimeout> | undefined;
  private interval: ReturnType<typeof setInterval> | undefined;
  private drawn = false;

  constructor(
    private readonly write: (text: string) => void,
    enabled: boolean,
    delayMs = 1000,
    private readonly intervalMs = 200,
  ) {
    if (!enabled) return;
    this.delay = setTimeout(() => {
      this.draw();
      this.interval = setInterval(() => this.draw(), this.intervalMs);
      this.interval.unref();
    }, delayMs);
    this.delay.unref();
  }

  /** Records the latest counts; they are drawn on the next tick. */
  update(counts: ProgressCounts): void {
    this.counts = counts;
  }

  /** Stops drawing and erases the line. */
  stop(): void {
    clearTimeout(this.delay);
    clearInterval(this.interval);
    if (this.drawn) this.write('\r\x1b[K');
  }

  private draw(): void {
    const { files, bytes, findings } = this.counts;
    const megabytes = (bytes / 1e6).toFixed(1);
    this.write(
      `\r\x1b[Kscanning: ${files} files, ${megabytes} MB, ${findings} finding${findings === 1 ? '' : 's'}`,
    );
    this.drawn = true;
  }
}
