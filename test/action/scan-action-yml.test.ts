import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NoOperationTraceWriter } from '@actions/workflow-parser';
import { convertActionTemplate, parseAction } from '@actions/workflow-parser/actions/index';
import { parseWorkflow } from '@actions/workflow-parser';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const content = readFileSync(join(root, 'scan', 'action.yml'), 'utf8');

/** Parses scan/action.yml with GitHub's parser; returns its errors and the converted template. */
function parse(text: string) {
  const result = parseAction({ name: 'action.yml', content: text }, new NoOperationTraceWriter());
  const errors = result.context.errors.getErrors().map((error) => error.message);
  const template =
    result.value === undefined ? undefined : convertActionTemplate(result.context, result.value);
  return { errors, template };
}

/** Every input name the scan Action's code reads. */
function inputsReadByCode(): Set<string> {
  const names = new Set<string>();
  const source = readFileSync(join(root, 'src', 'action', 'scan', 'inputs.ts'), 'utf8');
  for (const match of source.matchAll(
    /(?:getInput|booleanInput|optional|choice<\w+>|choice|revisionInput)\(\s*'([a-z-]+)'/g,
  ))
    names.add(match[1] ?? '');
  return names;
}

/** Every output name the scan Action's code sets. */
function outputsSetByCode(): string[] {
  const source = readFileSync(join(root, 'src', 'action', 'scan', 'report.ts'), 'utf8');
  return [...source.matchAll(/setOutput\('([a-z-]+)'/g)].map((match) => match[1] ?? '').sort();
}

describe('scan/action.yml', () => {
  const { errors, template } = parse(content);

  it('is valid for GitHub Actions', () => {
    expect(errors).toEqual([]);
    expect(template).toBeDefined();
  });

  it('runs the committed scan bundle on node24, without a post step', () => {
    const runs = template?.runs;
    expect(runs?.using).toBe('node24');
    if (runs?.using !== 'node24') return;
    // Paths in runs are relative to the action's folder (scan/), as sync/action.yml does.
    expect(runs.main).toBe('../dist/action/scan/index.js');
    expect(runs.post).toBeUndefined();
    expect(existsSync(join(root, 'scan', runs.main))).toBe(true);
  });

  it('documents every input, each optional with a default', () => {
    for (const input of template?.inputs ?? []) {
      expect(input.description, input.id).toBeTruthy();
      expect(input.required, input.id).toBeFalsy();
      expect(input.default, input.id).toBeDefined();
    }
  });

  it('declares exactly the inputs the code reads, and the outputs it sets', () => {
    const declared = new Set((template?.inputs ?? []).map((input) => input.id));
    expect([...inputsReadByCode()].sort()).toEqual([...declared].sort());
    const outputs = (template?.outputs ?? []).map((output) => output.id).sort();
    expect(outputs).toEqual(outputsSetByCode());
    expect(outputs).toEqual([
      'commits',
      'files',
      'findings',
      'new-findings',
      'range',
      'sarif-file',
    ]);
  });

  it('documents every input and output in the README', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const start = readme.indexOf('## Pull-request check and history scan');
    expect(start).toBeGreaterThan(0);
    const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
    for (const input of template?.inputs ?? [])
      expect(section, input.id).toContain(`\`${input.id}\``);
    for (const output of template?.outputs ?? [])
      expect(section, output.id).toContain(`\`${output.id}\``);
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

  it('rejects a broken scan/action.yml, so the checks above mean something', () => {
    const broken = content.replace("using: 'node24'", "using: 'node99'");
    expect(parse(broken).errors.length).toBeGreaterThan(0);
  });
});
