// The repository stands alone: its documents, code and scenarios refer only to files it holds.
// Checked: relative links in Markdown files (file and, for docs/concepts.md, #anchor), every
// `docs/…md#anchor` mention anywhere, and no reference to the developers' own machines or notes.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const tracked = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' })
  .split('\0')
  .filter((f) => f && existsSync(join(root, f)) && /\.(ts|mjs|cjs|js|md|ya?ml|json|ipynb|sh|csv|cff)$|^LICENSE$|^\.ci\//.test(f));
const read = (f: string) => readFileSync(join(root, f), 'utf8');
const SELF = 'test/package/docsLinks.test.ts'; // holds the patterns themselves

/** Explicit anchors (`<a id="x">`) and heading slugs of a Markdown file. */
function anchors(file: string): Set<string> {
  const text = read(file);
  const ids = [...text.matchAll(/<a id="([^"]+)"><\/a>/g)].map((m) => m[1]);
  const slugs = [...text.matchAll(/^#+\s+(.*)$/gm)].map((m) => m[1].trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-'));
  return new Set([...ids, ...slugs]);
}

describe('references', () => {
  it('name no file outside the repository (developer notes, machine paths)', () => {
    const pattern = /DOMAIN\.md|DOMAIN brief|\.\.\/shared\/|\/work\/(?:shared|main|wt)\b/;
    expect(tracked.filter((f) => f !== SELF && pattern.test(read(f)))).toEqual([]);
  });

  it('relative links in Markdown files lead to files that exist, and anchors to sections that exist', () => {
    const broken: string[] = [];
    for (const file of tracked.filter((f) => f.endsWith('.md'))) {
      for (const [, target] of read(file).matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/i.test(target)) continue; // https:, mailto:
        const [path, anchor] = target.split('#');
        const resolved = path === '' ? file : normalize(join(dirname(file), path));
        if (!existsSync(join(root, resolved))) broken.push(`${file}: ${target} (no file ${resolved})`);
        else if (anchor && resolved.endsWith('.md') && !anchors(resolved).has(anchor)) broken.push(`${file}: ${target} (no section #${anchor})`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('every mention of docs/NAME.md#section, in any file, names a section that exists', () => {
    const broken: string[] = [];
    for (const file of tracked.filter((f) => f !== SELF)) {
      for (const [mention, doc, first, more] of read(file).matchAll(/(docs\/[\w.-]+\.md)#([\w-]+)((?:\s+and\s+#[\w-]+)*)/g)) {
        if (!existsSync(join(root, doc))) { broken.push(`${file}: ${mention} (no file)`); continue; }
        const ids = anchors(doc);
        for (const id of [first, ...[...more.matchAll(/#([\w-]+)/g)].map((m) => m[1])]) if (!ids.has(id)) broken.push(`${file}: ${doc}#${id}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
