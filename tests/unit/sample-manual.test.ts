import {describe, expect, it} from 'vitest';
import {readManual} from '../../src/node/read-manual-fs';
import {ICT_SECTION_HEADINGS} from '../seed-facts';

const MAIN_CHAPTERS = [
  'referrals',
  'strategy-discussions',
  'child-protection-assessments',
  'initial-child-protection-conferences',
  'allegations-against-staff',
  'complex-abuse',
  'harmful-sexual-behaviour',
  'child-abuse-and-ict',
];

describe('the sample manual in docs/', async () => {
  const {manual, problems} = await readManual({root: '.', docsDir: 'docs'});

  it('has no problems', () => {
    expect(problems).toEqual([]);
  });

  it('has at least 15 chapters in at least 3 parts', () => {
    expect(manual!.chapters.length).toBeGreaterThanOrEqual(15);
    expect(manual!.parts.filter((p) => p.chapters.length > 0).length).toBeGreaterThanOrEqual(3);
  });

  it('writes its main chapters at realistic length (600+ words)', () => {
    for (const id of MAIN_CHAPTERS) {
      const words = manual!.byId.get(id)!.sections.flatMap((s) => s.text.split(/\s+/).filter(Boolean)).length;
      expect(words, id).toBeGreaterThanOrEqual(600);
    }
  });

  it('gives 4.4 the six sections of the published chapter', () => {
    const ict = manual!.byId.get('child-abuse-and-ict')!;
    expect(ict.number).toBe('4.4');
    expect(ict.sections.map((s) => s.heading)).toEqual(ICT_SECTION_HEADINGS);
  });

  it('cross-references the procedures 4.4 refers to, in frontmatter and inline', () => {
    const ict = manual!.byId.get('child-abuse-and-ict')!;
    for (const id of MAIN_CHAPTERS.filter((id) => id !== ict.id)) {
      expect(ict.related, id).toContain(id);
      expect(ict.linksTo, id).toContain(id);
    }
  });
});
