import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parseChapter} from '../../src/lib/parse-chapter';
import {readManual} from '../../src/node/read-manual-fs';

const VALID = readFileSync('tests/fixtures/manuals/small/bullying.md', 'utf8');
const CONFIG = readFileSync('tests/fixtures/manuals/small/manual.yml', 'utf8');

/** A one-chapter manual in a fresh folder, holding `content` as bullying.md. */
async function check(content: string | Buffer) {
  const root = mkdtempSync(path.join(tmpdir(), 'procedures-hostile-'));
  writeFileSync(path.join(root, 'manual.yml'), CONFIG);
  writeFileSync(path.join(root, 'bullying.md'), content);
  const {manual, problems} = await readManual({root, docsDir: '.'});
  return {manual, problems: problems.map((p) => `${p.file}:${p.line}:${p.col}  ${p.code}  ${p.message}`)};
}

// Bullying links to complex-abuse, which these one-chapter manuals lack.
const withoutLinks = VALID.replace('See [complex abuse](complex-abuse) by id.', 'Text.');

describe("files an editor's tools may produce", () => {
  it('reads a chapter saved with a byte order mark and Windows line ends', async () => {
    const {manual, problems} = await check(`\uFEFF${withoutLinks}`.replace(/\n/g, '\r\n'));
    expect(problems).toEqual([]);
    expect(manual!.chapters[0]!.sections.map((s) => s.heading)).toEqual(['Online Bullying']);
  });

  it('reports an empty file', async () => {
    expect((await check('')).problems).toEqual(['bullying.md:1:1  FRONTMATTER_MISSING  the file is empty']);
  });

  it('reports a chapter that is frontmatter only', async () => {
    const frontmatterOnly = withoutLinks.slice(0, withoutLinks.indexOf('---', 4) + 4);
    expect((await check(frontmatterOnly)).problems).toEqual(['bullying.md:13:1  CHAPTER_EMPTY  the chapter has frontmatter but no text']);
  });

  it('reports a binary file instead of reading it', async () => {
    expect((await check(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a]))).problems).toEqual([
      'bullying.md:1:1  FILE_NOT_TEXT  this is not a text file',
    ]);
  });

  it('reports bytes that are not UTF-8 at their line, and still checks the rest', async () => {
    const [before, after] = withoutLinks.split('Text.') as [string, string];
    // "Café" saved as Latin-1: a lone 0xE9 byte.
    const text = Buffer.concat([Buffer.from(`${before}Caf`), Buffer.from([0xe9]), Buffer.from(` text.${after}`)]);
    const {manual, problems} = await check(text);
    expect(problems).toEqual(['bullying.md:16:4  ENCODING_INVALID  the file has bytes that are not UTF-8 text']);
    expect(manual!.chapters).toHaveLength(1);
  });

  it('reads a 5 MB chapter', async () => {
    const paragraph = 'Practitioners must record each decision, the reasons for it and who made it. '.repeat(20);
    const sections = Array.from({length: 3300}, (_, i) => `## Section ${i + 1}\n\n${paragraph}\n`).join('\n');
    const big = `${withoutLinks}\n${sections}`;
    expect(big.length).toBeGreaterThan(5_000_000);
    const {manual, problems} = await check(big);
    expect(problems).toEqual([]);
    expect(manual!.chapters[0]!.sections).toHaveLength(3301);
  }, 60_000);

  it('refuses a file too large to be a chapter without parsing it', async () => {
    const huge = `${withoutLinks}\n${'word '.repeat(1_800_000)}`;
    expect((await check(huge)).problems).toEqual(['bullying.md:1:1  FILE_TOO_LARGE  the file holds 9,000,202 characters, more than any chapter needs']);
  });

  it('refuses frontmatter too large to read', async () => {
    const padded = withoutLinks.replace('audience: [all]', `audience: [all]\nkeywords: [${'grooming, '.repeat(7000)}x]`);
    expect((await check(padded)).problems).toEqual(['bullying.md:2:1  FRONTMATTER_TOO_LARGE  the frontmatter holds 70,179 characters']);
  });

  it('checks a list nested 2,000 levels deep in moments, reporting the depth', async () => {
    const started = performance.now();
    const deep = `${withoutLinks}\n${Array.from({length: 2000}, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n')}\n`;
    const {problems} = await check(deep);
    expect(problems).toEqual(['bullying.md:50:1  NESTING_TOO_DEEP  lists or quotations are nested more than 32 deep here and on 1967 more lines']);
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('reports a NUL byte anywhere in the file, not just at its start', async () => {
    const text = Buffer.concat([Buffer.from(`${withoutLinks}\n${'x'.repeat(9000)}`), Buffer.from([0])]);
    expect((await check(text)).problems).toEqual(['bullying.md:1:1  FILE_NOT_TEXT  this is not a text file']);
  });

  // These call the parser itself: through the tools, a parse cached on disk
  // by an earlier run would answer instead.
  it('reads broken frontmatter full of collection keys in moments (found by the fuzz test: 12 s before)', () => {
    const started = performance.now();
    const {problems} = parseChapter({file: 'docs/x.md', text: readFileSync('tests/fixtures/hostile/broken-yaml-collection-keys.md', 'utf8')});
    expect(problems[0]?.code).toBe('YAML_INVALID');
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('reads broken frontmatter of deeply nested flow collections in moments (found by CI: each 20 levels took 15 times longer)', () => {
    const started = performance.now();
    const {problems} = parseChapter({file: 'docs/x.md', text: `---\nid: bullying\ntitle: ${'{['.repeat(170)}\n---\n\nText.\n`});
    expect(problems[0]?.code).toBe('YAML_INVALID');
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
