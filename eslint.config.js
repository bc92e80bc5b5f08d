import js from '@eslint/js';
import tseslint from 'typescript-eslint';

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
    },
  },
  {
    files: ['packages/*/src/**/*.ts', 'services/*/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: '@cloud-inventory/aws-sim', message: 'Production code never imports the simulator.' },
            { name: '@cloud-inventory/protocol/testing', message: 'Production code never imports test helpers.' },
            { name: '@cloud-inventory/collector-kit/testing', message: 'Production code never imports test helpers.' },
            { name: '@cloud-inventory/inventory/testing', message: 'Production code never imports test helpers.' },
          ],
        },
      ],
    },
  },
);
