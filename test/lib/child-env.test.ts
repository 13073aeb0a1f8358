import { describe, expect, it } from '@jest/globals';
import { runStepEnvironment } from '../../src/lib/child-env.js';

describe('the environment of a user command is that of a run: step', () => {
  it('drops the inputs and the runtime service variables, keeps the OIDC request variables and the step env', () => {
    const env = runStepEnvironment({
      PATH: '/usr/bin',
      DEPLOY_KEY: 'from env:',
      'INPUT_GITHUB-TOKEN': 'ghs_x',
      INPUT_COMMAND: './deploy.sh',
      ACTIONS_RUNTIME_TOKEN: 'rt',
      ACTIONS_RUNTIME_URL: 'https://pipelines.example/',
      ACTIONS_RESULTS_URL: 'https://results.example/',
      ACTIONS_CACHE_URL: 'https://cache.example/',
      ACTIONS_CACHE_SERVICE_V2: 'True',
      ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.example/',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'idt',
      GITHUB_SHA: 'abc',
      UNSET: undefined,
    });
    expect(env).toEqual({
      PATH: '/usr/bin',
      DEPLOY_KEY: 'from env:',
      ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.example/',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'idt',
      GITHUB_SHA: 'abc',
    });
  });
});
