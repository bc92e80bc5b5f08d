import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const mainScript = fileURLToPath(new URL('./main.ts', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

/** `npm start -- --once` with only the given environment on top of PATH; resolves with its exit code and stderr. */
function runOnce(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--conditions=@cloud-inventory/source', mainScript, '--once', '--json'],
    {
      cwd: repoRoot,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  return new Promise((resolve) =>
    child.once('close', (code) => {
      clearTimeout(killer);
      resolve({ code, stderr });
    }),
  );
}

describe('npm start (the inventory with its in-process collector)', () => {
  it('exits with code 2 and the reason when the store cannot open, after stopping the collector it had started', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'inventory-start-'));
    try {
      // A file where the data directory should be: the embedded store cannot create inventory.db under it.
      const dataDir = join(dir, 'not-a-directory');
      await writeFile(dataDir, '');
      const exit = await runOnce({ INVENTORY_DATA_DIR: dataDir, INVENTORY_API_PORT: '0' });
      // Killed (code null) would mean it hung: the collector's server kept the process alive.
      expect(exit.code).toBe(2);
      expect(exit.stderr).toContain(`inventory failed to start: sqlite store unavailable: cannot open ${dataDir}`);
      // The cause follows the store's own message.
      expect(exit.stderr).toMatch(/cannot open [^\n]+: \S/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
