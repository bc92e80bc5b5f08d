import { readFile } from 'node:fs/promises';
import { cpuMsOf } from './rss-sampler.js';

/** A process's CPU and memory over one phase. */
export interface PhaseUsage {
  /** CPU time (user + system) over the phase, in ms. */
  cpuMs: number;
  /** cpuMs over the phase's wall time: 100 is one core busy all along. */
  cpuPercent: number;
  /** The largest resident set sampled during the phase (VmRSS every 200 ms: VmHWM is the whole life's peak). */
  peakRssMb: number;
}

/** Samples one process from construction to stop(). */
export class PhaseSampler {
  private peakKb = 0;
  private readonly timer: NodeJS.Timeout;
  private readonly startedAt = performance.now();

  private constructor(
    private readonly pid: number,
    private readonly cpuBefore: number,
  ) {
    this.timer = setInterval(() => void this.sample(), 200);
    this.timer.unref();
  }

  static async start(pid: number): Promise<PhaseSampler> {
    const sampler = new PhaseSampler(pid, (await cpuMsOf(pid)) ?? 0);
    await sampler.sample();
    return sampler;
  }

  async stop(): Promise<PhaseUsage> {
    clearInterval(this.timer);
    await this.sample();
    const cpuMs = ((await cpuMsOf(this.pid)) ?? this.cpuBefore) - this.cpuBefore;
    const wallMs = performance.now() - this.startedAt;
    return {
      cpuMs,
      cpuPercent: Math.round((cpuMs / wallMs) * 100),
      peakRssMb: Math.round((this.peakKb / 1024) * 10) / 10,
    };
  }

  private async sample(): Promise<void> {
    const status = await readFile(`/proc/${this.pid}/status`, 'utf8').catch(() => '');
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    if (match?.[1]) this.peakKb = Math.max(this.peakKb, Number(match[1]));
  }
}
