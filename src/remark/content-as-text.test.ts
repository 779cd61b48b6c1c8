import {createRequire} from 'node:module';
import {describe, expect, it} from 'vitest';
import remarkChapterSections from './chapter-sections';
import remarkContentAsText from './content-as-text';

// Docusaurus's own Markdown processor for `.md` files (raw HTML passed through
// rehype-raw), with the site's remark plugins: what a chapter page is compiled from.
const require = createRequire(import.meta.url);
const {createProcessorUncached} = require('@docusaurus/mdx-loader/lib/processor.js');
const {DEFAULT_MARKDOWN_CONFIG} = require('@docusaurus/core/lib/server/configValidation.js');

async function compile(markdown: string): Promise<string> {
  const processor = await createProcessorUncached({
    format: 'md',
    options: {
      siteDir: process.cwd(),
      staticDirs: [],
      markdownConfig: DEFAULT_MARKDOWN_CONFIG,
      beforeDefaultRemarkPlugins: [remarkContentAsText],
      remarkPlugins: [remarkChapterSections],
    },
  });
  const {content} = await processor.process({content: markdown, filePath: `${process.cwd()}/docs/x.md`, frontMatter: {}, compilerName: 'client'});
  return content as string;
}

describe('chapter content on the page is text, never code', () => {
  it('renders a script in the body as its text', async () => {
    const page = await compile('## Scope\n\n<script>alert(1)</script>\n\nText.\n');
    expect(page).not.toMatch(/_jsx\("script"|_components\.script/);
    expect(page).toContain('"<script>alert(1)</script>"');
  });

  it('renders markup in a heading as text, in the heading and the table of contents', async () => {
    const page = await compile('## Who <img src=x onerror=alert(1)> Refers\n\nText.\n');
    expect(page).not.toMatch(/_jsx\("img"|_components\.img/);
    expect(page).not.toContain('onerror=alert(1)>"');
    expect(page).toMatch(/export const toc = \[\{\s*"value": "Who &lt;img src=x onerror=alert\(1\)&gt; Refers"/);
  });

  it('keeps the harmless inline elements', async () => {
    const page = await compile('## Scope\n\nE = mc<sup>2</sup>, H<sub>2</sub>O<br>next.\n');
    expect(page).toMatch(/_components\.sup|_jsx\("sup"/);
    expect(page).toMatch(/_components\.sub|_jsx\("sub"/);
  });

  it('turns a link that could run script into its text', async () => {
    const page = await compile('## Scope\n\n[click](javascript:alert(1)) and [data](data:text/html,<script>x</script>) and [ok](https://example.org).\n');
    expect(page).not.toContain('javascript:');
    expect(page).not.toContain('data:text');
    expect(page).toContain('"https://example.org"');
    expect(page).toContain('"click and data and "');
  });
});
