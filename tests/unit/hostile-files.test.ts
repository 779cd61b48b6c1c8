import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
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
});
