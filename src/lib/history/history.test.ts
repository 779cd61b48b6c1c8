import {createHash} from 'node:crypto';
import {describe, expect, it} from 'vitest';
import {loadManual, type LoadResult} from '../load-manual';
import type {SourceFile} from '../model';
import {parseChapter} from '../parse-chapter';
import {formatProblem} from '../problems';
import {loadHistory} from './load-history';
import {renameRedirects} from '../pages/redirects';
import {planRelease, type ReleasePlan} from './plan-release';

const hashOf = (text: string) => createHash('sha256').update(text).digest('hex');

const CONFIG: SourceFile = {
  file: 'docs/manual.yml',
  text: 'title: T\nboard: B\ndescription: D\nparts:\n  - {id: core, number: 2, title: Core, description: x}\naudiences:\n  - {id: all, title: All}\n',
};

function chapter(id: string, number: string, version: number, body: string, extra = ''): SourceFile {
  const change = version > 1 ? `change: ${extra.includes('change:') ? '' : `by amending version ${version - 1}.`}\n` : '';
  return {
    file: `docs/${id}.md`,
    text: `---\nid: ${id}\nnumber: "${number}"\ntitle: Title ${id}\npart: core\nversion: ${version}\neffective: 2008-0${version}-01\n${change.trim() ? change : ''}${extra}review: 2027-01-01\nowner: O\naudience: [all]\n---\n\n${body}\n`,
  };
}

/** A tiny history folder kept in memory: what writeRelease would put on disk. */
class Store {
  files = new Map<string, string>();
  load(chapters: SourceFile[]): LoadResult {
    const records = [...this.files].filter(([f]) => f.startsWith('history/releases/')).map(([file, text]) => ({file, text}));
    const versions = [...this.files].filter(([f]) => !f.startsWith('history/releases/')).map(([file, text]) => ({file, text}));
    return loadManual(CONFIG, chapters, {history: {sources: {dir: 'history', records, versions}, hashOf}});
  }
  release(chapters: SourceFile[], title: string, date: string): ReleasePlan {
    const {manual, history} = this.load(chapters);
    const plan = planRelease(manual!, history!, {title, date}, hashOf, 'history');
    if (plan.problems.length === 0) {
      for (const e of plan.entries) if (e.status !== 'withdrawn') this.files.set(e.file, e.chapter.text);
      this.files.set(plan.record.file, plan.record.text);
    }
    return plan;
  }
}

const A1 = chapter('referrals', '2.1', 1, '## Pathway\n\nPhone the locality team.');
const A2 = chapter('referrals', '2.1', 2, '## Pathway\n\nPhone the single front door.\n\n## Feedback\n\nTell the referrer what happened.');
const B1 = chapter('register', '2.6', 1, '## Purpose\n\nA list of children with plans.');

