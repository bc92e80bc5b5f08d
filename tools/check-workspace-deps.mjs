// Each workspace's package.json declares exactly the workspaces it imports, and its tsconfig references exactly the
// ones its built (non-test) code imports. ESLint's import-x/no-extraneous-dependencies catches an import that is not
// declared; this catches the other way round: a declaration or reference that nothing uses any more.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import process from 'node:process';

const root = resolve(import.meta.dirname, '..');
const scope = '@cloud-inventory/';
const specifier = /(?:from|import\()\s*'(@cloud-inventory\/[^/']+)/g;
const testFile = /(\.test\.ts$|\/testing\/|\/bench\/)/;
const skipped = new Set(['node_modules', 'dist', 'generated']);

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return skipped.has(entry.name) ? [] : sourceFiles(path);
    return /\.(ts|mjs|js)$/.test(entry.name) ? [path] : [];
  });
}

/** The workspaces that a set of files import, other than the workspace itself. */
function importedWorkspaces(files, self) {
  const names = files.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(specifier)].map((match) => match[1]));
  return new Set(names.filter((name) => name !== self));
}

function difference(left, right) {
  return [...left].filter((name) => !right.has(name)).sort();
}

function problems(label, declared, used) {
  return [
    ...difference(used, declared).map((name) => `${label} lacks ${name}, which it imports`),
    ...difference(declared, used).map((name) => `${label} names ${name}, which it does not import`),
  ];
}

function checkWorkspace(dir, sourceDirs, tsconfigChecked) {
  const manifest = readJson(join(dir, 'package.json'));
  const declared = new Set(
    Object.keys({ ...manifest.dependencies, ...manifest.devDependencies }).filter((name) => name.startsWith(scope)),
  );
  const files = sourceDirs.flatMap((sourceDir) => sourceFiles(join(dir, sourceDir)));
  const found = [
    ...problems(`${relative(root, join(dir, 'package.json'))}`, declared, importedWorkspaces(files, manifest.name)),
  ];
  if (tsconfigChecked) {
    const referenced = new Set(
      (readJson(join(dir, 'tsconfig.json')).references ?? []).map(
        (reference) => readJson(join(dir, reference.path, 'package.json')).name,
      ),
    );
    const built = files.filter((file) => !testFile.test(file));
    found.push(
      ...problems(relative(root, join(dir, 'tsconfig.json')), referenced, importedWorkspaces(built, manifest.name)),
    );
  }
  return found;
}

const found = [
  ...readJson(join(root, 'package.json')).workspaces.flatMap((workspace) =>
    checkWorkspace(join(root, workspace), ['.'], true),
  ),
  // The root's own code is the cross-workspace tests in test/.
  ...checkWorkspace(root, ['test'], false),
];
for (const problem of found) process.stderr.write(`${problem}\n`);
process.exitCode = found.length > 0 ? 1 : 0;
