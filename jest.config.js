import { availableParallelism } from 'node:os';

/** Jest runs the TypeScript sources as native ES modules, transpiled (not type-checked: `npm run typecheck` does that) by ts-jest. */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/tsconfig.jest.json' }],
  },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testEnvironmentOptions: { customExportConditions: ['@cloud-inventory/source', 'node', 'node-addons'] },
  testMatch: [
    '<rootDir>/packages/*/src/**/*.test.ts',
    '<rootDir>/services/*/src/**/*.test.ts',
    '<rootDir>/test/**/*.test.ts',
    '<rootDir>/demo/src/**/*.test.ts',
  ],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  testTimeout: 60_000,
  // Jest's default is one worker fewer than the cores: on 2 cores that is one, which runs every file in band, one
  // after another, and leaves a core idle while a file waits (retry back-offs, child processes, sleeps). Two workers
  // at least; as many as Jest's default on larger machines.
  maxWorkers: Math.max(2, availableParallelism() - 1),
  globalSetup: '<rootDir>/test/setup/neo4j-global-setup.ts',
  globalTeardown: '<rootDir>/test/setup/neo4j-global-teardown.ts',
};
