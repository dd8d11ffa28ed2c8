import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NoOperationTraceWriter } from '@actions/workflow-parser';
import { convertActionTemplate, parseAction } from '@actions/workflow-parser/actions/index';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const content = readFileSync(join(root, 'rotation', 'action.yml'), 'utf8');

/** Parses rotation/action.yml with GitHub's parser; returns its errors and the template. */
function parse(text: string) {
  const result = parseAction({ name: 'action.yml', content: text }, new NoOperationTraceWriter());
  const errors = result.context.errors.getErrors().map((error) => error.message);
  const template =
    result.value === undefined ? undefined : convertActionTemplate(result.context, result.value);
  return { errors, template };
}

/** Every input name the rotation Action's code reads. */
function inputsReadByCode(): Set<string> {
  const names = new Set<string>();
  const source = readFileSync(join(root, 'src', 'action', 'rotation', 'inputs.ts'), 'utf8');
  for (const match of source.matchAll(/(?:getInput|booleanInput|optional|lines)\(\s*'([a-z-]+)'/g))
    names.add(match[1] ?? '');
  return names;
}

/** Every output name the rotation Action's code sets. */
function outputsSetByCode(): Set<string> {
  const source = readFileSync(join(root, 'src', 'action', 'rotation', 'report.ts'), 'utf8');
  return new Set([...source.matchAll(/setOutput\(\s*'([a-z-]+)'/g)].map((m) => m[1] ?? ''));
}

describe('rotation/action.yml', () => {
  const { errors, template } = parse(content);

  it('is valid for GitHub Actions', () => {
    expect(errors).toEqual([]);
    expect(template).toBeDefined();
  });

  it('runs the committed rotation bundle on node24, without a post step', () => {
    const runs = template?.runs;
    expect(runs?.using).toBe('node24');
    if (runs?.using !== 'node24') return;
    expect(runs.main).toBe('../dist/action/rotation/index.js');
    expect(runs.post).toBeUndefined();
    expect(existsSync(join(root, 'rotation', runs.main))).toBe(true);
  });

  it('documents every input, each with a default', () => {
    for (const input of template?.inputs ?? []) {
      expect(input.description, input.id).toBeTruthy();
      expect(input.required ?? false, input.id).toBe(false);
      expect(input.default, input.id).toBeDefined();
    }
  });

  it('declares exactly the inputs the code reads and the outputs it sets', () => {
    const declared = new Set((template?.inputs ?? []).map((input) => input.id));
    expect([...inputsReadByCode()].sort()).toEqual([...declared].sort());
    const outputs = new Set((template?.outputs ?? []).map((output) => output.id));
    expect([...outputsSetByCode()].sort()).toEqual([...outputs].sort());
  });

  it('documents every input and output in the README section', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const start = readme.indexOf('## Hold rotation to a policy');
    expect(start).toBeGreaterThan(-1);
    const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
    for (const input of template?.inputs ?? [])
      expect(section, input.id).toContain(`\`${input.id}\``);
    for (const output of template?.outputs ?? [])
      expect(section, output.id).toContain(`\`${output.id}\``);
  });

  it('rejects a broken rotation/action.yml, so the checks above mean something', () => {
    const broken = content.replace("using: 'node24'", "using: 'node99'");
    expect(parse(broken).errors.length).toBeGreaterThan(0);
  });
});
