import { readFile } from 'node:fs/promises';

/**
 * Peak resident memory of a process (VmHWM, Linux), sampled until stopped: the last sample before exit wins. Its CPU
 * time is sampled alongside (the last sample before exit: up to one interval short for a process that exits).
 */
export class PeakRssSampler {
  private peakKb = 0;
  private lastCpuMs = 0;
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
    this.lastCpuMs = (await cpuMsOf(this.pid)) ?? this.lastCpuMs;
  }

  /** CPU time used by the process at the last sample, in ms. */
  get cpuMs(): number {
    return this.lastCpuMs;
  }

  /** Stops sampling; the peak in MiB. */
  async stop(): Promise<number> {
    clearInterval(this.timer);
    await this.sample();
    return Math.round((this.peakKb / 1024) * 10) / 10;
  }
}

/** CPU time (user + system) a process has used so far, in ms; undefined once it has exited. */
export async function cpuMsOf(pid: number): Promise<number | undefined> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
  if (stat === undefined) return undefined;
  // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th, in clock ticks.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return Math.round((ticks * 1000) / clockTicksPerSecond);
}

// The kernel's USER_HZ: 100 on every Linux that Node supports.
const clockTicksPerSecond = 100;
