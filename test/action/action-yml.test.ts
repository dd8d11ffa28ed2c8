import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NoOperationTraceWriter } from '@actions/workflow-parser';
import { convertActionTemplate, parseAction } from '@actions/workflow-parser/actions/index';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const content = readFileSync(join(root, 'action.yml'), 'utf8');

/** Parses action.yml with GitHub's parser; returns its errors and the converted template. */
function parse(text: string) {
  const result = parseAction({ name: 'action.yml', content: text }, new NoOperationTraceWriter());
  const errors = result.context.errors.getErrors().map((error) => error.message);
  const template =
    result.value === undefined ? undefined : convertActionTemplate(result.context, result.value);
  return { errors, template };
}

/** Every input name the action's code reads (core.getInput, getMultilineInput, booleanInput…). */
function inputsReadByCode(): Set<string> {
  const names = new Set<string>();
  for (const file of ['inputs.ts', 'cleanup.ts']) {
    const source = readFileSync(join(root, 'src', 'action', file), 'utf8');
    for (const match of source.matchAll(
      /(?:getInput|getMultilineInput|booleanInput|integerInput|optional)\(\s*'([a-z-]+)'/g,
    ))
      names.add(match[1] ?? '');
  }
  return names;
}

describe('action.yml', () => {
  const { errors, template } = parse(content);

  it('is valid for GitHub Actions', () => {
    expect(errors).toEqual([]);
    expect(template).toBeDefined();
  });

  it('runs the committed bundles on node24, with a post step', () => {
    const runs = template?.runs;
    expect(runs?.using).toBe('node24');
    if (runs?.using !== 'node24') return;
    expect(runs.main).toBe('dist/action/main/index.js');
    expect(runs.post).toBe('dist/action/post/index.js');
    expect(existsSync(join(root, runs.main))).toBe(true);
    expect(existsSync(join(root, runs.post ?? ''))).toBe(true);
  });

  it('documents every input, with a default unless required', () => {
    const inputs = template?.inputs ?? [];
    expect(inputs.length).toBeGreaterThan(5);
    for (const input of inputs) {
      expect(input.description, input.id).toBeTruthy();
      if (!input.required) expect(input.default, input.id).toBeDefined();
    }
  });

  it('declares exactly the inputs the code reads', () => {
    const declared = new Set((template?.inputs ?? []).map((input) => input.id));
    expect([...inputsReadByCode()].sort()).toEqual([...declared].sort());
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

  it('documents every input in the README', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    for (const input of template?.inputs ?? [])
      expect(readme, input.id).toContain(`\`${input.id}\``);
  });

  it('rejects a broken action.yml, so the checks above mean something', () => {
    const broken = content.replace("using: 'node24'", "using: 'node99'");
    expect(parse(broken).errors.length).toBeGreaterThan(0);
  });
});
