/**
 * The checks every action.yml of the repository gets, with GitHub's own parser: valid, runs the
 * committed bundles on node24, documents each input, declares exactly the inputs the code reads
 * and the outputs it sets, and is documented in its README section.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NoOperationTraceWriter } from '@actions/workflow-parser';
import { convertActionTemplate, parseAction } from '@actions/workflow-parser/actions/index';
import { expect, it } from 'vitest';

export const root = join(import.meta.dirname, '..', '..');

/** Parses an action.yml text with GitHub's parser; returns its errors and the converted template. */
export function parseActionText(text: string) {
  const result = parseAction({ name: 'action.yml', content: text }, new NoOperationTraceWriter());
  const errors = result.context.errors.getErrors().map((error) => error.message);
  const template =
    result.value === undefined ? undefined : convertActionTemplate(result.context, result.value);
  return { errors, template };
}

/** The first capture of `pattern` in each of these source files (paths from the repository root). */
function namesIn(files: readonly string[], pattern: RegExp): string[] {
  const names = new Set<string>();
  for (const file of files)
    for (const match of readFileSync(join(root, file), 'utf8').matchAll(pattern))
      names.add(match[1] ?? '');
  return [...names].sort();
}

/** What one action.yml is checked against. */
export interface ManifestSpec {
  /** The folder of the action.yml: '' for the root one, 'sync', 'scan', 'rotation'. */
  folder: string;
  /** `runs.main` and `runs.post` exactly as written in the file. */
  main: string;
  post?: string;
  /** Files whose `pattern` captures are the input names the code reads. */
  inputs: { files: string[]; pattern: RegExp };
  /** Files whose `setOutput('name'` calls are the outputs it sets. */
  outputFiles?: string[];
  /** The README heading of its section (`## …`); the whole README when absent. */
  readmeSection?: string;
}

/** Registers the shared checks for one action.yml; returns its text and parsed template. */
export function describeActionManifest(spec: ManifestSpec) {
  const content = readFileSync(join(root, spec.folder, 'action.yml'), 'utf8');
  const parsed = parseActionText(content);
  const { errors, template } = parsed;

  it('is valid for GitHub Actions', () => {
    expect(errors).toEqual([]);
    expect(template).toBeDefined();
  });

  it(`runs the committed bundle${spec.post ? 's' : ''} on node24, ${spec.post ? 'with' : 'without'} a post step`, () => {
    const runs = template?.runs;
    expect(runs?.using).toBe('node24');
    if (runs?.using !== 'node24') return;
    // Paths in runs are relative to the action's folder.
    expect(runs.main).toBe(spec.main);
    expect(runs.post).toBe(spec.post);
    for (const path of [runs.main, runs.post].filter((p) => p !== undefined))
      expect(existsSync(join(root, spec.folder, path)), path).toBe(true);
  });

  it('documents every input, with a default unless required', () => {
    const inputs = template?.inputs ?? [];
    expect(inputs.length).toBeGreaterThan(3);
    for (const input of inputs) {
      expect(input.description, input.id).toBeTruthy();
      if (!input.required) expect(input.default, input.id).toBeDefined();
    }
  });

  it('declares exactly the inputs the code reads and the outputs it sets', () => {
    const declared = (template?.inputs ?? []).map((input) => input.id).sort();
    expect(namesIn(spec.inputs.files, spec.inputs.pattern)).toEqual(declared);
    if (spec.outputFiles) {
      const outputs = (template?.outputs ?? []).map((output) => output.id).sort();
      expect(namesIn(spec.outputFiles, /setOutput\(\s*'([a-z-]+)'/g)).toEqual(outputs);
    }
  });

  it('documents every input and output in the README', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const start = spec.readmeSection ? readme.indexOf(spec.readmeSection) : 0;
    expect(start).toBeGreaterThanOrEqual(0);
    const end = spec.readmeSection ? readme.indexOf('\n## ', start + 1) : -1;
    const section = readme.slice(start, end < 0 ? undefined : end);
    for (const item of [...(template?.inputs ?? []), ...(template?.outputs ?? [])])
      expect(section, item.id).toContain(`\`${item.id}\``);
  });

  it('rejects a broken action.yml, so the checks above mean something', () => {
    const broken = content.replace("using: 'node24'", "using: 'node99'");
    expect(parseActionText(broken).errors.length).toBeGreaterThan(0);
  });

  return { content, ...parsed };
}
