import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository root: the CLI runs from there so that tsx resolves the workspaces. */
export const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));
const cliEntry = fileURLToPath(new URL('../../services/inventory/src/cli/main.ts', import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

const cliCommand = (args: string[]) => [
  process.execPath,
  '--import',
  'tsx',
  '--conditions=@cloud-inventory/source',
  '--no-warnings',
  cliEntry,
  ...args,
];

/** Runs the real `cloud-inventory` CLI as a child process (TypeScript through tsx), with only the given variables. */
export function runCliProcess(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  const [program = '', ...programArgs] = cliCommand(args);
  return runProcess(program, programArgs, { PATH: process.env.PATH ?? '', ...env });
}

const shellQuoted = (arg: string) => `'${arg.replace(/'/g, `'\\''`)}'`;

/**
 * Runs the real CLI on a pseudo-terminal (util-linux `script`), as a user at a terminal would: its stdout and stderr
 * both arrive, merged, in `stdout`.
 */
export function runCliInTerminal(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  const command = cliCommand(args).map(shellQuoted).join(' ');
  return runProcess('script', ['-qfec', command, '/dev/null'], {
    PATH: process.env.PATH ?? '',
    TERM: 'xterm',
    ...env,
  });
}

function runProcess(program: string, args: string[], env: Record<string, string>): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { cwd: repositoryRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
