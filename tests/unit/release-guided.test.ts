import {cpSync, existsSync, mkdtempSync, readdirSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {proposedRelease} from '../../src/lib/history/propose-release';
import {release} from '../../scripts/commands/release';
import type {Terminal} from '../../scripts/commands/terminal';
import {UsageError} from '../../scripts/commands/usage';

/** A terminal that answers from a script and remembers what it was asked. */
function fakeTerminal(answers: string[], interactive = true): Terminal & {asked: string[]} {
  const asked: string[] = [];
  return {
    interactive,
    asked,
    ask: async (question) => {
      asked.push(question);
      const answer = answers.shift();
      if (answer === undefined) throw new Error(`no answer scripted for: ${question}`);
      return answer;
    },
    close: () => undefined,
  };
}

const fixture = path.resolve('tests/fixtures/manuals/small');
let cwd: string;
let printed: string;

beforeEach(() => {
  cwd = process.cwd();
  const root = mkdtempSync(path.join(tmpdir(), 'procedures-guided-'));
  cpSync(fixture, path.join(root, 'docs'), {recursive: true});
  process.chdir(root);
  printed = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    printed += String(chunk);
    return true;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  process.chdir(cwd);
});

const records = () => (existsSync('history/releases') ? readdirSync('history/releases') : []);

describe('npm run release with no title or date, in a terminal', () => {
  it('proposes the date and a "Month YYYY" title, shows the release and writes it when told yes', async () => {
    const terminal = fakeTerminal(['', '', '', 'yes']);
    expect(await release(['--today', '2008-04-01'], terminal)).toBe(0);
    expect(terminal.asked).toEqual([
      'Date the release comes into force (YYYY-MM-DD) [2008-04-01]: ',
      'Title [April 2008]: ',
      'Date of the next planned update (YYYY-MM-DD), or Enter for none: ',
      '\nWrite this release? Type yes to write it, anything else to stop: ',
    ]);
    expect(printed).toContain('Release "April 2008", 1 April 2008:');
    expect(printed).toMatch(/new\s+\d[\d.]* /);
    expect(records()).toEqual(['2008-04-01-april-2008.yml']);
  });

  it('writes nothing unless told yes', async () => {
    expect(await release(['--today', '2008-04-01'], fakeTerminal(['2008-05-01', 'Spring update', '', 'no']))).toBe(0);
    expect(printed).toContain('Release "Spring update", 1 May 2008:');
    expect(printed).toContain('Nothing was released.');
    expect(existsSync('history')).toBe(false);
  });

  it('asks again for a date that is not one', async () => {
    const terminal = fakeTerminal(['1 May 2008', '2008-05-01', '', '2008-11-01', 'y']);
    expect(await release(['--today', '2008-04-01'], terminal)).toBe(0);
    expect(printed).toContain('"1 May 2008" is not a date written YYYY-MM-DD');
    expect(terminal.asked[2]).toBe('Title [May 2008]: ');
    expect(records()).toEqual(['2008-05-01-may-2008.yml']);
  });

  it('asks only for what the flags leave out', async () => {
    const terminal = fakeTerminal(['', '', 'yes']);
    expect(await release(['--title', 'April 2008', '--today', '2008-04-01'], terminal)).toBe(0);
    expect(terminal.asked[0]).toBe('Date the release comes into force (YYYY-MM-DD) [2008-04-01]: ');
    expect(terminal.asked).toHaveLength(3);
  });

  it('never waits for input when no one can answer, and writes nothing', async () => {
    const terminal = fakeTerminal([], false);
    await expect(release(['--today', '2008-04-01'], terminal)).rejects.toThrow(UsageError);
    expect(terminal.asked).toEqual([]);
    expect(existsSync('history')).toBe(false);
  });
});

describe('the proposed release', () => {
  const last = {title: 'February 2009', date: '2009-02-01', nextUpdate: '2009-06-01'} as Parameters<typeof proposedRelease>[0];

  it("is the board's announced next update while it is still to come", () => {
    const proposal = proposedRelease(last, '2009-03-10');
    expect(proposal.date).toBe('2009-06-01');
    expect(proposal.title(proposal.date)).toBe('June 2009');
  });

  it('is today once that date has passed, or with no release before', () => {
    expect(proposedRelease(last, '2009-07-01').date).toBe('2009-07-01');
    expect(proposedRelease(undefined, '2008-04-01').date).toBe('2008-04-01');
  });
});
