import { describe, expect, it } from 'vitest';
import { describeActionManifest } from './action-manifest.js';

describe('sync/action.yml', () => {
  const { template } = describeActionManifest({
    folder: 'sync',
    main: '../dist/action/sync/index.js',
    inputs: {
      files: ['src/action/sync/inputs.ts'],
      pattern:
        /(?:getInput|getMultilineInput|booleanInput|optional|lines|choice|urlInput)\(\s*'([a-z-]+)'/g,
    },
    readmeSection: '## Sync into GitHub secrets',
  });

  it('declares the count outputs', () => {
    const outputs = (template?.outputs ?? []).map((output) => output.id).sort();
    expect(outputs).toEqual([
      'created',
      'deleted',
      'failed',
      'report-file',
      'unchanged',
      'updated',
    ]);
  });
});
