import { describe, expect, it } from 'vitest';
import {
  PatchParser,
  unquoteGitPath,
  type NewLinesBlock,
} from '../../../src/scanner/sources/diff-parse.js';
import { parseShard, shardCommits } from '../../../src/scanner/sources/git-log-range.js';

function parse(text: string) {
  const blocks: NewLinesBlock[] = [];
  const files: [string, string | undefined][] = [];
  const parser = new PatchParser({
    onBlock: (block) => blocks.push(block),
    onFile: (_commit, path, skipped) => files.push([path, skipped]),
  });
  for (const line of text.split('\n')) parser.push(line);
  parser.end();
  return { blocks, files };
}

const commit = (sha: string) => `\x01${sha}\x1f\x1fAnn\x1fann@example.com\x1f2024-01-01T00:00:00Z`;

describe('PatchParser', () => {
  it('maps added lines to new-file line numbers, keeping one line of context', () => {
    const { blocks } = parse(
      [
        commit('a'.repeat(40)),
        '',
        'diff --git a/f.txt b/f.txt',
        'index 1..2 100644',
        '--- a/f.txt',
        '+++ b/f.txt',
        '@@ -9,2 +9,3 @@ def f():',
        ' context',
        '-old',
        '+new one',
        '+new two',
        ' after',
        '\\ No newline at end of file',
        '@@ -40 +41,0 @@',
        '-gone',
      ].join('\n'),
    );
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toMatchObject({
      path: 'f.txt',
      startLine: 9,
      lines: ['context', 'new one', 'new two', 'after'],
      added: [false, true, true, false],
    });
    expect(blocks[0]?.commit).toMatchObject({ sha: 'a'.repeat(40), author: 'Ann', parents: [] });
  });

  it('counts a merge line as added only when it is new against every parent', () => {
    const { blocks } = parse(
      [
        commit('b'.repeat(40)),
        'diff --cc shared.txt',
        '--- a/shared.txt',
        '+++ b/shared.txt',
        '@@@ -1,1 -1,1 +1,3 @@@',
        '- main side',
        ' -feature side',
        '++resolved',
        '+ from feature',
        '++evil',
      ].join('\n'),
    );
    expect(blocks[0]).toMatchObject({
      startLine: 1,
      lines: ['resolved', 'from feature', 'evil'],
      added: [true, false, true],
    });
  });

  it('reads quoted, tab-terminated and non-ASCII paths; skips deletions, binaries and submodules', () => {
    const { blocks, files } = parse(
      [
        commit('c'.repeat(40)),
        'diff --git "a/sp ace\\"q.txt" "b/sp ace\\"q.txt"',
        '+++ "b/sp ace\\"q.txt"\t',
        '@@ -0,0 +1 @@',
        '+x',
        'diff --git a/gone b/gone',
        '--- a/gone',
        '+++ /dev/null',
        '@@ -1 +0,0 @@',
        '-bye',
        'diff --git a/b.dat b/b.dat',
        'Binary files /dev/null and b/b.dat differ',
        'diff --git a/mod b/mod',
        'new file mode 160000',
        '+++ b/mod',
        '@@ -0,0 +1 @@',
        '+Subproject commit 0123456789abcdef0123456789abcdef01234567',
      ].join('\n'),
    );
    expect(blocks.map((b) => b.path)).toEqual(['sp ace"q.txt']);
    expect(files).toEqual([
      ['sp ace"q.txt', undefined],
      ['b.dat', 'binary'],
    ]);
    expect(unquoteGitPath('"b/\\303\\251.txt"')).toBe('b/é.txt');
    expect(unquoteGitPath('plain')).toBe('plain');
  });
});

describe('shards', () => {
  it('cut a commit list into contiguous parts that cover it exactly once', () => {
    const commits = Array.from({ length: 10 }, (_, i) => i);
    const parts = [1, 2, 3].map((index) => shardCommits(commits, { index, count: 3 }));
    expect(parts).toEqual([
      [0, 1, 2],
      [3, 4, 5],
      [6, 7, 8, 9],
    ]);
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    for (const bad of ['0/2', '3/2', '2', 'a/b', '1/1001'])
      expect(() => parseShard(bad)).toThrow(/i\/n/);
  });
});
