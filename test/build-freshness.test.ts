import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { markBuilt, projectClosure, staleReason } from '../tools/build-freshness.mjs';

let root: string;
let app: string;
let lib: string;
const builtAt = Date.now() - 60_000;

/** A file whose modification time is `ms` (a build stamp is compared with these). */
function writeAt(path: string, ms: number, text = ''): void {
  writeFileSync(path, text);
  utimesSync(path, ms / 1000, ms / 1000);
}

/** Two projects as the repository lays them out: services/app references packages/lib. */
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'build-freshness-'));
  lib = join(root, 'packages', 'lib');
  app = join(root, 'services', 'app');
  for (const dir of [join(lib, 'src', 'nested'), join(app, 'src'), join(app, 'dist')])
    mkdirSync(dir, { recursive: true });
  const old = builtAt - 60_000;
  writeAt(join(root, 'tsconfig.base.json'), old, '{}');
  writeAt(join(lib, 'tsconfig.json'), old, '{}');
  writeAt(join(app, 'tsconfig.json'), old, JSON.stringify({ references: [{ path: '../../packages/lib' }] }));
  writeAt(join(lib, 'src', 'nested', 'lib.ts'), old);
  writeAt(join(app, 'src', 'main.ts'), old);
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('build freshness', () => {
  it('follows the project references', () => {
    expect(projectClosure(app).sort()).toEqual([lib, app].sort());
  });

  it('asks for a build until one has been recorded', () => {
    expect(staleReason(app)).toBe('not built yet');
    markBuilt(app, builtAt);
    expect(staleReason(app)).toBeUndefined();
  });

  it('asks again when a referenced project changed after the build, deep in its src', () => {
    markBuilt(app, builtAt);
    writeAt(join(lib, 'src', 'nested', 'lib.ts'), builtAt + 1_000);
    expect(staleReason(app)).toMatch(/packages\/lib changed since the last build$/);
  });

  it('asks again when the shared compiler settings changed', () => {
    markBuilt(app, builtAt);
    writeAt(join(root, 'tsconfig.base.json'), builtAt + 1_000, '{}');
    expect(staleReason(app)).toMatch(/changed since the last build$/);
  });

  it('ignores tests, which the build does not compile', () => {
    markBuilt(app, builtAt);
    writeAt(join(app, 'src', 'main.test.ts'), builtAt + 1_000);
    expect(staleReason(app)).toBeUndefined();
  });

  it('counts an edit made while the build ran as newer than the build', () => {
    markBuilt(app, builtAt);
    writeAt(join(app, 'src', 'main.ts'), builtAt + 1);
    expect(staleReason(app)).toMatch(/changed since the last build$/);
  });
});
