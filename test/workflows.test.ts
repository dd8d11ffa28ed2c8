import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const workflowsDir = join(import.meta.dirname, '..', '.github', 'workflows');
const workflowFiles = readdirSync(workflowsDir).filter((name) => /\.ya?ml$/.test(name));

/** Validates a workflow with GitHub's own parser and returns its error messages. */
function workflowErrors(name: string): string[] {
  const content = readFileSync(join(workflowsDir, name), 'utf8');
  const result = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  return result.context.errors.getErrors().map((error) => error.message);
}

describe('GitHub workflows', () => {
  it('has workflows to validate', () => {
    expect(workflowFiles.length).toBeGreaterThan(0);
  });

  it.each(workflowFiles)('%s is valid for GitHub Actions', (name) => {
    expect(workflowErrors(name)).toEqual([]);
  });

  it('runs the tests, the dist check and the self-scan', () => {
    const ci = parse(readFileSync(join(workflowsDir, 'ci.yml'), 'utf8')) as {
      jobs: Record<string, { steps: { run?: string }[] }>;
    };
    const runs = (job: string) =>
      (ci.jobs[job]?.steps ?? []).map((step) => step.run ?? '').join('\n');
    expect(runs('test')).toContain('npm test');
    expect(runs('check-dist')).toContain('npm run build');
    expect(runs('self-scan')).toContain('dist/cli/index.js scan');
  });

  it('runs the Action itself with uses: ./, against the local Secrets Manager', () => {
    const ci = parse(readFileSync(join(workflowsDir, 'ci.yml'), 'utf8')) as {
      jobs: Record<string, { steps: { uses?: string; run?: string }[] }>;
    };
    const steps = ci.jobs['action-smoke']?.steps ?? [];
    expect(steps.filter((step) => step.uses === './').length).toBeGreaterThanOrEqual(1);
    expect(steps.map((step) => step.run ?? '').join('\n')).toContain('test/action/serve.ts');
  });

  it('rejects a broken workflow, so the check above means something', () => {
    const content =
      'on: push\njobs:\n  bad:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v5\n        run: echo both\n';
    const result = parseWorkflow({ name: 'bad.yml', content }, new NoOperationTraceWriter());
    expect(result.context.errors.getErrors().length).toBeGreaterThan(0);
  });
});
