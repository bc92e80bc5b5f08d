// Whether a workspace's compiled dist/ is older than what it is compiled from, so `npm start` runs the build (fast,
// no TypeScript at run time) and rebuilds only after an edit. A stat of every input costs milliseconds; `tsc -b`
// itself, even with nothing to do, costs a second of loading TypeScript.
import { existsSync, readFileSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import process from 'node:process';

/** Written into the workspace's dist/ after a build succeeded: the build is as new as this file. */
export const stampName = '.build-stamp';

/** The workspace and every project its tsconfig references, directly or not (absolute directories). */
export function projectClosure(workspaceDir) {
  const seen = new Set();
  const visit = (dir) => {
    if (seen.has(dir)) return;
    seen.add(dir);
    const { references = [] } = JSON.parse(readFileSync(join(dir, 'tsconfig.json'), 'utf8'));
    for (const reference of references) visit(resolve(dir, reference.path));
  };
  visit(resolve(workspaceDir));
  return [...seen];
}

/** Newest modification time (ms) of the files a project is compiled from: its src (tests aside) and its settings. */
export function newestInputMs(projectDir) {
  const settings = ['tsconfig.json', 'package.json', '../../tsconfig.base.json'].map((name) => join(projectDir, name));
  return Math.max(
    ...settings.filter((path) => existsSync(path)).map((path) => statSync(path).mtimeMs),
    newestUnder(join(projectDir, 'src')),
  );
}

function newestUnder(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestUnder(path));
    else if (!entry.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * Why the workspace must be built before it runs, or undefined when its dist/ is newer than every input of the
 * projects it is built from.
 */
export function staleReason(workspaceDir) {
  const stamp = join(workspaceDir, 'dist', stampName);
  if (!existsSync(stamp)) return 'not built yet';
  const builtMs = statSync(stamp).mtimeMs;
  const changed = projectClosure(workspaceDir).find((project) => newestInputMs(project) > builtMs);
  return changed === undefined ? undefined : `${relative(process.cwd(), changed) || '.'} changed since the last build`;
}

/** Records a successful build (the time it started: an edit made during the build still counts as newer). */
export function markBuilt(workspaceDir, startedMs) {
  const stamp = join(workspaceDir, 'dist', stampName);
  writeFileSync(stamp, `${new Date(startedMs).toISOString()}\n`);
  utimesSync(stamp, startedMs / 1000, startedMs / 1000);
}
