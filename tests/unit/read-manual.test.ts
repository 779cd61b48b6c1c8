import {describe, expect, it} from 'vitest';
import {readManual} from '../../src/node/read-manual-fs';

const root = 'tests/fixtures/manuals';

describe('readManual on the small fixture manual', async () => {
  const {manual, problems} = await readManual({root, docsDir: 'small'});

  it('loads without problems', () => {
    expect(problems).toEqual([]);
  });

  it('orders chapters by number, part by part (4.2 before 4.9 before 4.10)', () => {
    expect(manual!.chapters.map((c) => c.number)).toEqual(['1.1', '4.2', '4.9', '4.10']);
    expect(manual!.parts.map(({part, chapters}) => [part.id, chapters.map((c) => c.id)])).toEqual([
      ['core', ['referrals']],
      ['specific', ['child-abuse-and-ict', 'bullying', 'complex-abuse']],
    ]);
  });

  it('reports paths relative to the project root', () => {
    expect(manual!.byId.get('referrals')!.file).toBe('small/referrals.md');
  });

  it('resolves inline links by file, by relative path and by id', () => {
    expect(manual!.byId.get('child-abuse-and-ict')!.linksTo).toEqual(['referrals', 'complex-abuse']);
    expect(manual!.byId.get('bullying')!.linksTo).toEqual(['complex-abuse']);
  });

  it('lists backlinks from related ids and inline links, in chapter order', () => {
    expect(manual!.referencedBy.get('referrals')).toEqual(['child-abuse-and-ict', 'complex-abuse']);
    expect(manual!.referencedBy.get('complex-abuse')).toEqual(['child-abuse-and-ict', 'bullying']);
    expect(manual!.referencedBy.get('child-abuse-and-ict')).toEqual(['referrals']);
    expect(manual!.referencedBy.get('bullying')).toEqual([]);
  });
});

describe('readManual on a folder with no manual.yml', () => {
  it('says which file is missing instead of throwing', async () => {
    const {manual, problems} = await readManual({root, docsDir: '.'});
    expect(manual).toBeUndefined();
    expect(problems.map((p) => `${p.file} ${p.code}`)).toEqual(['manual.yml MANUAL_CONFIG_INVALID']);
  });
});
