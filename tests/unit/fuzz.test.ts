import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {loadManual} from '../../src/lib/load-manual';
import {parseChapter} from '../../src/lib/parse-chapter';
import {CODES, type Problem} from '../../src/lib/problems';
import {parseYaml} from '../../src/lib/read-yaml';

// Whatever an editor's tools, a merge or a hostile contributor put in a
// file, reading it gives a result or problems, never an exception, and in
// bounded time.

const VALID = `---
id: referrals
number: "2.1"
title: Referrals
part: core
related: [complex-abuse]
version: 2
effective: 2009-02-01
change: by adding a section.
review: 2027-02-01
owner: Procedures Sub-Group
audience: [all, police]
keywords: [referral, front door]
further_reading:
  - title: Working Together
    url: https://www.gov.uk/
---

## Making a Referral

Telephone [the front door](tel:+441234) and see [complex abuse](complex-abuse.md#definition).

- one
  - two
> quoted

## Timescales {#timescales}

Within one working day.
`;

const CONFIG = {
  file: 'docs/manual.yml',
  text: 'title: T\nboard: B\ndescription: D\nparts:\n  - {id: core, number: 2, title: Core, description: x}\naudiences:\n  - {id: all, title: All}\n',
};

/** Fragments that stress YAML and Markdown parsers: aliases, nesting, markup, odd characters. */
const FRAGMENTS = [
  '---',
  '\n',
  '  ',
  '- ',
  '> ',
  '1. ',
  '## ',
  '# ',
  '```',
  '{#x}',
  '[a](b)',
  '[a]: javascript:x',
  '<script>',
  '</script>',
  '<img src=x onerror=y>',
  '&a [1]',
  '*a',
  '<<: *a',
  '{',
  '}',
  '[',
  ']',
  ':',
  '"',
  "'",
  '\t',
  '\u0000',
  '\uFEFF',
  '\uFFFD',
  '🚸',
  '|',
  '\\',
  '`',
  '*',
  '_',
  '~~~',
  'id: x',
  'number: 4.10',
];

const mutation = fc.record({
  at: fc.nat(),
  cut: fc.nat({max: 40}),
  insert: fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({maxLength: 12})), {maxLength: 12}).map((parts) => parts.join('')),
  repeat: fc.integer({min: 1, max: 200}),
});

/** The valid chapter with some of it cut out and stress fragments put in, sometimes repeated many times. */
const mutatedChapter = fc.array(mutation, {minLength: 1, maxLength: 6}).map((mutations) =>
  mutations.reduce((text, {at, cut, insert, repeat}) => {
    const i = at % (text.length + 1);
    return text.slice(0, i) + insert.repeat(repeat) + text.slice(i + cut);
  }, VALID),
);

// A property runs synchronously, so vitest's timeout cannot stop it: a slow
// case found here would otherwise be shrunk for as long as it takes (40 min
// on CI once). The limit ends the run, shrinking included, as a failure.
const BOUNDED = {interruptAfterTimeLimit: 60_000, markInterruptAsFailure: true};

function expectProblems(problems: readonly Problem[]) {
  for (const p of problems) {
    expect(Object.keys(CODES)).toContain(p.code);
    expect(p.line).toBeGreaterThanOrEqual(1);
    expect(p.message.length).toBeGreaterThan(5);
  }
}

describe('reading hostile files', () => {
  it('reads any mutated chapter into a result or problems, never an exception', () => {
    fc.assert(
      fc.property(mutatedChapter, (text) => {
        const started = performance.now();
        const parsed = parseChapter({file: 'docs/referrals.md', text});
        expectProblems(parsed.problems);
        const loaded = loadManual(CONFIG, [{file: 'docs/referrals.md', text}]);
        expectProblems(loaded.problems);
        expect(performance.now() - started).toBeLessThan(5_000);
      }),
      {numRuns: 300, ...BOUNDED},
    );
  }, 120_000);

  it('reads any text at all as a chapter', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary', maxLength: 2_000}), (text) => {
        expectProblems(parseChapter({file: 'docs/x.md', text}).problems);
      }),
      {numRuns: 300, ...BOUNDED},
    );
  });

  it('reads any YAML-like text as frontmatter', () => {
    const yamlish = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({maxLength: 8})), {maxLength: 60}).map((parts) => parts.join(''));
    fc.assert(
      fc.property(yamlish, (text) => {
        expectProblems(parseYaml('docs/x.md', {text, firstLine: 2}).problems);
      }),
      {numRuns: 500, ...BOUNDED},
    );
  });
});
