/**
 * Jest global set-up: gives the Neo4j test files a real Neo4j 5.
 *
 * NEO4J_URI (with NEO4J_USER/NEO4J_PASSWORD) points the tests at an existing server. Otherwise the in-repo launcher
 * (tools/neo4j-launcher, Neo4j's test harness) is built if needed and started on a free loopback port. The server is
 * handed to the workers as NEO4J_TEST_URI/NEO4J_TEST_USER/NEO4J_TEST_PASSWORD - deliberately not as NEO4J_URI, which
 * would switch every other test that reads its store config from the environment onto this shared database.
 * Without java or mvn the Neo4j tests skip with a loud warning, except under CI=true where that fails the run.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '@jest/types';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const launcherDir = path.join(repoRoot, 'tools/neo4j-launcher');
const launcherJar = path.join(launcherDir, 'target/neo4j-launcher.jar');
/** The test files that need a running Neo4j; other runs (e.g. `jest packages/collector-kit`) do not start one. */
const neo4jTestFiles = [
  path.join(repoRoot, 'packages/graph-store/src/neo4j.contract.test.ts'),
  path.join(repoRoot, 'test/inventory-neo4j.test.ts'),
  path.join(repoRoot, 'packages/graph-store/src/neo4j/search.neo4j.test.ts'),
  path.join(repoRoot, 'test/inventory-ha.test.ts'),
];
const startTimeoutMs = 120_000;
const buildTimeoutMs = 900_000;
const testUser = 'neo4j';
const testPassword = 'launcher-auth-disabled';

export interface Neo4jLauncherHandle {
  child: ChildProcess;
  uri: string;
}

declare global {
  var __neo4jLauncher: Neo4jLauncherHandle | undefined;
}

export default async function neo4jGlobalSetup(globalConfig: Config.GlobalConfig): Promise<void> {
  const existingUri = process.env['NEO4J_URI'];
  if (existingUri) {
    process.env['NEO4J_TEST_URI'] = existingUri;
    process.env['NEO4J_TEST_USER'] = process.env['NEO4J_USER'] ?? 'neo4j';
    process.env['NEO4J_TEST_PASSWORD'] = process.env['NEO4J_PASSWORD'] ?? '';
    return;
  }
  if (!selectsNeo4jTests(globalConfig)) return;

  try {
    ensureLauncherBuilt();
    const handle = await startLauncher();
    globalThis.__neo4jLauncher = handle;
    process.env['NEO4J_TEST_URI'] = handle.uri;
    process.env['NEO4J_TEST_USER'] = testUser;
    process.env['NEO4J_TEST_PASSWORD'] = testPassword;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (process.env['CI'] === 'true') {
      throw new Error(`Neo4j could not start for the tests (CI=true requires it): ${reason}`, { cause: error });
    }
    process.env['NEO4J_TEST_UNAVAILABLE'] = reason;
    const bar = '!'.repeat(100);
    process.stderr.write(`\n${bar}\n!! Neo4j tests will be SKIPPED: ${reason}\n${bar}\n\n`);
  }
}

function selectsNeo4jTests(globalConfig: Config.GlobalConfig): boolean {
  // Jest 29 joins the path arguments into one regular expression.
  const pattern = globalConfig.testPathPattern;
  if (!pattern) return true;
  return neo4jTestFiles.some((file) => new RegExp(pattern, 'i').test(file));
}

function ensureLauncherBuilt(): void {
  if (existsSync(launcherJar) && !isSourceNewerThan(statSync(launcherJar).mtimeMs)) return;
  requireCommand('mvn', ['-v'], 'Maven (mvn) is not installed');
  // Offline first: after the first build every artifact is in ~/.m2 and the network is not needed.
  const offline = runMaven(['-o']);
  if (offline.status === 0) return;
  const online = runMaven([]);
  if (online.status !== 0) {
    throw new Error(`building tools/neo4j-launcher failed (exit ${online.status}): ${tail(online.output)}`);
  }
}

function runMaven(extraArgs: string[]): { status: number | null; output: string } {
  const result = spawnSync('mvn', ['-B', '-q', ...extraArgs, '-f', path.join(launcherDir, 'pom.xml'), 'package'], {
    encoding: 'utf8',
    timeout: buildTimeoutMs,
  });
  return { status: result.status, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

function isSourceNewerThan(jarMtimeMs: number): boolean {
  const sources = [path.join(launcherDir, 'pom.xml'), ...listFiles(path.join(launcherDir, 'src'))];
  return sources.some((file) => statSync(file).mtimeMs > jarMtimeMs);
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}

function requireCommand(command: string, args: string[], missingMessage: string): void {
  const probe = spawnSync(command, args, { encoding: 'utf8', timeout: 30_000 });
  if (probe.error) throw new Error(missingMessage, { cause: probe.error });
}

async function startLauncher(): Promise<Neo4jLauncherHandle> {
  requireCommand('java', ['-version'], 'Java (java) is not installed');
  const heap = process.env['NEO4J_LAUNCHER_HEAP'] ?? '1g';
  const child = spawn('java', [`-Xmx${heap}`, '-XX:+UseSerialGC', '-jar', launcherJar], {
    cwd: launcherDir,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  const uri = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`no NEO4J_URI line within ${startTimeoutMs} ms`)), startTimeoutMs);
    const fail = (error: Error): void => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${error.message}; launcher output: ${tail(output)}`, { cause: error }));
    };
    child.on('error', fail);
    child.on('exit', (code, signal) => fail(new Error(`the launcher exited early (code ${code}, signal ${signal})`)));
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (output = (output + chunk).slice(-8_000)));
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      output = (output + chunk).slice(-8_000);
      const match = /^NEO4J_URI=(\S+)$/m.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        child.removeAllListeners('exit');
        resolve(match[1]);
      }
    });
  });
  // Jest must not wait on the launcher's pipes; the teardown (or stdin closing with this process) stops it.
  child.unref();
  for (const stream of [child.stdin, child.stdout, child.stderr]) (stream as { unref?: () => void } | null)?.unref?.();
  return { child, uri };
}

function tail(text: string): string {
  return text.trim().split('\n').slice(-15).join('\n');
}
