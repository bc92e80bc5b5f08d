import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { InventoryClient } from '@cloud-inventory/inventory';

const mainScript = fileURLToPath(new URL('../../services/inventory/src/main.ts', import.meta.url));
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** One pino line of an inventory process (the fields the tests read). */
export interface InventoryLogLine {
  msg?: string;
  jobId?: string;
  leaseToken?: number;
  holder?: string;
  port?: number;
  time?: number;
  [field: string]: unknown;
}

/**
 * `npm run inventory` as a real child process (services/inventory/src/main.ts, its configuration from a file, the
 * store from NEO4J_URI), with its pino lines kept and waited on, and a client of its API once it listens.
 */
export class InventoryReplica {
  readonly lines: InventoryLogLine[] = [];
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  client!: InventoryClient;
  private readonly child: ChildProcess;
  private readonly waiters = new Set<() => void>();
  private stderr = '';

  private constructor(
    readonly name: string,
    env: Record<string, string>,
  ) {
    this.child = spawn(process.execPath, ['--import', 'tsx', '--conditions=@cloud-inventory/source', mainScript], {
      cwd: repoRoot,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.exited = new Promise((resolve) =>
      this.child.once('exit', (code, signal) => {
        resolve({ code, signal });
        this.notify();
      }),
    );
    this.child.stderr?.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString('utf8');
    });
    createInterface({ input: this.child.stdout! }).on('line', (line) => {
      try {
        this.lines.push(JSON.parse(line) as InventoryLogLine);
      } catch {
        // Documented expected case: a line that is not pino's (a warning of Node's) is not a log entry.
        return;
      }
      this.notify();
    });
  }

  /** Starts the process and resolves once its API listens. */
  static async start(name: string, env: Record<string, string>, token: string): Promise<InventoryReplica> {
    const replica = new InventoryReplica(name, env);
    const listening = await replica.waitFor((line) => line.msg === 'inventory API listening', 60_000);
    replica.client = new InventoryClient(`127.0.0.1:${listening.port}`, { token });
    return replica;
  }

  get pid(): number {
    return this.child.pid ?? 0;
  }

  /** The first line (already logged or to come) that matches, within timeoutMs. */
  waitFor(match: (line: InventoryLogLine) => boolean, timeoutMs = 30_000): Promise<InventoryLogLine> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = this.lines.find(match);
        if (found) {
          done();
          resolve(found);
        } else if (this.child.exitCode !== null || this.child.signalCode !== null) {
          done();
          reject(new Error(`${this.name} exited before the line came: ${this.stderr.slice(-2000)}`));
        }
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`${this.name}: no such line within ${timeoutMs} ms`));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(check);
      };
      this.waiters.add(check);
      check();
    });
  }

  signal(signal: NodeJS.Signals): void {
    this.child.kill(signal);
  }

  async stop(): Promise<void> {
    this.client?.close();
    if (this.child.exitCode === null && this.child.signalCode === null) {
      this.child.kill('SIGCONT');
      this.child.kill('SIGTERM');
      const timer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
      await this.exited;
      clearTimeout(timer);
    }
  }

  private notify(): void {
    for (const waiter of [...this.waiters]) waiter();
  }
}
