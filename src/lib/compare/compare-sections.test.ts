import {describe, expect, it} from 'vitest';
import {compareSections, summariseComparison, type ComparableSection} from './compare-sections';
import {draftChangeNote} from './draft-change-note';

const section = (number: number, heading: string, text: string): ComparableSection => ({
  number,
  heading,
  anchor: heading.toLowerCase().replace(/ /g, '-'),
  text,
});

const INTERNET = 'Children reach the internet through phones, consoles and computers.';
const ADULT = 'People holding indecent images of children may also be abusing children directly.';
const REFERRAL = 'Refer to the police and to children’s social care before speaking to the family.';
const OUTCOME = 'Convene an initial child protection conference where risk continues.';

// Chapter 4.4 before and after its February 2009 update.
const before = [
  section(1, 'The Internet', INTERNET),
  section(2, 'Child Abuse and the Adult', ADULT),
  section(3, 'Referral and Strategy Discussion', REFERRAL),
  section(4, 'Outcome of the Child Protection Assessment', OUTCOME),
];
const after = [
  section(1, 'The Internet', `${INTERNET} Grooming online is faster than grooming offline.`),
  section(2, 'The Impact on the Child', 'Children find it very hard to talk about images of their abuse.'),
  section(3, 'Child Abuse and the Adult', ADULT),
  section(4, 'Referral and Strategy Discussion', REFERRAL),
  section(5, 'Outcome of the Child Protection Assessment', OUTCOME),
  section(6, 'Further Information', 'The law on indecent images and where to report them.'),
];

describe('compareSections', () => {
  const comparison = compareSections(before, after);

  it('matches sections by identity, so moved sections are renumbered, unchanged', () => {
    expect(comparison.sections.map((c) => [c.status, c.from?.number, c.to?.number, c.renumbered])).toEqual([
      ['amended', 1, 1, false],
      ['added', undefined, 2, false],
      ['unchanged', 2, 3, true],
      ['unchanged', 3, 4, true],
      ['unchanged', 4, 5, true],
      ['added', undefined, 6, false],
    ]);
    expect(summariseComparison(comparison)).toBe('2 sections added, 1 amended, 3 renumbered');
  });

  it('redlines an amended section word by word', () => {
    const words = comparison.sections[0]!.words!;
    expect(
      words
        .filter((w) => w.type === 'ins')
        .map((w) => w.text.trim())
        .join(' '),
    ).toBe('Grooming online is faster than grooming offline.');
    expect(words.filter((w) => w.type === 'del')).toEqual([]);
  });

  it('drafts the change note the board would write', () => {
    expect(draftChangeNote(comparison)).toBe('Section 1 (The Internet) amended; Sections 2 (The Impact on the Child) and 6 (Further Information) added');
  });

  it('reports identical versions as unchanged', () => {
    const same = compareSections(before, before);
    expect(same.sections.every((c) => c.status === 'unchanged' && !c.renumbered)).toBe(true);
    expect(summariseComparison(same)).toBe('No changes to any section');
    expect(draftChangeNote(same)).toBe('No section changed');
  });

  it('shows a removed section where it stood', () => {
    const removed = compareSections(
      before,
      [before[0]!, before[2]!, before[3]!].map((s, i) => ({...s, number: i + 1})),
    );
    expect(removed.sections.map((c) => [c.status, c.from?.heading])).toEqual([
      ['unchanged', 'The Internet'],
      ['removed', 'Child Abuse and the Adult'],
      ['unchanged', 'Referral and Strategy Discussion'],
      ['unchanged', 'Outcome of the Child Protection Assessment'],
    ]);
    expect(draftChangeNote(removed)).toBe('Section 2 (Child Abuse and the Adult) removed');
  });

  it('treats a retitled section with the same text as amended, not removed and added', () => {
    const retitled = compareSections(before, [before[0]!, section(2, 'Adults who Abuse through Technology', ADULT)]);
    expect(retitled.sections[1]).toMatchObject({status: 'unchanged', retitled: true, from: {heading: 'Child Abuse and the Adult'}});
    expect(retitled.counts).toMatchObject({amended: 1, removed: 2, added: 0});
  });

  it('follows a split: the original is amended and the new half added', () => {
    const split = compareSections(
      [section(1, 'Referral and Strategy Discussion', `${REFERRAL} ${OUTCOME}`)],
      [section(1, 'Referral and Strategy Discussion', REFERRAL), section(2, 'Outcome', OUTCOME)],
    );
    expect(split.sections.map((c) => c.status)).toEqual(['amended', 'added']);
  });

  it('follows a merge: the kept section is amended and the other removed', () => {
    const merged = compareSections([section(1, 'Referral', REFERRAL), section(2, 'Outcome', OUTCOME)], [section(1, 'Referral', `${REFERRAL} ${OUTCOME}`)]);
    expect(merged.sections.map((c) => c.status)).toEqual(['amended', 'removed']);
  });

  it('shows a paragraph moved between sections as a deletion in one and an insertion in the other', () => {
    const moved = compareSections(
      [section(1, 'A', `${INTERNET}\n\n${ADULT}`), section(2, 'B', REFERRAL)],
      [section(1, 'A', INTERNET), section(2, 'B', `${REFERRAL}\n\n${ADULT}`)],
    );
    expect(moved.sections.map((c) => c.words!.filter((w) => w.type !== 'same').map((w) => w.type))).toEqual([['del'], ['ins']]);
  });

  it('handles empty sections and empty versions', () => {
    expect(compareSections([], []).sections).toEqual([]);
    const emptied = compareSections([section(1, 'A', 'Text.')], [section(1, 'A', '')]);
    expect(emptied.sections[0]!.status).toBe('amended');
    expect(compareSections([], [section(1, 'A', '')]).sections[0]!.status).toBe('added');
  });
});
