import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {load, type CheerioAPI} from 'cheerio';
import {beforeAll, describe, expect, it} from 'vitest';
import type {Manual} from '../../src/lib/model';
import {readManual} from '../../src/node/read-manual-fs';

const BUILD = 'build';
const page = (route: string): CheerioAPI => load(readFileSync(path.join(BUILD, `${route}.html`), 'utf8'));

let manual: Manual;
beforeAll(async () => {
  if (!existsSync(path.join(BUILD, 'index.html'))) throw new Error('No production build: run `npm run build` first (`npm test` does).');
  manual = (await readManual({root: '.', docsDir: 'docs'})).manual!;
});

describe('the built sample manual', () => {
  it('renders every heading id exactly as the core computes it', () => {
    for (const chapter of manual.chapters) {
      const $ = page(`procedures/${chapter.id}`);
      const ids = $('.chapter-body :is(h2, h3, h4, h5, h6)')
        .map((_, el) => $(el).attr('id'))
        .get();
      expect(ids, chapter.file).toEqual(chapter.anchors);
    }
  });

  it('renders the 4.4 chapter header: number, title, update note and numbered contents', () => {
    const $ = page('procedures/child-abuse-and-ict');
    expect($('h1').text()).toBe('4.4 Child Abuse and Information Communication Technology');
    expect($('[data-testid="update-note"]').text()).toMatch(/^This chapter was updated in February 2009 – by extending Section 1, The Internet/);
    expect(
      $('nav[aria-labelledby="chapter-contents"] ol > li > a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual([
      '#the-internet',
      '#the-impact-on-the-child',
      '#child-abuse-and-the-adult',
      '#referral-and-strategy-discussion',
      '#outcome-of-the-child-protection-assessment',
      '#further-information',
    ]);
  });

  it('closes every section of 4.4 with a "Top of page" link to the chapter header', () => {
    const $ = page('procedures/child-abuse-and-ict');
    expect($('.chapter-body .top-of-page a[href="#top"]')).toHaveLength(6);
    expect($('header#top h1')).toHaveLength(1);
  });

  it('lists related procedures and backlinks by number and title', () => {
    const $ = page('procedures/child-abuse-and-ict');
    const related = $('section[aria-labelledby="related-procedures"] a')
      .map((_, a) => $(a).text())
      .get();
    expect(related).toContain('2.1 Referrals (including Referrals Pathway)');
    expect(related).toContain('3.2 Complex (Organised or Multiple) Abuse');
    const referrers = $('section[aria-labelledby="referenced-by"] a')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(referrers).toEqual(manual.referencedBy.get('child-abuse-and-ict')!.map((id) => `/procedures/${id}`));
    expect($('[data-testid="version-line"]').text()).toBe(
      'Version 2 · in force from 1 February 2009 · due for review 1 February 2027 · owner: Online Safety Sub-Group',
    );
  });

  it('orders the navigation by chapter number: 4.5 before 4.10', () => {
    const $ = page('procedures/child-abuse-and-ict');
    const labels = $('nav[aria-label="Docs sidebar"] a.menu__link')
      .map((_, a) => $(a).text())
      .get();
    const part4 = labels.filter((label) => label.startsWith('4.'));
    expect(part4).toEqual([
      '4.1 Children who Exhibit Harmful Sexual Behaviour',
      '4.2 Child Sexual Exploitation',
      '4.3 Children Missing from Home or Care',
      '4.4 Child Abuse and Information Communication Technology',
      '4.5 Trafficked Children',
      '4.10 Bullying',
    ]);
  });

  it('gives each part a page and links to it from the home page', () => {
    const $ = page('index');
    for (const {part} of manual.parts) {
      expect($(`a[href="/procedures/part/${part.id}"]`).length, part.id).toBeGreaterThan(0);
      expect(existsSync(path.join(BUILD, 'procedures', 'part', `${part.id}.html`))).toBe(true);
    }
  });

  it("loads a chapter's data with its page only, not in the code every page loads", () => {
    const js = path.join(BUILD, 'assets', 'js');
    const files = readdirSync(js).filter((f) => f.endsWith('.js'));
    const main = readFileSync(
      path.join(
        js,
        files.find((f) => /^main\.[0-9a-f]+\.js$/.test(f))!,
      ),
      'utf8',
    );
    const owner = 'Online Safety Sub-Group';
    // The chapter's owner and review date appear nowhere but in its own data: not in the main bundle.
    expect(main).not.toContain(owner);
    expect(main).not.toContain('"review"');
    // It travels in the chunk that holds the chapter's text.
    const chapterChunk = files.map((f) => readFileSync(path.join(js, f), 'utf8')).find((text) => text.includes('not only computers'));
    expect(chapterChunk).toContain(owner);
    // The home page lists every chapter from its own data module.
    expect(page('index')('a[href="/procedures/child-abuse-and-ict"]').text()).toBe('4.4 Child Abuse and Information Communication Technology');
  });
});
