import { afterEach } from '@jest/globals';

// core.setFailed() sets process.exitCode; left alone, green tests would still exit 1.
afterEach(() => {
  process.exitCode = undefined;
});
