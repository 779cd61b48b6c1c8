import {describe, expect, it} from 'vitest';
import {loadManual} from './load-manual';
import type {SourceFile} from './model';
import {formatProblem} from './problems';

const CONFIG: SourceFile = {
  file: 'docs/manual.yml',
  text: [
    'title: T',
    'board: B',
    'description: D',
    'parts:',
    '  - {id: core, number: 2, title: Core, description: Core procedures}',
    '  - {id: specific, number: 4, title: Specific, description: Specific circumstances}',
    'audiences:',
    '  - {id: all, title: All practitioners}',
  ].join('\n'),
};

function chapter(id: string, number: string, extra: string, body: string, part = 'specific'): SourceFile {
  const frontmatter = [
    '---',
    `id: ${id}`,
    `number: "${number}"`,
    `title: Title of ${id}`,
    `part: ${part}`,
    'version: 1',
    'effective: 2008-04-01',
    'review: 2027-04-01',
    'owner: Group',
    'audience: [all]',
    extra,
    '---',
  ];
  return {file: `docs/${id}.md`, text: `${frontmatter.filter(Boolean).join('\n')}\n\n${body}\n`};
}

const referrals = chapter('referrals', '2.1', '', '## Referrals Pathway\n\nText.', 'core');
const complex = chapter('complex-abuse', '4.2', '', '## Definition\n\nText.');

const problemsOf = (...files: SourceFile[]) => loadManual(CONFIG, files).problems.map(formatProblem);

describe('buildManual cross-references', () => {
  it('accepts a manual whose references all resolve', () => {
    const ict = chapter('ict', '4.4', 'related: [referrals, complex-abuse]', 'See [the pathway](referrals.md#referrals-pathway).');
    expect(problemsOf(referrals, complex, ict)).toEqual([]);
  });

  it('suggests the closest id for a mistyped related id', () => {
    const ict = chapter('ict', '4.4', 'related: [complex-abuses]', '## A\n\nText.');
    expect(problemsOf(complex, ict)).toEqual([
      'docs/ict.md:11:11  RELATED_NOT_FOUND  related chapter `complex-abuses` does not exist. Did you mean `complex-abuse` (4.2 Title of complex-abuse)?',
    ]);
  });

  it('rejects a chapter related to itself', () => {
    const ict = chapter('ict', '4.4', 'related: [ict]', '## A\n\nText.');
    expect(problemsOf(ict).map((p) => p.split('  ')[1])).toEqual(['RELATED_SELF']);
  });

  it('reports an inline link to a missing chapter at the link, with a suggestion', () => {
    const ict = chapter('ict', '4.4', '', '## A\n\nSee [complex abuse](complex-abuze.md).');
    expect(problemsOf(complex, ict)).toEqual([
      'docs/ict.md:15:5  LINK_CHAPTER_NOT_FOUND  link to `complex-abuze.md`: no such chapter. Did you mean `complex-abuse.md` (4.2 Title of complex-abuse)?',
    ]);
  });

  it('reports an anchor that is not a section of the target, suggesting the closest', () => {
    const ict = chapter('ict', '4.4', '', '## A\n\nSee [definition](complex-abuse.md#defintion) and [here](#b).');
    expect(problemsOf(complex, ict)).toEqual([
      'docs/ict.md:15:5  LINK_ANCHOR_NOT_FOUND  link to `#defintion`: 4.2 Title of complex-abuse has no such section. Did you mean `#definition`?',
      'docs/ict.md:15:50  LINK_ANCHOR_NOT_FOUND  link to `#b`: 4.4 Title of ict has no such section. Did you mean `#a`?',
    ]);
  });

  it('reports unknown parts and audiences at their keys', () => {
    const odd = chapter('odd', '4.5', '', '## D\n\nText.', 'specfic');
    odd.text = odd.text.replace('audience: [all]', 'audience: [al]');
    expect(problemsOf(odd)).toEqual([
      'docs/odd.md:5:1  PART_UNKNOWN  part `specfic` is not a part of the manual. Did you mean `specific`?',
      "docs/odd.md:10:12  AUDIENCE_UNKNOWN  audience `al` is not one of the manual's audiences. Did you mean `all`?",
    ]);
  });

  it('reports a shared id at both chapters, and still resolves a link to either file', () => {
    const twin = {...chapter('complex-abuse', '4.3', '', '## B\n\nText.'), file: 'docs/twin.md'};
    const ict = chapter('ict', '4.4', 'related: [complex-abuse]', '## A\n\nSee [it](complex-abuse.md#definition) and [twin](twin.md#b).');
    expect(problemsOf(complex, twin, ict).map((p) => p.split('  ').slice(0, 2).join('  '))).toEqual([
      'docs/complex-abuse.md:2:1  ID_DUPLICATE',
      'docs/twin.md:2:1  ID_DUPLICATE',
    ]);
  });

  it('does not blame referrers for a chapter whose own frontmatter is broken', () => {
    const broken = {...complex, text: complex.text.replace('version: 1', 'version: one')};
    const ict = chapter('ict', '4.4', 'related: [complex-abuse]', '## A\n\nSee [it](complex-abuse.md#definition).');
    expect(problemsOf(broken, ict).map((p) => p.split('  ')[1])).toEqual(['FIELD_INVALID']);
  });
});
