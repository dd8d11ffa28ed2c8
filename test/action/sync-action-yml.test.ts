import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NoOperationTraceWriter } from '@actions/workflow-parser';
import { convertActionTemplate, parseAction } from '@actions/workflow-parser/actions/index';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const content = readFileSync(join(root, 'sync', 'action.yml'), 'utf8');

/** Parses sync/action.yml with GitHub's parser; returns its errors and the converted template. */
function parse(text: string) {
  const result = parseAction({ name: 'action.yml', content: text }, new NoOperationTraceWriter());
  const errors = result.context.errors.getErrors().map((error) => error.message);
  const template =
    result.value === undefined ? undefined : convertActionTemplate(result.context, result.value);
  return { errors, template };
}

/** Every input name the sync Action's code reads. */
function inputsReadByCode(): Set<string> {
  const names = new Set<string>();
  const source = readFileSync(join(root, 'src', 'action', 'sync', 'inputs.ts'), 'utf8');
  for (const match of source.matchAll(
    /(?:getInput|getMultilineInput|booleanInput|optional|lines|choice|urlInput)\(\s*'([a-z-]+)'/g,
  ))
    names.add(match[1] ?? '');
  return names;
}

describe('sync/action.yml', () => {
  const { errors, template } = parse(content);

  it('is valid for GitHub Actions', () => {
    expect(errors).toEqual([]);
    expect(template).toBeDefined();
  });

  it('runs the committed sync bundle on node24, without a post step', () => {
    const runs = template?.runs;
    expect(runs?.using).toBe('node24');
    if (runs?.using !== 'node24') return;
    // Paths in runs are relative to the action's folder (sync/), as in github/codeql-action/init.
    expect(runs.main).toBe('../dist/action/sync/index.js');
    expect(runs.post).toBeUndefined();
    expect(existsSync(join(root, 'sync', runs.main))).toBe(true);
  });

  it('documents every input, with a default unless required', () => {
    const inputs = template?.inputs ?? [];
    expect(inputs.map((input) => input.id)).toContain('github-token');
    for (const input of inputs) {
      expect(input.description, input.id).toBeTruthy();
      if (!input.required) expect(input.default, input.id).toBeDefined();
    }
  });

  it('declares exactly the inputs the code reads', () => {
    const declared = new Set((template?.inputs ?? []).map((input) => input.id));
    expect([...inputsReadByCode()].sort()).toEqual([...declared].sort());
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

  it('documents every input and output in the README', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Sync into GitHub secrets'));
    for (const input of template?.inputs ?? [])
      expect(section, input.id).toContain(`\`${input.id}\``);
    for (const output of template?.outputs ?? [])
      expect(section, output.id).toContain(`\`${output.id}\``);
  });

  it('rejects a broken sync/action.yml, so the checks above mean something', () => {
    const broken = content.replace("using: 'node24'", "using: 'node99'");
    expect(parse(broken).errors.length).toBeGreaterThan(0);
  });
});
