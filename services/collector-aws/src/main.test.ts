import { describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { CollectorTestClient } from './testing/collector-client.js';

const mainScript = fileURLToPath(new URL('./main.ts', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

interface Exit {
  code: number | null;
  stderr: string;
}

/** `npm run collector [-- args]` with only the given environment on top of PATH. */
function spawnCollector(args: string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', '--conditions=@cloud-inventory/source', mainScript, ...args], {
    cwd: repoRoot,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      COLLECTOR_POOL_SIZE: '0',
      // Off: the default 9465 may be taken by another collector on this machine.
      COLLECTOR_METRICS_PORT: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function exitOf(child: ChildProcess): Promise<Exit> {
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stderr })));
}

/** The `collector listening` log line, once the server is bound. */
function listening(child: ChildProcess): Promise<{ host: string; port: number; auth: boolean }> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    child.once('close', (code) => reject(new Error(`collector exited with ${code}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      for (const line of stdout.split('\n')) {
        if (!line.includes('"collector listening"')) continue;
        resolve(JSON.parse(line) as { host: string; port: number; auth: boolean });
      }
    });
  });
}

describe('the collector binary (npm run collector)', () => {
  it('refuses to start without COLLECTOR_API_TOKEN, with exit code 2 and the fix', async () => {
    const exit = await exitOf(spawnCollector([], { COLLECTOR_PORT: '0' }));
    expect(exit.code).toBe(2);
    expect(exit.stderr).toMatch(/^collector-aws: COLLECTOR_API_TOKEN: required .*--insecure-no-auth/);
  });

  it('starts with --insecure-no-auth on loopback only, and answers there without a token', async () => {
    const child = spawnCollector(['--insecure-no-auth'], { COLLECTOR_PORT: '0' });
    const exited = exitOf(child);
    try {
      const bound = await listening(child);
      expect(bound).toMatchObject({ host: '127.0.0.1', auth: false });
      const client = new CollectorTestClient(`127.0.0.1:${bound.port}`);
      const init = await new Promise((resolve, reject) =>
        client.collector.Init({}, client.metadata(), (error, response) => (error ? reject(error) : resolve(response))),
      );
      client.close();
      expect(init).toMatchObject({ provider: 'aws' });
    } finally {
      child.kill('SIGTERM');
    }
    expect((await exited).code).toBe(0);
  });

  it('refuses --insecure-no-auth on a host that is not loopback', async () => {
    const exit = await exitOf(
      spawnCollector(['--insecure-no-auth'], { COLLECTOR_PORT: '0', COLLECTOR_HOST: '0.0.0.0' }),
    );
    expect(exit.code).toBe(2);
    expect(exit.stderr).toMatch(/COLLECTOR_HOST: --insecure-no-auth serves on loopback only .*not 0\.0\.0\.0/);
  });

  it('refuses an allowed endpoint that is not an origin', async () => {
    const exit = await exitOf(
      spawnCollector([], {
        COLLECTOR_PORT: '0',
        COLLECTOR_API_TOKEN: 'a-token-for-this-test',
        COLLECTOR_ALLOWED_ENDPOINTS: 'http://127.0.0.1:4566,not a url',
      }),
    );
    expect(exit.code).toBe(2);
    expect(exit.stderr).toMatch(/COLLECTOR_ALLOWED_ENDPOINTS\[1\]: must be an http\(s\) origin/);
  });
});
