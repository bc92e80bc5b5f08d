import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export interface BenchNeo4j {
  uri: string;
  user: string;
  password: string;
  /** The launcher's process, when this benchmark started it (its memory is measured too). */
  child?: ChildProcess;
  stop(): void;
}

/**
 * NEO4J_URI (NEO4J_USER, NEO4J_PASSWORD) when set; else the in-repo launcher (tools/neo4j-launcher, built by the
 * Neo4j tests' set-up) when its jar and java are there; else undefined and the Neo4j run is skipped. The launcher's
 * heap is NEO4J_LAUNCHER_HEAP (default 1g), its page cache NEO4J_LAUNCHER_PAGE_CACHE (default 1g, which holds the
 * store of a 100,000-resource sync, as a production server's page cache holds its store: with 256m that sync took
 * 79.9 s instead of 66.4 s, the server using 73 CPU-s instead of 51).
 */
export async function neo4jForBench(repositoryRoot: string): Promise<BenchNeo4j | { unavailable: string }> {
  const uri = process.env.NEO4J_URI;
  if (uri) {
    return { uri, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '', stop: () => {} };
  }
  const launcherDir = join(repositoryRoot, 'tools/neo4j-launcher');
  const jar = join(launcherDir, 'target/neo4j-launcher.jar');
  if (!existsSync(jar))
    return { unavailable: `no NEO4J_URI and no ${jar} (build it: mvn -f tools/neo4j-launcher package)` };
  if (spawnSync('java', ['-version']).error) return { unavailable: 'no NEO4J_URI and no java to run the launcher' };
  const heap = `-Xmx${process.env.NEO4J_LAUNCHER_HEAP ?? '1g'}`;
  const pageCache = `-Dneo4jLauncher.pageCache=${process.env.NEO4J_LAUNCHER_PAGE_CACHE ?? '1g'}`;
  const child = spawn('java', [heap, pageCache, '-XX:+UseSerialGC', '-jar', jar], {
    cwd: launcherDir,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  const launched = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the Neo4j launcher printed no NEO4J_URI within 120 s: ${output.slice(-2000)}`));
    }, 120_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the Neo4j launcher exited (code ${code}): ${output.slice(-2000)}`));
    });
    const onOutput = (chunk: string) => {
      output = (output + chunk).slice(-8000);
      const match = /^NEO4J_URI=(\S+)$/m.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        child.removeAllListeners('exit');
        resolve(match[1]);
      }
    };
    child.stdout.setEncoding('utf8').on('data', onOutput);
    child.stderr.setEncoding('utf8').on('data', onOutput);
  });
  // The launcher runs with authentication off; the driver still sends these.
  return { uri: launched, user: 'neo4j', password: 'launcher-auth-disabled', child, stop: () => child.kill('SIGTERM') };
}
