import {spawnSync} from 'node:child_process';
import {cpSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, inject, it} from 'vitest';
import {sha256} from '../../src/node/read-manual-fs';
import {serveBuild} from './serve-build';

const HEAD = sha256(readFileSync('history/releases/2009-02-01-february-2009.yml', 'utf8'));

function verify(...args: string[]) {
  const result = spawnSync(process.execPath, [path.resolve('bin/procedures.cjs'), 'verify', ...args], {encoding: 'utf8'});
  return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

const servers: {close: () => Promise<void>}[] = [];
afterAll(() => Promise.all(servers.map((s) => s.close())));

/** The build, served by Caddy as published, with one file altered. */
async function servedWithChange(file: string, change: (text: string) => string): Promise<string> {
  const copy = path.join(mkdtempSync(path.join(tmpdir(), 'procedures-copy-')), 'build');
  cpSync('build', copy, {recursive: true});
  writeFileSync(path.join(copy, file), change(readFileSync(path.join(copy, file), 'utf8')));
  const server = await serveBuild(copy);
  servers.push(server);
  return server.url;
}

describe('procedures verify, against the build served on 127.0.0.1', () => {
  it('passes the copy as published and names the head of the chain', () => {
    const {code, stdout, stderr} = verify(inject('baseUrl'));
    expect(stderr).toBe('');
    expect(stdout).toBe(
      'Checked 3 releases and 22 released files: the records, the released files and the data agree with the hash chain. ' +
        `It ends at February 2009 (2009-02-01), whose record's SHA-256 is ${HEAD}. Compare that with the hash the board gives, or give it with --head: a copy cut short would end at an earlier release.\n`,
    );
    expect(code).toBe(0);
    const pinned = verify(inject('baseUrl'), '--head', HEAD);
    expect(pinned.stdout).toMatch(/, the hash given\.\n$/);
    expect(pinned.code).toBe(0);
  });

  it('fails naming the address of a released version altered in the served copy', async () => {
    const url = await servedWithChange('data/history/child-abuse-and-ict/v1.md', (text) => text.replace('## ', '## Revised '));
    const {code, stdout} = verify(url);
    expect(stdout).toMatch(
      new RegExp(`^${url}/data/history/child-abuse-and-ict/v1\\.md  HISTORY_HASH_MISMATCH  this file was changed after it was released in April 2008`, 'm'),
    );
    expect(stdout).toMatch(/1 problem: this copy does not match its hash chain\.\n$/);
    expect(code).toBe(1);
  });

  it('fails naming the record that no longer matches when an older release record is altered in the served copy', async () => {
    const url = await servedWithChange('data/history/releases/2008-10-01-october-2008.yml', (text) => `${text}# edited after release\n`);
    const {code, stdout} = verify(url);
    expect(stdout).toContain(`${url}/data/history/releases/2009-02-01-february-2009.yml  HISTORY_CHAIN_BROKEN`);
    expect(code).toBe(1);
  });

  it('names a release listed in the index with another hash, and lets no control character of the copy reach the terminal', () => {
    const copy = mkdtempSync(path.join(tmpdir(), 'procedures-copy-'));
    cpSync('build/data', path.join(copy, 'data'), {recursive: true});
    const index = path.join(copy, 'data/manual.json');
    const data = JSON.parse(readFileSync(index, 'utf8')) as {releases: {title: string; sha256: string}[]};
    Object.assign(data.releases[0]!, {title: 'April\u001b[2J 2008', sha256: '0'.repeat(64)});
    writeFileSync(index, JSON.stringify(data));
    const {code, stdout} = verify(copy);
    expect(stdout).toContain(`${index}  PUBLISHED_MISMATCH  release 1 (April[2J 2008) is listed with a title its record does not have`);
    expect(stdout).not.toContain('\u001b');
    expect(code).toBe(1);
  });

  it('fails when the chain does not end at the hash the board gave', () => {
    const {code, stdout} = verify(inject('baseUrl'), '--head', '0'.repeat(64));
    expect(stdout).toContain(`the latest release (February 2009) has the record hash ${HEAD}, not the ${'0'.repeat(64)} given`);
    expect(code).toBe(1);
  });
});
