// Native ESM jest (see shared TOOLCHAIN notes): ts-jest transforms .ts, NodeNext-style
// `./x.js` imports are mapped back to the .ts source, node_modules stay untransformed.
export default {
  // jest's node environment that keeps each test's stdout/stderr and prints it only when the test
  // fails (test/quiet-environment.mjs): the actions' logs are evidence, not noise.
  testEnvironment: '<rootDir>/test/quiet-environment.mjs',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, diagnostics: false, tsconfig: { sourceMap: true } }],
  },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  setupFilesAfterEnv: ['<rootDir>/test/setup.ts'],
  collectCoverageFrom: ['src/**/*.ts'],
  coverageReporters: ['text-summary', 'lcov', 'json-summary'],
  testTimeout: 60000,
};
