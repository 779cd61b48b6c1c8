import {beforeAll, describe, expect, it} from 'vitest';
import {buildSearchIndex} from '../../src/lib/search/build-index';
import {SearchEngine} from '../../src/lib/search/engine';
import {siteViews} from '../../src/lib/site-views';
import {readManual, sha256} from '../../src/node/read-manual-fs';

/**
 * Practitioner-style queries on the sample manual, each with the section
 * (chapter id and anchor) a practitioner asking it needs.
 */
const JUDGEMENTS: [query: string, section: string][] = [
  ['how do I make a referral', 'referrals#making-a-referral'],
  ['referral out of hours', 'referrals#making-a-referral'],
  ['single point of contact for referrals', 'referrals#referrals-pathway'],
  ['feedback to the referrer', 'referrals#feedback-to-referrers'],
  ['concerns about an unborn baby in pregnancy', 'referrals#referrals-about-unborn-babies'],
  ['2.1 s3', 'referrals#referrals-pathway'],
  ['who takes part in a strategy discussion', 'strategy-discussions#who-takes-part'],
  ['when is a strategy discussion needed', 'strategy-discussions#when-a-strategy-discussion-is-needed'],
  ['record of the strategy discussion', 'strategy-discussions#recording-and-review'],
  ['section 47 assessment timescales', 'child-protection-assessments#timescales'],
  ['core assessment framework', 'child-protection-assessments#core-assessment'],
  ['possible outcomes after a section 47 assessment', 'child-protection-assessments#outcomes'],
  ['initial conference within 15 working days', 'initial-child-protection-conferences#timescales'],
  ['who is invited to a child protection conference', 'initial-child-protection-conferences#who-should-attend'],
  ['helping parents take part in the conference', 'initial-child-protection-conferences#involving-the-child-and-family'],
  ['category of abuse decided at conference', 'initial-child-protection-conferences#decisions-and-recommendations'],
  ['core group', 'child-protection-plans#the-core-group'],
  ['first review conference three months', 'child-protection-plans#review-conferences'],
  ['escalating a disagreement with another agency', 'professional-disagreements#stages-of-escalation'],
  ['LADO', 'allegations-against-staff#the-local-authority-designated-officer'],
  ['allegation against a teacher', 'allegations-against-staff#scope'],
  ['should the member of staff be suspended', 'allegations-against-staff#suspension-and-support'],
  ['malicious allegations on personnel records', 'allegations-against-staff#outcomes-and-records'],
  ['organized abuse', 'complex-abuse#definition'],
  ['strategy management group', 'complex-abuse#strategy-management-group'],
  ['bruising signs of physical abuse', 'recognising-abuse-and-neglect#physical-abuse'],
  ['emotional abuse', 'recognising-abuse-and-neglect#emotional-abuse'],
  ['neglect of basic needs', 'recognising-abuse-and-neglect#neglect'],
  ['sharing information without consent', 'information-sharing#consent'],
  ['recording a decision to share information', 'information-sharing#recording-decisions'],
  ['child displaying harmful sexual behaviour referral', 'harmful-sexual-behaviour#referral'],
  ['AIM assessment', 'harmful-sexual-behaviour#assessment'],
  ['warning signs of sexual exploitation', 'child-sexual-exploitation#indicators'],
  ['child abduction warning notice', 'child-sexual-exploitation#disruption'],
  ['reporting a missing child to the police', 'children-missing#reporting-a-child-missing'],
  ['return interview after going missing', 'children-missing#return-interviews'],
  ['how online grooming works', 'child-abuse-and-ict#the-internet'],
  ['found an indecent image on a device', 'child-abuse-and-ict#referral-and-strategy-discussion'],
  ['mobile phones and webcams', 'child-abuse-and-ict#the-internet'],
  ['CEOP', 'child-abuse-and-ict#further-information'],
  ['Protection of Children Act 1978', 'child-abuse-and-ict#further-information'],
  ['National Referral Mechanism', 'trafficked-children#the-national-referral-mechanism'],
  ['signs a child has been trafficed', 'trafficked-children#recognising-trafficking'],
  ['cyberbullying', 'bullying#online-bullying'],
  ['when is bullying a child protection concern', 'bullying#when-bullying-is-a-child-protection-concern'],
  ['printed copies out of date', 'about-these-procedures#printed-copies'],
  ['who should use these procedures', 'about-these-procedures#who-should-use-these-procedures'],
  ['"position of trust" volunteering', 'child-abuse-and-ict#child-abuse-and-the-adult'],
];

const MIN_MRR = 0.8;

describe('search relevance on the sample manual', () => {
  let engine: SearchEngine;
  beforeAll(async () => {
    const {manual, history} = await readManual({root: '.', docsDir: 'docs'});
    const files = buildSearchIndex(siteViews(manual!, history, '/procedures', sha256).search);
    engine = await SearchEngine.open(async (file) => files.get(file));
  });

  it(`finds the right section for practitioners' queries (MRR@10 ≥ ${MIN_MRR})`, async () => {
    expect(JUDGEMENTS.length).toBeGreaterThanOrEqual(40);
    const ranks: {query: string; rank: number | undefined}[] = [];
    for (const [query, section] of JUDGEMENTS) {
      const want = `/procedures/${section}`;
      const {jump, hits} = await engine.search(query, {}, 10);
      const position = jump ? (jump.url === want ? 0 : -1) : hits.findIndex((h) => h.url === want);
      ranks.push({query, rank: position === -1 ? undefined : position + 1});
    }
    const mrr = ranks.reduce((sum, {rank}) => sum + (rank ? 1 / rank : 0), 0) / ranks.length;
    const misses = ranks.filter(({rank}) => rank !== 1).map(({query, rank}) => `${query}: ${rank ?? 'not in the top 10'}`);
    console.log(`Search relevance: MRR@10 ${mrr.toFixed(3)} over ${ranks.length} queries; not first: ${misses.join('; ') || 'none'}`);
    expect(mrr).toBeGreaterThanOrEqual(MIN_MRR);
  });
});
