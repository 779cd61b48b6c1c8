import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import {load} from 'cheerio';
import {XMLValidator} from 'fast-xml-parser';
import {parseFeed} from 'feedsmith';
import {describe, expect, it} from 'vitest';
import {jsonFeedSchema} from './json-feed-1.1.schema';

const page = (route: string) => load(readFileSync(path.join('build', `${route}.html`), 'utf8'));

describe('the built history of the sample manual', () => {
  it('gives every released version of 4.4 a permanent page, rendered as it was', () => {
    const $ = page('procedures/child-abuse-and-ict/v1');
    expect($('[data-testid="version-banner"]').text()).toContain('Version 1, in force from 1 April 2008 to 31 January 2009.');
    expect(
      $('.chapter-body h2')
        .map((_, h) => $(h).text())
        .get(),
    ).toEqual(['1. The Internet', '2. Child Abuse and the Adult', '3. Referral and Strategy Discussion', '4. Outcome of the Child Protection Assessment']);
    expect(existsSync('build/procedures/child-abuse-and-ict/v2.html')).toBe(true);
  });

  it('lists each version with its period in force on the history page', () => {
    const $ = page('procedures/child-abuse-and-ict/history');
    const rows = $('tbody tr')
      .map((_, tr) =>
        $(tr)
          .find('th, td')
          .slice(0, 2)
          .map((__, c) => $(c).text())
          .get()
          .join(' | '),
      )
      .get();
    expect(rows).toEqual(['Version 2 | 1 February 2009 to date', 'Version 1 | 1 April 2008 to 31 January 2009']);
  });

  it('renders the latest change on the compare page without JavaScript', () => {
    const $ = page('procedures/child-abuse-and-ict/compare');
    expect(
      $('#compare-summary')
        .text()
        .replace(/\u200b/g, ''),
    ).toBe('Version 1 to version 2: 2 sections added, 1 amended, 3 renumbered');
    expect($('ins').length).toBeGreaterThan(1);
  });

  it('keeps a withdrawn chapter at its address with a notice and its replacement', () => {
    const $ = page('procedures/child-protection-register');
    expect($('[data-testid="withdrawn-notice"]').text()).toContain('This chapter has been withdrawn.');
    expect($('[data-testid="withdrawn-notice"] a').attr('href')).toBe('/procedures/child-protection-plans');
  });

  it('lists the releases newest first on the amendments page, with the next update', () => {
    const $ = page('amendments');
    expect(
      $('main h2')
        .map((_, h) =>
          $(h)
            .text()
            .replace(/\u200b/g, ''),
        )
        .get(),
    ).toEqual(['February 2009', 'October 2008', 'April 2008', 'Checking the record']);
    expect($('[data-testid="next-update"]').text()).toBe('The next update is expected in June 2009.');
  });

  it('publishes RSS and Atom feeds of the releases, linked from every page', () => {
    const rss = load(readFileSync('build/amendments/rss.xml', 'utf8'), {xml: true});
    expect(
      rss('item > title')
        .map((_, t) => rss(t).text())
        .get(),
    ).toEqual(['February 2009 update', 'October 2008 update', 'April 2008 update']);
    const atom = load(readFileSync('build/amendments/atom.xml', 'utf8'), {xml: true});
    expect(atom('entry')).toHaveLength(3);
    expect(page('index')('link[type="application/atom+xml"]').attr('href')).toBe('/amendments/atom.xml');
    expect(page('index')('link[type="application/feed+json"]').attr('href')).toBe('/amendments/feed.json');
  });

  it('publishes RSS, Atom and JSON Feed 1.1 feeds for each part and chapter, each item with its change note and sections', () => {
    const folder = 'build/feeds/chapter/child-abuse-and-ict';
    const text = (file: string) => readFileSync(path.join(folder, file), 'utf8');
    for (const file of ['rss.xml', 'atom.xml']) expect(XMLValidator.validate(text(file)), file).toBe(true);
    // Read as a feed reader reads them: each file is recognised as its format, and the three say the same.
    const rss = parseFeed(text('rss.xml'));
    const atom = parseFeed(text('atom.xml'));
    const jsonFeed = parseFeed(text('feed.json'));
    expect([rss.format, atom.format, jsonFeed.format]).toEqual(['rss', 'atom', 'json']);
    const titles = {
      rss: rss.format === 'rss' ? rss.feed.items?.map((i) => i.title) : [],
      // Atom titles say how they are written ("html"): the text is the same.
      atom: atom.format === 'atom' ? atom.feed.entries?.map((e) => (typeof e.title === 'object' ? e.title.value : e.title)) : [],
      json: jsonFeed.format === 'json' ? jsonFeed.feed.items?.map((i) => i.title) : [],
    };
    expect(titles.atom).toEqual(titles.rss);
    expect(titles.json).toEqual(titles.rss);
    const json = JSON.parse(text('feed.json'));
    const validate = addFormats(new Ajv2020({allErrors: true})).compile(jsonFeedSchema);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json.items.map((i: {title: string}) => i.title)).toEqual([
      '4.4 Child Abuse and Information Communication Technology: updated in February 2009 (version 2)',
      '4.4 Child Abuse and Information Communication Technology: published in April 2008 (version 1)',
    ]);
    const [latest] = json.items;
    expect(latest._procedures.change_note).toMatch(/^by /);
    expect(latest._procedures.sections_affected).toContain('added');
    expect(latest._procedures.compare_url).toBe('https://procedures.example.org/procedures/child-abuse-and-ict/compare?from=1&to=2');
    expect(latest.content_text).toContain('Sections affected:');

    const part = load(readFileSync('build/feeds/part/specific-circumstances/rss.xml', 'utf8'), {xml: true});
    expect(part('item > title').text()).toContain('4.4 Child Abuse and Information Communication Technology: updated in February 2009');
    expect(
      part('item > title')
        .map((_, t) => part(t).text())
        .get()
        .every((t) => /^4\./.test(t)),
    ).toBe(true);
    expect(XMLValidator.validate(readFileSync('build/feeds/part/specific-circumstances/atom.xml', 'utf8'))).toBe(true);
  });

  it('links each released chapter and each part to its feeds', () => {
    const chapter = page('procedures/child-abuse-and-ict');
    expect(
      chapter('nav[aria-label="Follow changes to this chapter"] a')
        .map((_, a) => chapter(a).attr('href'))
        .get(),
    ).toEqual(['/feeds/chapter/child-abuse-and-ict/rss.xml', '/feeds/chapter/child-abuse-and-ict/atom.xml', '/feeds/chapter/child-abuse-and-ict/feed.json']);
    expect(
      chapter('link[rel="alternate"][type="application/feed+json"]')
        .map((_, l) => chapter(l).attr('href'))
        .get(),
    ).toContain('/feeds/chapter/child-abuse-and-ict/feed.json');
    const part = page('procedures/part/specific-circumstances');
    expect(part('nav[aria-label="Follow changes to Part 4"] a').first().attr('href')).toBe('/feeds/part/specific-circumstances/rss.xml');
  });
});
