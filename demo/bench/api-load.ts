import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import type { BuildMode } from './child-process.js';
import type { LoadReport } from './api-latency.js';
import type { LoadPlan } from './api-mix.js';

/** The load processes of a phase: started and connected, then told to start and to stop. */
export class LoadProcesses {
  private constructor(private readonly children: { child: ChildProcess; lines: AsyncIterator<string> }[]) {}

  /**
   * Spawns `processes` load processes sharing `plan.clients` clients between them, and waits until they are ready;
   * their plans are written to files in `workDir` (too large for the environment).
   */
  static async start(
    plan: LoadPlan,
    processes: number,
    settings: { repositoryRoot: string; from: BuildMode; workDir: string },
  ): Promise<LoadProcesses> {
    const { repositoryRoot, from } = settings;
    const entry = join(repositoryRoot, 'demo/bench/api-load-child.ts');
    const conditions = from === 'source' ? ['--conditions=@cloud-inventory/source'] : [];
    const children = Array.from({ length: processes }, (_, index) => {
      const share = Math.floor(plan.clients / processes) + (index < plan.clients % processes ? 1 : 0);
      const planFile = join(settings.workDir, `load-plan-${index}.json`);
      writeFileSync(planFile, JSON.stringify({ ...plan, clients: share, seed: plan.seed + index }));
      const child = spawn(process.execPath, ['--import', 'tsx', ...conditions, '--no-warnings', entry], {
        cwd: repositoryRoot,
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          BENCH_LOAD_PLAN: planFile,
        },
        stdio: ['pipe', 'pipe', 'inherit'],
      });
      const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
      return { child, lines };
    });
    const load = new LoadProcesses(children);
    for (const { lines } of children) {
      const line = await load.nextLine(lines);
      if (!line.includes('"ready"')) throw new Error(`load process: unexpected first line ${line.slice(0, 200)}`);
    }
    return load;
  }

  start(): void {
    for (const { child } of this.children) child.stdin!.write('start\n');
  }

  /** Stops every client after its call in flight; each process's report. */
  async stop(): Promise<LoadReport[]> {
    for (const { child } of this.children) child.stdin!.end('stop\n');
    const reports: LoadReport[] = [];
    for (const { lines } of this.children) reports.push(JSON.parse(await this.nextLine(lines)) as LoadReport);
    return reports;
  }

  kill(): void {
    for (const { child } of this.children) if (child.exitCode === null) child.kill('SIGKILL');
  }

  private async nextLine(lines: AsyncIterator<string>): Promise<string> {
    const next = await lines.next();
    if (next.done) throw new Error('a load process exited early (its stderr is above)');
    return next.value;
  }
}
