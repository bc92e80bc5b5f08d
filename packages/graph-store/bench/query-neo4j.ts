import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';

export interface QueryBenchNeo4j {
  uri: string;
  user: string;
  password: string;
  /** The launcher, when this benchmark started it: its CPU time is read from /proc. */
  child?: ChildProcess;
  stop(): void;
}

/**
 * NEO4J_URI (NEO4J_USER, NEO4J_PASSWORD) when set; else tools/neo4j-launcher's jar (the Neo4j tests' set-up builds
 * it), with NEO4J_LAUNCHER_HEAP (default 2g) and NEO4J_LAUNCHER_PAGE_CACHE (default 2g: a million resources and
 * their edges fit), and NEO4J_LAUNCHER_JAVA_OPTIONS (more JVM options, such as a flight recording). The database must hold nothing else: the benchmark empties it.
 */
export async function queryBenchNeo4j(repositoryRoot: string): Promise<QueryBenchNeo4j | { unavailable: string }> {
  const uri = process.env.NEO4J_URI;
  if (uri)
    return { uri, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '', stop() {} };
  const launcherDir = join(repositoryRoot, 'tools/neo4j-launcher');
  const jar = join(launcherDir, 'target/neo4j-launcher.jar');
  if (!existsSync(jar))
    return { unavailable: `no NEO4J_URI and no ${jar} (mvn -f tools/neo4j-launcher/pom.xml package)` };
  const child = spawn(
    'java',
    [
      `-Xmx${process.env.NEO4J_LAUNCHER_HEAP ?? '2g'}`,
      `-Dneo4jLauncher.pageCache=${process.env.NEO4J_LAUNCHER_PAGE_CACHE ?? '2g'}`,
      ...(process.env.NEO4J_LAUNCHER_JAVA_OPTIONS ?? '').split(' ').filter((option) => option !== ''),
      '-jar',
      jar,
    ],
    { cwd: launcherDir, stdio: ['pipe', 'pipe', 'pipe'] },
  );
  const launched = await launcherUri(child);
  return { uri: launched, user: 'neo4j', password: 'launcher-auth-disabled', child, stop: () => child.kill('SIGTERM') };
}

function launcherUri(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the Neo4j launcher printed no NEO4J_URI within 180 s: ${output.slice(-2000)}`));
    }, 180_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the Neo4j launcher exited (code ${code}): ${output.slice(-2000)}`));
    });
    const onOutput = (chunk: string) => {
      output = (output + chunk).slice(-8000);
      const match = /^NEO4J_URI=(\S+)$/m.exec(output);
      if (!match?.[1]) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve(match[1]);
    };
    child.stdout?.setEncoding('utf8').on('data', onOutput);
    child.stderr?.setEncoding('utf8').on('data', onOutput);
  });
}

export function benchDriver(server: QueryBenchNeo4j): Driver {
  return neo4j.driver(server.uri, neo4j.auth.basic(server.user, server.password), { disableLosslessIntegers: true });
}

/** CPU milliseconds a process has used (Linux /proc; undefined elsewhere). */
export function processCpuMs(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

/** Resident memory of a process in MiB (Linux /proc). */
export function processRssMb(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Math.round(Number(match[1]) / 1024) : undefined;
  } catch {
    return undefined;
  }
}
