import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

/**
 * STYLE.md section 1 as lint errors: each workspace and the workspaces it may import. Imports resolve to the
 * TypeScript sources (the `@cloud-inventory/source` export condition), so the zones below compare source paths.
 */
const workspaceImports = {
  'packages/protocol': [],
  'packages/collector-kit': ['packages/protocol'],
  'packages/graph-store': [],
  'packages/aws-sim': [],
  'services/collector-aws': ['packages/collector-kit', 'packages/protocol'],
  'services/inventory': ['packages/protocol', 'packages/graph-store'],
};
const composingRoots = ['demo', 'test'];
const simulator = 'packages/aws-sim';
/** Where a workspace may use what only its tests need: the simulator and the packages' `testing` exports. */
const testFiles = ['**/*.test.ts', '**/testing/**', '**/bench/**', 'test/**', 'demo/**'];
/** The root's toolchain serves every workspace: the test runner and the TypeScript loader of source runs. */
const rootToolchain = ['@jest/globals', 'tsx'];
const toolingFiles = ['*.config.js', '**/scripts/**', 'tools/**'];

/** Every other workspace, the composing roots and (in production code) the simulator are forbidden. */
function importZones({ simulatorAllowed }) {
  const everything = [...Object.keys(workspaceImports), ...composingRoots];
  return Object.entries(workspaceImports).flatMap(([workspace, allowed]) =>
    everything
      .filter((other) => other !== workspace && !allowed.includes(other))
      .filter((other) => !(simulatorAllowed && other === simulator))
      .map((other) => ({
        target: `./${workspace}`,
        from: `./${other}`,
        message:
          other === simulator
            ? 'Production code never imports the simulator.'
            : `${workspace} may import ${allowed.join(' and ') || 'nothing internal'} (STYLE.md section 1).`,
      })),
  );
}

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'packages/protocol/src/generated/**',
      'tools/**/target/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: {
      // no-cycle follows imports into .ts files only with these: the import-x TypeScript preset's, less its resolver.
      'import-x/extensions': importX.flatConfigs.typescript.settings['import-x/extensions'],
      'import-x/parsers': importX.flatConfigs.typescript.settings['import-x/parsers'],
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: 'tsconfig.check.json',
          conditionNames: ['@cloud-inventory/source', 'types', 'import', 'node', 'default'],
        }),
      ],
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/packages/*/src/**', '**/services/*/src/**', '@cloud-inventory/*/src/**'],
              message: 'Import another workspace by its package name.',
            },
          ],
        },
      ],
      'import-x/no-restricted-paths': ['error', { zones: importZones({ simulatorAllowed: true }) }],
      'import-x/no-relative-packages': 'error',
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-unassigned-import': 'error',
      'import-x/no-extraneous-dependencies': [
        'error',
        { devDependencies: [...testFiles, ...toolingFiles], includeInternal: true, whitelist: rootToolchain },
      ],
    },
  },
  {
    files: ['packages/*/src/**/*.ts', 'services/*/src/**/*.ts'],
    ignores: testFiles,
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: importZones({ simulatorAllowed: false }) }],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/packages/*/src/**', '**/services/*/src/**', '@cloud-inventory/*/src/**'],
              message: 'Import another workspace by its package name.',
            },
            { group: ['@cloud-inventory/*/testing'], message: 'Production code never imports test helpers.' },
          ],
        },
      ],
    },
  },
);
