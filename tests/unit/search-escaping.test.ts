import {createElement} from 'react';
import {renderToStaticMarkup} from 'react-dom/server';
import {describe, expect, it} from 'vitest';
import Segments from '../../src/components/Search/Segments';
import {buildSearchIndex} from '../../src/lib/search/build-index';
import {SearchEngine} from '../../src/lib/search/engine';
import type {DocSource} from '../../src/lib/search/sources';

const HOSTILE: DocSource = {
  id: 'hostile',
  number: '4.9',
  title: 'Markup in a chapter',
  part: 'specific',
  audience: ['all'],
  keywords: [],
  version: 1,
  effective: '2009-02-01',
  current: true,
  url: '/procedures/hostile',
  sections: [{heading: 'Scripts <img src=x onerror=alert(1)>', anchor: 'scripts', text: 'Never run <script>alert("grooming")</script> & keep <b>calm</b>.'}],
};

describe('search snippets of a chapter holding markup', () => {
  it('render the markup as text', async () => {
    const files = buildSearchIndex([HOSTILE]);
    const engine = await SearchEngine.open(async (file) => files.get(file));
    const [hit] = (await engine.search('grooming')).hits;
    const html = renderToStaticMarkup(
      createElement('p', null, createElement(Segments, {segments: hit!.heading}), createElement(Segments, {segments: hit!.snippet})),
    );
    expect(html).not.toMatch(/<(script|img|b)\b/);
    expect(html).toContain('Scripts &lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('Never run &lt;script&gt;alert(&quot;<mark');
    expect(html).toContain('&amp; keep &lt;b&gt;calm&lt;/b&gt;.');
  });
});
