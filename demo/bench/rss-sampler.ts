import { readFile } from 'node:fs/promises';

/** Peak resident memory of a process (VmHWM, Linux), sampled until stopped: the last sample before exit wins. */
export class PeakRssSampler {
  private peakKb = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly pid: number,
    intervalMs = 200,
  ) {
    this.timer = setInterval(() => void this.sample(), intervalMs);
    this.timer.unref();
  }

  async sample(): Promise<void> {
    const status = await readFile(`/proc/${this.pid}/status`, 'utf8').catch((error: NodeJS.ErrnoException) => {
      // The process has exited: its last sample stands.
      if (error.code === 'ENOENT' || error.code === 'ESRCH') return '';
      throw error;
    });
    const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(status);
    if (match?.[1]) this.peakKb = Math.max(this.peakKb, Number(match[1]));
  }

  /** Stops sampling; the peak in MiB. */
  async stop(): Promise<number> {
    clearInterval(this.timer);
    await this.sample();
    return Math.round((this.peakKb / 1024) * 10) / 10;
  }
}
