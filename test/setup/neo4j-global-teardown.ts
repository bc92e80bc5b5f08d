/** Jest global teardown: stops the Neo4j launcher started by the global set-up (if it started one). */
import { once } from 'node:events';
import type { Neo4jLauncherHandle } from './neo4j-global-setup.js';

const gracefulStopMs = 30_000;

export default async function neo4jGlobalTeardown(): Promise<void> {
  const handle: Neo4jLauncherHandle | undefined = globalThis.__neo4jLauncher;
  if (!handle) return;
  globalThis.__neo4jLauncher = undefined;
  const { child } = handle;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  // Closing stdin is the launcher's stop signal; SIGKILL only if it does not finish closing Neo4j in time.
  child.stdin?.end();
  const timer = setTimeout(() => child.kill('SIGKILL'), gracefulStopMs);
  try {
    await exited;
  } finally {
    clearTimeout(timer);
  }
}
