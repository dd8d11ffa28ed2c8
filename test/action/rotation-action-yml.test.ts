import { describe } from 'vitest';
import { describeActionManifest } from './action-manifest.js';

describe('rotation/action.yml', () => {
  describeActionManifest({
    folder: 'rotation',
    main: '../dist/action/rotation/index.js',
    inputs: {
      files: ['src/action/rotation/inputs.ts'],
      pattern: /(?:getInput|booleanInput|optional|lines)\(\s*'([a-z-]+)'/g,
    },
    outputFiles: ['src/action/rotation/report.ts'],
    readmeSection: '## Hold rotation to a policy',
  });
});
