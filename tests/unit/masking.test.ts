import {expect, it} from 'vitest';
import {formatProblem, sortProblems} from '../../src/lib/problems';
import {readManual} from '../../src/node/read-manual-fs';

// Mistakes that used to hide one another: a chapter with one invalid field dropped out of
// every check across chapters. One run of check must now report them all.
it('reports every planted mistake in one run, with a suggestion wherever one is near', async () => {
  const {problems} = await readManual({root: 'tests/fixtures/masking', docsDir: 'docs', today: '2026-11-24'});
  expect(sortProblems(problems).map(formatProblem)).toEqual([
    'docs/children-missing-education.md:3:1  NUMBER_DUPLICATE  chapter number 5.2 is also used by docs/private-fostering.md (Private Fostering). Give one of them a free number.',
    'docs/domestic-abuse.md:15:107  LINK_CHAPTER_NOT_FOUND  link to `private-fostring.md`: no such chapter. Did you mean `private-fostering.md` (5.2 Private Fostering)?',
    "docs/domestic-abuse.md:15:178  LINK_CHAPTER_NOT_FOUND  link to `referrals`: that chapter's frontmatter cannot be read, so it cannot be linked to yet. Fix the problems reported at docs/referrals.md first.",
    'docs/honour-based-abuse.md:6:11  RELATED_NOT_FOUND  related chapter `forced-marrige` does not exist. Did you mean `forced-marriage` (5.4 Forced Marriage)?',
    'docs/honour-based-abuse.md:7:1  FIELD_INVALID  version must be a whole number such as 2. The README\'s "Authoring a chapter" table shows the form each field takes.',
    'docs/private-fostering.md:3:1  NUMBER_DUPLICATE  chapter number 5.2 is also used by docs/children-missing-education.md (Children Missing Education). Give one of them a free number.',
    'docs/private-fostering.md:7:1  DATE_INVALID  effective must be a real date written YYYY-MM-DD. Write the date as YYYY-MM-DD, for example 2009-02-01.',
    'docs/referrals.md:2:15  YAML_INVALID  frontmatter is not valid YAML: Missing closing "quote. Check the indentation and quote values that contain a colon.',
  ]);
});
