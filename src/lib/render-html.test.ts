import {expect, it} from 'vitest';
import {renderChapterHtml} from './render-html';

const markdown = `---
id: x
---

## The Internet

Text with <script>alert(1)</script> and <b>bold</b>, see [referrals](referrals.md#referrals-pathway).

## The Internet

Again.
`;

it('renders a released version as the site renders a chapter: ids, numbers, top-of-page links', () => {
  const html = renderChapterHtml(markdown, (url) => `/procedures/${url.replace('.md', '')}`);
  expect(html).toContain('<h2 id="the-internet"><span class="section-number">1.</span> The Internet</h2>');
  expect(html).toContain('<h2 id="the-internet-1"><span class="section-number">2.</span> The Internet</h2>');
  expect(html.match(/<p class="top-of-page"><a href="#top">Top of page<\/a><\/p>/g)).toHaveLength(2);
  expect(html).toContain('<a href="/procedures/referrals#referrals-pathway">referrals</a>');
});

it('drops raw HTML instead of passing it through', () => {
  const html = renderChapterHtml(markdown, (url) => url);
  expect(html).not.toContain('<script');
  expect(html).not.toContain('<b>');
  expect(html).not.toContain('id: x');
});

it('gives a link that could run script no address', () => {
  const html = renderChapterHtml('## A\n\n[click](javascript:alert(1)) and [data][d].\n\n[d]: data:text/html,x\n', (url) => url);
  expect(html).not.toContain('javascript:');
  expect(html).not.toContain('data:');
  expect(html).toContain('<a href="">click</a>');
});
