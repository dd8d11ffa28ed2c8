import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { describeActionManifest, root } from './action-manifest.js';

describe('scan/action.yml', () => {
  const { template } = describeActionManifest({
    folder: 'scan',
    main: '../dist/action/scan/index.js',
    inputs: {
      files: ['src/action/scan/inputs.ts'],
      pattern:
        /(?:getInput|booleanInput|optional|choice<\w+>|choice|revisionInput)\(\s*'([a-z-]+)'/g,
    },
    outputFiles: ['src/action/scan/report.ts'],
    readmeSection: '## Pull-request check and history scan',
  });

  it('sets the outputs the README promises', () => {
    const outputs = (template?.outputs ?? []).map((output) => output.id).sort();
    expect(outputs).toEqual([
      'commits',
      'files',
      'findings',
      'new-findings',
      'range',
      'sarif-file',
    ]);
  });

  it("has README workflows GitHub's parser accepts, and a CI job that runs uses: ./scan", () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const start = readme.indexOf('## Pull-request check and history scan');
    const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
    const blocks = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
    expect(blocks.length).toBe(2);
    for (const [index, block] of blocks.entries()) {
      const content = block.startsWith('jobs:') ? `on: workflow_dispatch\n${block}` : block;
      const result = parseWorkflow(
        { name: `readme-${index}.yml`, content },
        new NoOperationTraceWriter(),
      );
      expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([]);
    }
    const ci = parseYaml(readFileSync(join(root, '.github', 'workflows', 'ci.yml'), 'utf8')) as {
      jobs: Record<string, { steps: { uses?: string }[] }>;
    };
    expect(ci.jobs.scan?.steps.map((step) => step.uses)).toContain('./scan');
  });
});