describe('releases and history', () => {
  it('releases every chapter as new the first time, with no previous record', () => {
    const store = new Store();
    const plan = store.release([A1, B1], 'April 2008', '2008-04-01');
    expect(plan.entries.map((e) => [e.status, e.status === 'withdrawn' ? e.id : e.chapter.id])).toEqual([
      ['new', 'referrals'],
      ['new', 'register'],
    ]);
    expect(plan.record.file).toBe('history/releases/2008-04-01-april-2008.yml');
    expect(plan.record.text).not.toContain('previous:');
    expect(store.load([A1, B1]).problems).toEqual([]);
  });

  it('records an update with the sections it touched, and a withdrawal with its replacement', () => {
    const store = new Store();
    store.release([A1, B1], 'April 2008', '2008-04-01');
    const replacing = {...A2, text: A2.text.replace('audience: [all]', 'audience: [all]\nreplaces: [register]')};
    const plan = store.release([replacing], 'October 2008', '2008-10-01');
    expect(plan.problems).toEqual([]);
    expect(plan.entries).toMatchObject([
      {status: 'updated', chapter: {id: 'referrals', version: 2}, draftedNote: 'Section 1 (Pathway) amended; Section 2 (Feedback) added'},
      {status: 'withdrawn', id: 'register', replacedBy: 'referrals'},
    ]);
    const {history, problems} = store.load([replacing]);
    expect(problems).toEqual([]);
    expect(history!.versions.get('referrals')!.map((v) => [v.version, v.release.title])).toEqual([
      [1, 'April 2008'],
      [2, 'October 2008'],
    ]);
    expect(history!.withdrawn.get('register')).toMatchObject({release: {title: 'October 2008'}, replacedBy: 'referrals'});
  });

  it('refuses a changed chapter whose version was not raised, or whose change note is stale', () => {
    const store = new Store();
    store.release([A2], 'April 2008', '2008-04-01');
    const sameVersion = {...A2, text: A2.text.replace('single front door', 'one front door')};
    expect(store.release([sameVersion], 'May 2008', '2008-05-01').problems.map((p) => p.code)).toEqual(['VERSION_NOT_RAISED']);
    const staleNote = {...sameVersion, text: sameVersion.text.replace('version: 2', 'version: 3')};
    expect(store.release([staleNote], 'May 2008', '2008-05-01').problems.map(formatProblem)).toEqual([
      'docs/referrals.md:8:1  CHANGE_NOTE_STALE  the change note is still the one for version 2. Say what changed in this version.',
    ]);
    expect(store.files.size).toBe(2);
  });

  it('refuses a release dated before the last one, or with a title already used', () => {
    const store = new Store();
    store.release([A1], 'April 2008', '2008-04-01');
    const codes = store.release([A2], 'April 2008', '2008-03-01').problems.map((p) => p.code);
    expect(codes).toEqual(['RELEASE_DATE_INVALID', 'RELEASE_DATE_INVALID']);
  });

  it('has nothing to release when no chapter changed', () => {
    const store = new Store();
    store.release([A1], 'April 2008', '2008-04-01');
    expect(store.release([A1], 'May 2008', '2008-05-01').entries).toEqual([]);
  });
});

