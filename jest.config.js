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
  globalSetup: '<rootDir>/test/setup/neo4j-global-setup.ts',
  globalTeardown: '<rootDir>/test/setup/neo4j-global-teardown.ts',
};
