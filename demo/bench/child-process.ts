import { spawn, type ChildProcess } from 'node:child_process';

/**
 * How the benchmark runs the services: `compiled` imports the workspaces' built `dist/` (what the Docker images run),
 * `source` their TypeScript through tsx with the source condition (what `npm start` runs). tsx is loaded either way,
 * for the benchmark's own TypeScript entry files.
 */
export type BuildMode = 'compiled' | 'source';

function nodeArgs(mode: BuildMode): string[] {
  return mode === 'source'
    ? ['--import', 'tsx', '--conditions=@cloud-inventory/source', '--no-warnings']
    : ['--import', 'tsx', '--no-warnings'];
}

export interface StartedChild {
  child: ChildProcess;
  /** The first line the child printed on stdout. */
  firstLine: string;
  /** Everything the child printed on stderr (last 8 kB). */
  stderr(): string;
}

/** Spawns a TypeScript entry and waits for its first stdout line (its "ready" message). */
export function spawnTypeScript(
  mode: BuildMode,
  entry: string,
  args: string[],
  env: Record<string, string | undefined>,
  cwd: string,
  timeoutMs = 120_000,
): Promise<StartedChild> {
  const child = spawn(process.execPath, [...nodeArgs(mode), entry, ...args], {
    cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-8_000)));
  return new Promise((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => fail(new Error(`${entry} printed nothing within ${timeoutMs} ms`)), timeoutMs);
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${error.message}; stderr: ${stderr.trim().split('\n').slice(-10).join('\n')}`));
    };
    child.once('error', fail);
    child.once('exit', (code) => fail(new Error(`${entry} exited (code ${code}) before it was ready`)));
    child.stdout?.setEncoding('utf8').on('data', function onData(chunk: string) {
      stdout += chunk;
      const newline = stdout.indexOf('\n');
      if (newline < 0) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      child.stdout?.off('data', onData);
      resolve({ child, firstLine: stdout.slice(0, newline), stderr: () => stderr });
    });
  });
}

/** Waits for a child to exit; resolves with its code. */
export function exitOf(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

export interface FinishedChild {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Spawns a TypeScript entry that runs to completion; `done` gives its output. */
export function runTypeScript(
  mode: BuildMode,
  entry: string,
  args: string[],
  env: Record<string, string | undefined>,
  cwd: string,
  nodeFlags: string[] = [],
): { child: ChildProcess; done: Promise<FinishedChild> } {
  const child = spawn(process.execPath, [...nodeFlags, ...nodeArgs(mode), entry, ...args], {
    cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-16_000)));
  const done = new Promise<FinishedChild>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
  return { child, done };
}