describe('history that cannot be silently rewritten', () => {
  const released = () => {
    const store = new Store();
    store.release([A1, B1], 'April 2008', '2008-04-01');
    store.release([A2, B1], 'October 2008', '2008-10-01');
    return store;
  };
  const problemsOf = (store: Store) => store.load([A2, B1]).problems.map((p) => `${p.file}  ${p.code}`);

  it('accepts an untouched history', () => {
    expect(problemsOf(released())).toEqual([]);
  });

  it('detects an edited released file', () => {
    const store = released();
    store.files.set('history/referrals/v1.md', store.files.get('history/referrals/v1.md')!.replace('locality', 'area'));
    expect(problemsOf(store)).toEqual(['history/referrals/v1.md  HISTORY_HASH_MISMATCH']);
  });

  it('detects an edited release record, at the record after it', () => {
    const store = released();
    const first = 'history/releases/2008-04-01-april-2008.yml';
    store.files.set(first, store.files.get(first)!.replace('title: April 2008', 'title: March 2008'));
    expect(problemsOf(store)).toEqual(['history/releases/2008-10-01-october-2008.yml  HISTORY_CHAIN_BROKEN']);
  });

  it('says so when two releases were made at the same time, rather than blaming an edit', () => {
    const store = new Store();
    store.release([A1, B1], 'April 2008', '2008-04-01');
    const {manual, history} = store.load([A2, B1]);
    // Both planned from the same history, as two releases started together once could.
    for (const [title, date] of [['October 2008', '2008-10-01'], ['November 2008', '2008-11-01']] as const) {
      const plan = planRelease(manual!, history!, {title, date}, hashOf, 'history');
      for (const e of plan.entries) if (e.status !== 'withdrawn') store.files.set(e.file, e.chapter.text);
      store.files.set(plan.record.file, plan.record.text);
    }
    expect(store.load([A2, B1]).problems.map((p) => `${p.file}  ${p.code}  ${p.message}`)).toEqual([
      'history/releases/2008-11-01-november-2008.yml  HISTORY_CHAIN_BROKEN  this record and history/releases/2008-10-01-october-2008.yml both follow the same release: two releases were made at the same time',
    ]);
  });

  it('detects a missing released file and a file no release lists', () => {
    const store = released();
    store.files.delete('history/register/v1.md');
    store.files.set('history/referrals/v3.md', A2.text);
    expect(problemsOf(store).sort()).toEqual([
      'history/referrals/v3.md  HISTORY_ORPHAN',
      'history/releases/2008-04-01-april-2008.yml  HISTORY_FILE_MISSING',
    ]);
  });

  it('warns while a changed chapter still carries its released version', () => {
    const store = released();
    const edited = {...A2, text: A2.text.replace('single front door', 'one front door')};
    expect(store.load([edited, B1]).problems.map((p) => `${p.code} ${p.severity}`)).toEqual(['VERSION_NOT_RAISED warning']);
  });

  it('never lets a withdrawn id be reused, and explains references to it', () => {
    const store = new Store();
    store.release([A1, B1], 'April 2008', '2008-04-01');
    store.release([A1], 'October 2008', '2008-10-01');
    const reused = chapter('register', '2.7', 1, '## Purpose\n\nSomething else.');
    const linking = {...A1, text: A1.text.replace('Phone the locality team.', 'See [the register](register.md).').replace('version: 1', 'version: 2\nchange: by linking.')};
    expect(store.load([A1, reused]).problems.map((p) => p.code)).toEqual(['ID_REUSED']);
    expect(store.load([linking]).problems.map(formatProblem)).toContain(
      'docs/referrals.md:16:5  LINK_CHAPTER_NOT_FOUND  link to `register.md`: no such chapter. `register` was withdrawn in October 2008: remove the reference.',
    );
  });

  it('checks that `replaces` names a chapter that has gone', () => {
    const store = released();
    const bad = {...A2, text: A2.text.replace('audience: [all]', 'audience: [all]\nreplaces: [register, never-released]')};
    const typo = {...A2, text: A2.text.replace('audience: [all]', 'audience: [all]\nreplaces: [registr]')};
    const withdrawn = new Store();
    withdrawn.release([A1, B1], 'April 2008', '2008-04-01');
    withdrawn.release([A1], 'October 2008', '2008-10-01');
    expect(withdrawn.load([typo]).problems.find((p) => p.code === 'REPLACES_INVALID')?.hint).toBe('Did you mean `register`?');
    expect(store.load([bad, B1]).problems.map((p) => `${p.code} ${p.message}`)).toEqual([
      'REPLACES_INVALID replaces `register`, which is still in the manual',
      'REPLACES_INVALID replaces `never-released`, which was never released',
      'VERSION_NOT_RAISED the text differs from version 2, released in October 2008, but version is still 2',
    ]);
  });

  it('parses a released version with the parser it is given, once, and only when read', () => {
    const store = released();
    const records = [...store.files].filter(([f]) => f.startsWith('history/releases/')).map(([file, text]) => ({file, text}));
    const versions = [...store.files].filter(([f]) => !f.startsWith('history/releases/')).map(([file, text]) => ({file, text}));
    const parsed: string[] = [];
    const history = loadHistory({dir: 'history', records, versions}, hashOf, (source) => {
      parsed.push(source.file);
      return parseChapter(source);
    });
    expect(parsed).toEqual([]);
    const [first] = history.versions.get('referrals')!;
    expect(first!.sections.map((s) => s.heading)).toEqual(parseChapter(A1).sections.map((s) => s.heading));
    expect(first!.title).toBe('Title referrals');
    expect(parsed).toEqual(['history/referrals/v1.md']);
  });

  it('reads an empty history', () => {
    expect(loadHistory({dir: 'history', records: [], versions: []}, hashOf)).toMatchObject({releases: [], problems: []});
  });
});

describe('renamed chapters', () => {
  it('counts a withdrawal as a rename when its replacement is new in the same release', async () => {
    const {isRename} = await import('../pages/version-page');
    const store = new Store();
    store.release([A1, B1], 'April 2008', '2008-04-01');
    const renamed = chapter('child-protection-list', '2.6', 1, '## Purpose\n\nA list of children with plans.', 'replaces: [register]\n');
    store.release([A1, renamed], 'October 2008', '2008-10-01');
    expect(isRename(store.load([A1, renamed]).history!, 'register')).toBe(true);
    expect(renameRedirects(store.load([A1, renamed]).history, '/procedures')).toEqual([{from: '/procedures/register', to: '/procedures/child-protection-list'}]);

    const other = new Store();
    other.release([A1, B1], 'April 2008', '2008-04-01');
    const absorbing = {...A2, text: A2.text.replace('audience: [all]', 'audience: [all]\nreplaces: [register]')};
    other.release([absorbing], 'October 2008', '2008-10-01');
    expect(isRename(other.load([absorbing]).history!, 'register')).toBe(false);
    expect(renameRedirects(other.load([absorbing]).history, '/procedures')).toEqual([]);
  });
});
