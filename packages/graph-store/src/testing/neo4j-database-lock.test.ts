import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { holdNeo4jDatabase } from './neo4j-database-lock.js';

const uniqueUri = () => `bolt://127.0.0.1:${Math.floor(Math.random() * 1e9)}`;

describe('the Neo4j test database lock', () => {
  it('lets one holder at a time hold a server, and the next one in when the first releases it', async () => {
    const uri = uniqueUri();
    const events: string[] = [];
    const release = await holdNeo4jDatabase(uri);
    const second = holdNeo4jDatabase(uri).then((releaseSecond) => {
      events.push('second holds');
      return releaseSecond;
    });
    await new Promise((resolve) => setTimeout(resolve, 600));
    events.push('first releases');
    await release();
    await (
      await second
    )();
    expect(events).toEqual(['first releases', 'second holds']);
    // another server is another lock
    await (
      await holdNeo4jDatabase(uniqueUri())
    )();
  });

  it('takes over the lock of a holder that died without releasing it', async () => {
    const uri = uniqueUri();
    const dead = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => dead.once('exit', resolve));
    const lock = join(
      tmpdir(),
      `cloud-inventory-neo4j-${createHash('sha256').update(uri).digest('hex').slice(0, 16)}.lock`,
    );
    await mkdir(lock);
    await writeFile(join(lock, 'pid'), String(dead.pid));
    await (
      await holdNeo4jDatabase(uri, 5_000)
    )();
  });

  it('gives up with a clear error while a live holder keeps it', async () => {
    const uri = uniqueUri();
    const release = await holdNeo4jDatabase(uri);
    await expect(holdNeo4jDatabase(uri, 500)).rejects.toThrow(/stayed held by another test file/);
    await release();
  });
});
