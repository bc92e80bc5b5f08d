// `node tools/run-built.mjs <workspace> <entry in the workspace> [args...]` (`npm start`, `npm run demo`): runs the
// workspace's compiled entry in this process, as the images do, so no TypeScript is compiled at run time. When the
// sources changed since the last build (or on a fresh clone) it first generates the gRPC types if they are missing or
// older than proto/, then runs `tsc -b` for the workspace and what it references.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import module, { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import process from 'node:process';
import { pathToFileURL } from 'node:url';
import { markBuilt, staleReason } from './build-freshness.mjs';

const root = resolve(import.meta.dirname, '..');
const [workspace, entry, ...args] = process.argv.slice(2);
if (!workspace || !entry) {
  process.stderr.write('usage: node tools/run-built.mjs <workspace> <entry> [args...]\n');
  process.exit(2);
}
const workspaceDir = join(root, workspace);

function run(what, argv) {
  // The child's stdout goes to stderr: with --json, stdout carries only the entry's summary.
  const result = spawnSync(process.execPath, argv, { cwd: root, stdio: ['ignore', 2, 2] });
  if (result.status !== 0) {
    process.stderr.write(`${what} failed (exit code ${result.status ?? result.signal})\n`);
    process.exit(2);
  }
}

function protoTypesOutdated() {
  const generated = join(root, 'packages/protocol/src/generated');
  if (!existsSync(generated)) return true;
  const protoDir = join(root, 'proto');
  const newestProto = Math.max(...readdirSync(protoDir).map((name) => statSync(join(protoDir, name)).mtimeMs));
  return newestProto > statSync(generated).mtimeMs;
}

if (protoTypesOutdated()) run('generating the gRPC types', [join(root, 'packages/protocol/scripts/gen-types.js')]);
const reason = staleReason(workspaceDir);
if (reason !== undefined) {
  process.stderr.write(`building ${workspace}: ${reason}\n`);
  const started = Date.now();
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  run(`tsc -b ${workspace}`, [tsc, '-b', workspaceDir]);
  markBuilt(workspaceDir, started);
}

// Node.js 22.1+ keeps the code V8 compiled for each module on disk (NODE_COMPILE_CACHE names the directory, the
// system's temporary one by default; NODE_DISABLE_COMPILE_CACHE turns it off): later starts skip compiling the AWS SDK.
module.enableCompileCache?.();
const entryPath = join(workspaceDir, entry);
process.argv = [process.argv[0], entryPath, ...args];
await import(pathToFileURL(entryPath).href);
