/** A small progress display on stderr: step, bar, done/total, elapsed, rate. No dependencies. */

const BAR_WIDTH = 28;

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const s = ms / 1000;
  if (s < 60) return `${s.toFixed(1)} s`;
  const m = Math.floor(s / 60);
  return `${m} min ${String(Math.round(s - m * 60)).padStart(2, '0')} s`;
}

function formatRate(perSecond: number): string {
  if (!Number.isFinite(perSecond)) return '—';
  if (perSecond >= 10_000) return `${(perSecond / 1000).toFixed(1)}k/s`;
  if (perSecond < 10) return `${perSecond.toFixed(1)}/s`;
  return `${Math.round(perSecond)}/s`;
}

export type StepTiming = { step: string; ms: number; items: number };

export class ProgressBar {
  private readonly out = process.stderr;
  private readonly tty = Boolean(process.stderr.isTTY);
  private step: string | null = null;
  private stepStart = 0;
  /** A step starts when the previous one ended (its last report), or when the bar was created. */
  private lastEventAt = performance.now();
  private lastRender = 0;
  private lastLoggedDecile = -1;
  private done = 0;
  private total = 0;
  readonly timings: StepTiming[] = [];

  /** Report progress of a step; a new step name closes the previous one. */
  update(step: string, done: number, total: number): void {
    const now = performance.now();
    if (step !== this.step) {
      this.finish();
      this.step = step;
      this.stepStart = this.lastEventAt;
      this.lastRender = 0;
      this.lastLoggedDecile = -1;
    }
    this.done = done;
    this.total = total;
    this.lastEventAt = now;
    if (this.tty) {
      if (now - this.lastRender >= 100 || done >= total) {
        this.lastRender = now;
        this.out.write(`\r\x1b[2K${this.line(now)}`);
      }
    } else {
      // Not a terminal (CI, a log file): one line per 10 %.
      const decile = total > 0 ? Math.floor((done / total) * 10) : 10;
      if (decile > this.lastLoggedDecile && done > 0) {
        this.lastLoggedDecile = decile;
        this.out.write(`${this.line(now)}\n`);
      }
    }
  }

  /** Close the current step (prints its final line and records its timing). */
  finish(): void {
    if (this.step === null) return;
    const now = this.lastEventAt;
    if (this.tty) this.out.write(`\r\x1b[2K${this.line(now)}\n`);
    else if (this.lastLoggedDecile < 10) this.out.write(`${this.line(now)}\n`);
    this.timings.push({ step: this.step, ms: now - this.stepStart, items: this.done });
    this.step = null;
  }

  private line(now: number): string {
    const elapsed = now - this.stepStart;
    const ratio = this.total > 0 ? Math.min(1, this.done / this.total) : 1;
    const filled = Math.round(ratio * BAR_WIDTH);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}`;
    const rate = elapsed > 0 ? (this.done / elapsed) * 1000 : Number.NaN;
    const count = `${this.done.toLocaleString('en-US')}/${this.total.toLocaleString('en-US')}`;
    return `${this.step!.padEnd(12)} ${bar} ${String(Math.round(ratio * 100)).padStart(3)}% ${count.padStart(21)}  ${formatDuration(elapsed).padStart(10)}  ${formatRate(rate)}`;
  }
}
