import {describe, expect, it} from 'vitest';
import {parseChapter} from './parse-chapter';
import {formatProblem} from './problems';

const FRONTMATTER = `---
id: child-abuse-and-ict
number: "4.4"
title: Child Abuse and Information Communication Technology
part: specific-circumstances
related: [referrals, complex-abuse]
version: 2
effective: 2009-02-01
change: by adding two new sections.
review: 2027-02-01
owner: Online Safety Sub-Group
audience: [all, police]
keywords: [grooming]
further_reading:
  - title: CEOP
    url: https://www.ceop.police.uk/
---
`;

const chapter = (body: string, frontmatter = FRONTMATTER) => parseChapter({file: 'docs/child-abuse-and-ict.md', text: frontmatter + body});

const messages = (body: string, frontmatter: string) => chapter(body, frontmatter).problems.map(formatProblem);

describe('parseChapter', () => {
  it('reads valid frontmatter into typed fields', () => {
    const parsed = chapter('## The Internet\n\nText.\n');
    expect(parsed.problems).toEqual([]);
    expect(parsed.frontmatter).toMatchObject({
      id: 'child-abuse-and-ict',
      number: '4.4',
      version: 2,
      effective: '2009-02-01',
      related: ['referrals', 'complex-abuse'],
      audience: ['all', 'police'],
      further_reading: [{title: 'CEOP', url: 'https://www.ceop.police.uk/'}],
    });
  });

  it('numbers the ## sections in order and slugs anchors as Docusaurus does', () => {
    const {sections, anchors} = chapter(
      [
        '## The Internet',
        'Online text.',
        '### Grooming',
        'More.',
        "## Response by Children's Social Care",
        'Text.',
        '## Grooming',
        'Same words as the sub-heading above.',
        '## Custom Heading {#kept-id}',
        'Text.',
      ].join('\n\n'),
    );
    expect(sections.map((s) => [s.number, s.heading, s.anchor])).toEqual([
      [1, 'The Internet', 'the-internet'],
      [2, "Response by Children's Social Care", 'response-by-childrens-social-care'],
      [3, 'Grooming', 'grooming-1'],
      [4, 'Custom Heading', 'kept-id'],
    ]);
    expect(anchors).toEqual(['the-internet', 'grooming', 'response-by-childrens-social-care', 'grooming-1', 'kept-id']);
    expect(sections[0]!.text).toContain('Online text.');
    expect(sections[0]!.markdown).toBe('Online text.\n\n### Grooming\n\nMore.');
  });

  it('keeps an unquoted chapter number as written (4.10 is not 4.1)', () => {
    const parsed = chapter('## A\n\nText.\n', FRONTMATTER.replace('number: "4.4"', 'number: 4.10'));
    expect(parsed.frontmatter?.number).toBe('4.10');
  });

  it('records links and link definitions with their positions', () => {
    const {links} = chapter('## A\n\nSee [Referrals](referrals.md#referrals-pathway) and [the LADO][lado].\n\n[lado]: allegations-against-staff.md\n');
    expect(links).toEqual([
      {url: 'referrals.md#referrals-pathway', text: 'Referrals', line: 20, col: 5},
      {url: 'allegations-against-staff.md', text: 'lado', line: 22, col: 1},
    ]);
  });

  it('reads files with a byte order mark and Windows line ends', () => {
    const text = `\uFEFF${FRONTMATTER}## The Internet\n\nText.\n`.replace(/\n/g, '\r\n');
    const parsed = parseChapter({file: 'docs/x.md', text});
    expect(parsed.problems).toEqual([]);
    expect(parsed.frontmatter?.title).toBe('Child Abuse and Information Communication Technology');
    expect(parsed.sections.map((s) => s.anchor)).toEqual(['the-internet']);
  });

  it('points at the key of a bad value, with the fix', () => {
    const bad = FRONTMATTER.replace('effective: 2009-02-01', 'effective: 2009-02-30');
    expect(messages('## A\n\nText.\n', bad)).toEqual([
      'docs/child-abuse-and-ict.md:8:1  DATE_INVALID  effective must be a real date written YYYY-MM-DD. Write the date as YYYY-MM-DD, for example 2009-02-01.',
    ]);
  });

  it('suggests the field an unknown key was meant to be', () => {
    const bad = FRONTMATTER.replace('related:', 'relatd:');
    expect(messages('## A\n\nText.\n', bad)).toEqual(['docs/child-abuse-and-ict.md:6:1  FIELD_UNKNOWN  unknown field `relatd`. Did you mean `related`?']);
  });

  it('suggests the keys of a list item, not the top-level fields, for an unknown key inside one', () => {
    const misspelt = FRONTMATTER.replace('  - title: CEOP', '  - titel: CEOP');
    expect(messages('## A\n\nText.\n', misspelt)).toContain('docs/child-abuse-and-ict.md:15:5  FIELD_UNKNOWN  unknown field `titel`. Did you mean `title`?');
    const other = FRONTMATTER.replace('    url: https://www.ceop.police.uk/', '    href: https://www.ceop.police.uk/');
    expect(messages('## A\n\nText.\n', other)).toContain(
      'docs/child-abuse-and-ict.md:16:5  FIELD_UNKNOWN  unknown field `href`. Known fields here: title, url.',
    );
  });

  it('names a missing required field', () => {
    const bad = FRONTMATTER.replace('owner: Online Safety Sub-Group\n', '');
    expect(messages('## A\n\nText.\n', bad)).toEqual([
      'docs/child-abuse-and-ict.md:2:1  FIELD_MISSING  required field `owner` is missing. Add `owner:` to the frontmatter.',
    ]);
  });

  it('requires a change note from version 2', () => {
    const bad = FRONTMATTER.replace('change: by adding two new sections.\n', '');
    expect(chapter('## A\n\nText.\n', bad).problems.map((p) => p.code)).toEqual(['CHANGE_MISSING']);
  });

  it('reports YAML that does not parse at its line', () => {
    const bad = FRONTMATTER.replace('part:', 'version: 3\npart:');
    expect(messages('## A\n\nText.\n', bad)).toEqual([
      'docs/child-abuse-and-ict.md:8:1  YAML_INVALID  frontmatter is not valid YAML: Map keys must be unique. ' +
        'Check the indentation and quote values that contain a colon.',
    ]);
  });

  it('reports a file with no frontmatter', () => {
    expect(parseChapter({file: 'docs/x.md', text: '## A\n\nText.\n'}).problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^docs\/x\.md:1:1 {2}FRONTMATTER_MISSING {2}the chapter has no frontmatter/),
    ]);
  });

  it('reports duplicate and empty sections at their headings', () => {
    const parsed = chapter('## Scope\n\nText.\n\n## Scope\n\nMore.\n\n## Outcome\n');
    expect(parsed.problems.map((p) => [p.code, p.line])).toEqual([
      ['SECTION_DUPLICATE', 22],
      ['SECTION_EMPTY', 26],
    ]);
  });
});
