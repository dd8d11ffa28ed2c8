import { describe, expect, it } from 'vitest';
import { describeActionManifest } from './action-manifest.js';

describe('action.yml', () => {
  const { template } = describeActionManifest({
    folder: '',
    main: 'dist/action/main/index.js',
    post: 'dist/action/post/index.js',
    inputs: {
      files: ['src/action/inputs.ts', 'src/action/cleanup.ts'],
      pattern: /(?:getInput|getMultilineInput|booleanInput|integerInput|optional)\(\s*'([a-z-]+)'/g,
    },
  });

  it('keeps every input of aws-actions/aws-secretsmanager-get-secrets v2', () => {
    const declared = (template?.inputs ?? []).map((input) => input.id);
    expect(declared).toEqual(
      expect.arrayContaining([
        'secret-ids',
        'parse-json-secrets',
        'name-transformation',
        'auto-select-family-attempt-timeout',
      ]),
    );
  });
});
