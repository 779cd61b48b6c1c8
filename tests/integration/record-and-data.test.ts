import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import {load} from 'cheerio';
import {describe, expect, it} from 'vitest';
import {sha256} from '../../src/node/read-manual-fs';

const BUILD = 'build';
const read = (file: string) => readFileSync(path.join(BUILD, file), 'utf8');
const json = (file: string) => JSON.parse(read(file)) as unknown;

describe('the built site as a public record', () => {
  it('publishes data files that each validate against the schema published beside them', () => {
    const ajv = new Ajv2020({allErrors: true});
    addFormats(ajv);
    const validate = {
      manual: ajv.compile(json('data/schema/manual.schema.json') as object),
      chapter: ajv.compile(json('data/schema/chapter-version.schema.json') as object),
      release: ajv.compile(json('data/schema/release.schema.json') as object),
    };
    const files = (dir: string) =>
      readdirSync(path.join(BUILD, dir), {recursive: true})
        .map((f) => `${dir}/${String(f)}`)
        .filter((f) => f.endsWith('.json'));
    const checks: [string, keyof typeof validate][] = [
      ['data/manual.json', 'manual'],
      ...files('data/chapters').map((f): [string, 'chapter'] => [f, 'chapter']),
      ...files('data/releases').map((f): [string, 'release'] => [f, 'release']),
    ];
    expect(checks.length).toBeGreaterThan(25);
    for (const [file, kind] of checks) expect(validate[kind](json(file)), `${file}: ${ajv.errorsText(validate[kind].errors)}`).toBe(true);
  });

  it('publishes each release record and released chapter byte for byte', () => {
    expect(read('data/history/releases/2009-02-01-february-2009.yml')).toBe(readFileSync('history/releases/2009-02-01-february-2009.yml', 'utf8'));
    expect(read('data/history/child-abuse-and-ict/v2.md')).toBe(readFileSync('history/child-abuse-and-ict/v2.md', 'utf8'));
  });

  it('describes each chapter page as a schema.org CreativeWork with its version, date and data', () => {
    const $ = load(read('procedures/child-abuse-and-ict.html'));
    const works = $('script[type="application/ld+json"]')
      .get()
      .map((el) => JSON.parse($(el).text()) as Record<string, unknown>)
      .filter((d) => d['@type'] === 'CreativeWork');
    expect(works).toEqual([
      expect.objectContaining({
        name: '4.4 Child Abuse and Information Communication Technology',
        url: 'https://procedures.example.org/procedures/child-abuse-and-ict',
        version: '2',
        dateModified: '2009-02-01',
        publisher: {'@type': 'Organization', name: 'Northmoor Safeguarding Children Partnership'},
        encoding: expect.objectContaining({contentUrl: 'https://procedures.example.org/data/chapters/child-abuse-and-ict/v2.json'}),
      }),
    ]);
  });

  it('dates each page in the sitemap by when its content came into force', () => {
    const $ = load(read('sitemap.xml'), {xml: true});
    const lastmod = (loc: string) =>
      $('url')
        .filter((_, u) => $(u).find('loc').text() === `https://procedures.example.org${loc}`)
        .find('lastmod')
        .text();
    expect(lastmod('/procedures/child-abuse-and-ict')).toBe('2009-02-01');
    expect(lastmod('/procedures/child-abuse-and-ict/v1')).toBe('2008-04-01');
    // Version 3, prepared for the June 2009 update, is what the page shows.
    expect(lastmod('/procedures/referrals')).toBe('2009-06-01');
    expect(lastmod('/procedures/referrals/v2')).toBe('2008-10-01');
    expect(lastmod('/amendments')).toBe('2009-02-01');
  });

  it('gives each release its record’s hash on the amendments page, and says how to check the record', () => {
    const $ = load(read('amendments.html'));
    const february = $('section[aria-labelledby="february-2009"]');
    expect(february.find('a[href="/data/history/releases/2009-02-01-february-2009.yml"]').text()).toBe('Release record');
    expect(february.find('code').text()).toBe(sha256(readFileSync('history/releases/2009-02-01-february-2009.yml', 'utf8')));
    expect($('#checking-the-record').text()).toMatch(/^Checking the record/);
    // Printing each release is an option, off by default.
    expect($('a[href$=".pdf"]')).toHaveLength(0);
    expect($('section[aria-labelledby="checking-the-record"] code').text()).toMatch(/^npm run procedures -- verify/);
  });
});
