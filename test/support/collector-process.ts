import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const mainScript = fileURLToPath(new URL('../../services/collector-aws/src/main.ts', import.meta.url));
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** One pino line of a collector process (the fields the tests read). */
export interface CollectorLogLine {
  msg?: string;
  taskId?: string;
  kind?: string;
  jobId?: string;
  [field: string]: unknown;
}

export interface CollectorProcessOptions {
  /** The endpoints the collector may send requests to (COLLECTOR_ALLOWED_ENDPOINTS): the simulator's. */
  allowedEndpoints: string[];
  /** Default 127.0.0.1 (loopback: --insecure-no-auth). */
  host?: string;
  /** Default 0: any free port, read back from the `collector listening` line. */
  port?: number;
  /** Default info: `task started` / `task finished` lines (with jobId and taskId) tell which replica ran which task. */
  logLevel?: string;
  env?: Record<string, string>;
}

/**
 * `npm run collector -- --insecure-no-auth` as a real child process (kinds inline, no worker threads), with its pino
 * lines kept, so that a test can tell which replica serves which task and SIGKILL one of them.
 */
export class CollectorProcess {
  readonly lines: CollectorLogLine[] = [];
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  host = '';
  port = 0;
  private stderr = '';
  private readonly waiters = new Set<(isExit: boolean) => void>();
  private isOutputClosed = false;

  private constructor(readonly child: ChildProcess) {
    this.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    child.stderr?.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
    if (!child.stdout) throw new Error('the collector was spawned without a stdout pipe');
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      try {
        this.lines.push(JSON.parse(line) as CollectorLogLine);
      } catch {
        // Documented expected case: a line that is not pino JSON (a runtime warning) is not a log line we read.
        return;
      }
      for (const settle of this.waiters) settle(false);
    });
    // Its stdout ends when the process dies: no line will come, every waiter settles now.
    lines.once('close', () => {
      this.isOutputClosed = true;
      for (const settle of this.waiters) settle(true);
    });
  }

  /** Spawns the collector; `ready` resolves once it listens (kill() it whatever happens, so no child outlives a test). */
  static spawn(options: CollectorProcessOptions): CollectorProcess {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--conditions=@cloud-inventory/source', mainScript, '--insecure-no-auth'],
      {
        cwd: repoRoot,
        env: {
          PATH: process.env.PATH ?? '',
          HOME: process.env.HOME ?? '',
          COLLECTOR_HOST: options.host ?? '127.0.0.1',
          COLLECTOR_PORT: String(options.port ?? 0),
          COLLECTOR_POOL_SIZE: '0',
          COLLECTOR_ALLOWED_ENDPOINTS: options.allowedEndpoints.join(','),
          LOG_LEVEL: options.logLevel ?? 'info',
          ...options.env,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    return new CollectorProcess(child);
  }

  /** Resolves once the collector listens (its host and port set), rejects if it exits first or takes `timeoutMs`. */
  async ready(timeoutMs = 60_000): Promise<void> {
    const exitedEarly = this.exited.then(({ code, signal }) => {
      throw new Error(`collector exited before listening (${signal ?? code}): ${this.stderr.trim()}`);
    });
    const bound = await Promise.race([
      this.waitFor((line) => line.msg === 'collector listening', timeoutMs),
      exitedEarly,
    ]);
    this.host = String(bound.host);
    this.port = Number(bound.port);
  }

  get pid(): number {
    return this.child.pid ?? 0;
  }

  get address(): string {
    return `${this.host}:${this.port}`;
  }

  /**
   * Resolves with the first line (already logged or to come) that matches; rejects after `timeoutMs`, or once the
   * process has exited and its last lines were read without a match.
   */
  waitFor(predicate: (line: CollectorLogLine) => boolean, timeoutMs: number): Promise<CollectorLogLine> {
    return new Promise((resolve, reject) => {
      const settle = (isExit: boolean) => {
        const line = this.lines.find(predicate);
        if (!line && !isExit) return;
        clearTimeout(timer);
        this.waiters.delete(settle);
        if (line) resolve(line);
        else reject(new Error(`collector ${this.address || `pid ${this.pid}`} exited without the awaited log line`));
      };
      const timer = setTimeout(() => {
        this.waiters.delete(settle);
        reject(new Error(`collector ${this.address || `pid ${this.pid}`}: no matching log line in ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiters.add(settle);
      settle(this.isOutputClosed);
    });
  }

  /** SIGKILL: the process dies at once, its connections with it (no graceful shutdown). */
  async kill(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
    await this.exited;
  }

  /** SIGTERM and wait (the graceful path), or nothing if it already exited. */
  async stop(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGTERM');
    await this.exited;
  }
}
