import {cpSync, mkdirSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import {stringify} from 'yaml';
import {loadHistory} from '../../src/lib/history/load-history';
import {planRelease} from '../../src/lib/history/plan-release';
import {readManual, sha256} from '../../src/node/read-manual-fs';
import {writeRelease} from '../../src/node/write-release-fs';

/**
 * A large manual for the benchmarks: chapters in parts, 4–8 sections of
 * 150–600 words of procedure-like prose, related procedures and inline links
 * to other chapters' sections, and a history of several releases with small
 * edits between them. The same seed always gives the same manual, which
 * passes `procedures check`.
 */
export interface GenerateOptions {
  dir: string;
  chapters: number;
  versions: number;
  seed?: number;
}

const PARTS = 10;
const SUBJECTS = [
  'Referrals',
  'Strategy Discussions',
  'Neglect',
  'Domestic Abuse',
  'Parental Mental Health',
  'Substance Misuse',
  'Children Missing from Education',
  'Private Fostering',
  'Forced Marriage',
  'Female Genital Mutilation',
  'Radicalisation',
  'Children in Custody',
  'Disabled Children',
  'Online Abuse',
  'Bullying',
  'Self-Harm',
  'Young Carers',
  'Gangs and Youth Violence',
  'Homeless Young People',
  'Unaccompanied Asylum Seeking Children',
  'Pre-Birth Assessments',
  'Fabricated or Induced Illness',
  'Allegations against Staff',
  'Complex Abuse',
  'Child Sexual Exploitation',
  'Trafficked Children',
  'Looked After Children',
];
const HEADINGS = [
  'Purpose',
  'Scope',
  'Definitions',
  'Recognising Concerns',
  'Making a Referral',
  'Assessment',
  'Strategy Discussion',
  'Roles and Responsibilities',
  'Timescales',
  'Information Sharing',
  'Recording',
  'Review',
  'Escalation',
  'Further Information',
];
const ACTORS = [
  'The lead social worker',
  'The designated safeguarding lead',
  'The police',
  'Health practitioners',
  'The team manager',
  'Every agency',
  'The conference chair',
  'Schools',
];
const DUTIES = [
  'must record',
  'should share',
  'must review',
  'should discuss',
  'must confirm in writing',
  'should consider',
  'must tell the family about',
  'should escalate',
];
const OBJECTS = [
  'each decision and the reasons for it',
  'the concerns about the child',
  'the outcome of the assessment',
  'any change in circumstances',
  'the views of the child',
  'the plan agreed at the meeting',
  'information from other agencies',
  'the risks to other children in the household',
];
const WHEN = [
  'within one working day',
  'before the strategy discussion',
  'at every visit',
  'within 15 working days',
  'as soon as possible',
  'when the plan is reviewed',
  'before closing the case',
  'without delay',
];

/** A small deterministic PRNG (mulberry32), so a seed always gives the same manual. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
  };
}

interface Plan {
  id: string;
  number: string;
  title: string;
  part: string;
  headings: string[];
  paragraphs: string[][];
  related: string[];
}

export async function generateManual({dir, chapters, versions, seed = 1}: GenerateOptions): Promise<void> {
  const {plans, write} = planManual(chapters, seed);
  rmSync(dir, {recursive: true, force: true});
  mkdirSync(path.join(dir, 'docs'), {recursive: true});
  writeFileSync(
    path.join(dir, 'docs', 'manual.yml'),
    stringify({
      title: 'Generated Manual',
      board: 'Benchmark Partnership',
      description: 'A generated manual for the benchmarks.',
      parts: Array.from({length: PARTS}, (_, i) => ({id: `part-${i + 1}`, number: i + 1, title: `Part ${i + 1}`, description: `Chapters of part ${i + 1}.`})),
      audiences: [{id: 'all', title: 'All practitioners'}],
    }),
  );
  for (let version = 1; version <= versions; version++) {
    write(dir, version, plans);
    const {manual, history, problems} = await readManual({root: dir, docsDir: 'docs'});
    if (!manual || problems.length > 0)
      throw new Error(
        `the generated manual has problems: ${problems
          .slice(0, 3)
          .map((x) => x.message)
          .join('; ')}`,
      );
    const empty = loadHistory({dir: 'history', records: [], versions: []}, sha256);
    const plan = planRelease(manual, history ?? empty, {title: `Release ${version}`, date: `${2010 + version}-01-01`}, sha256, 'history');
    await writeRelease(dir, 'history', plan);
  }
}

/**
 * The manual's chapters, planned from the seed, and a way to write any
 * version of any of them (the release benchmark writes a sixth).
 */
export function planManual(chapters: number, seed = 1) {
  const rand = random(seed);
  const perPart = Math.ceil(chapters / PARTS);
  const plans: Plan[] = Array.from({length: chapters}, (_, i) => {
    const part = Math.floor(i / perPart) + 1;
    const title = `${rand.pick(SUBJECTS)} ${i + 1}`;
    const headings = [...HEADINGS].sort(() => rand.int(0, 2) - 1).slice(0, rand.int(4, 8));
    const paragraphs = headings.map(() => {
      const words = rand.int(150, 600);
      const sentences: string[] = [];
      for (let count = 0; count < words; count += 12) {
        sentences.push(`${rand.pick(ACTORS)} ${rand.pick(DUTIES)} ${rand.pick(OBJECTS)} ${rand.pick(WHEN)}.`);
      }
      return sentences;
    });
    return {id: GithubSlugger.slug(title), number: `${part}.${(i % perPart) + 1}`, title, part: `part-${part}`, headings, paragraphs, related: []};
  });
  for (const p of plans) p.related = [...new Set(Array.from({length: rand.int(2, 4)}, () => rand.pick(plans).id))].filter((id) => id !== p.id);

  const byId = new Map(plans.map((p) => [p.id, p]));
  const write = (dir: string, version: number, subset: readonly Plan[]) => {
    for (const p of subset) writeFileSync(path.join(dir, 'docs', `${p.id}.md`), chapterText(p, version, byId, rand));
  };
  return {plans, write};
}

/** Version n of a chapter: each version rewrites one sentence, and every other one adds a section. */
function chapterText(p: Plan, version: number, byId: Map<string, Plan>, rand: ReturnType<typeof random>): string {
  const frontmatter = {
    id: p.id,
    number: p.number,
    title: p.title,
    part: p.part,
    related: p.related,
    version,
    effective: `${2010 + version}-01-01`,
    ...(version > 1 ? {change: `by amending Section ${((version - 2) % p.headings.length) + 1}.`} : {}),
    review: '2030-01-01',
    owner: 'Procedures Sub-Group',
    audience: ['all'],
  };
  const sections = p.headings.map((heading, s) => {
    const sentences = [...p.paragraphs[s]!];
    for (let v = 2; v <= version; v++)
      if ((v - 2) % p.headings.length === s) sentences[0] = `Since release ${v}, ${sentences[0]!.charAt(0).toLowerCase()}${sentences[0]!.slice(1)}`;
    if (s === 0) {
      const target = byId.get(p.related[0] ?? '') ?? p;
      const anchor = GithubSlugger.slug(target.headings[0]!);
      sentences.push(`See [${target.title}](${target.id}.md#${anchor}) for the related procedure.`);
    }
    const paragraphs: string[] = [];
    for (let i = 0; i < sentences.length; i += 5) paragraphs.push(sentences.slice(i, i + 5).join(' '));
    return `## ${heading}\n\n${paragraphs.join('\n\n')}`;
  });
  for (let v = 3; v <= version; v += 2)
    sections.push(`## Changes in Release ${v}\n\n${rand.pick(ACTORS)} ${rand.pick(DUTIES)} ${rand.pick(OBJECTS)} ${rand.pick(WHEN)}.`);
  return `---\n${stringify(frontmatter)}---\n\n${sections.join('\n\n')}\n`;
}

/** A copy of a generated manual with its first `count` chapters at the next version, ready to release. */
export function copyWithChanges(from: string, to: string, chapters: number, count: number, version: number): void {
  rmSync(to, {recursive: true, force: true});
  cpSync(from, to, {recursive: true});
  const {plans, write} = planManual(chapters);
  write(to, version, plans.slice(0, count));
}
