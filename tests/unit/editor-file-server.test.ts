import {spawn} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {request} from 'node:http';
import {createServer} from 'node:net';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {PortInUseError, startEditorFileServer} from '../../src/node/editor-file-server';

const root = mkdtempSync(path.join(tmpdir(), 'procedures-file-server-'));
const port = 18000 + (process.pid % 1000);
let server: {close(): Promise<void>};

beforeAll(async () => {
  mkdirSync(path.join(root, 'docs'));
  writeFileSync(path.join(root, 'docs/bullying.md'), '---\nid: bullying\n---\n\nText\n');
  server = await startEditorFileServer({root, port, siteOrigin: 'http://localhost:3000', folders: ['docs', 'static/img']});
});

afterAll(() => server.close());

/** A call as Decap makes it, with the Host header a browser would send. */
function call(body: unknown, host = `localhost:${port}`): Promise<{status: number; body: string}> {
  return new Promise((resolve, reject) => {
    const req = request({host: '127.0.0.1', port, path: '/api/v1', method: 'POST', headers: {Host: host, 'Content-Type': 'application/json'}}, (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({status: res.statusCode!, body: text}));
    });
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

const persist = (file: string) => ({
  action: 'persistEntry',
  params: {branch: 'main', entry: {slug: 'x', path: file, raw: 'echo owned'}, assets: [], options: {commitMessage: 'x', useWorkflow: false, status: 'draft'}},
});

describe("the editor's file server", () => {
  it('reads and writes chapters in the manual folder', async () => {
    expect((await call({action: 'getEntry', params: {branch: 'main', path: 'docs/bullying.md'}})).body).toContain('id: bullying');
    expect((await call(persist('docs/new-chapter.md'))).status).toBe(200);
    expect(readFileSync(path.join(root, 'docs/new-chapter.md'), 'utf8')).toBe('echo owned');
  });

  it('writes nothing outside the manual and media folders, such as a git hook', async () => {
    const refused = await call(persist('.git/hooks/pre-commit'));
    expect(refused.status).toBe(403);
    expect(refused.body).toContain('The editor may change only docs and static/img');
    expect(existsSync(path.join(root, '.git'))).toBe(false);
    expect((await call(persist('docs/../package.json'))).status).toBe(403);
  });

  it('answers only requests addressed to this computer by name', async () => {
    expect((await call({action: 'info'}, `evil.example:${port}`)).status).toBe(403);
    expect((await call({action: 'info'})).status).toBe(200);
  });

  it('says in words when its port is taken', async () => {
    await expect(startEditorFileServer({root, port, siteOrigin: 'http://localhost:3000', folders: ['docs']})).rejects.toThrow(PortInUseError);
  });
});

describe('npm run edit', () => {
  it('says in one line when the site’s port is in use, and starts nothing', async () => {
    const taken = createServer().listen(port + 1, 'localhost');
    await new Promise((r) => taken.once('listening', r));
    try {
      const run = spawn(process.execPath, [path.resolve('bin/procedures.cjs'), 'edit', '--port', String(port + 1)]);
      let stderr = '';
      run.stderr!.on('data', (chunk) => (stderr += chunk));
      const code = await new Promise((r) => run.once('exit', r));
      expect(code).toBe(2);
      expect(stderr).toBe(`procedures: port ${port + 1} is in use: run npm run edit -- --port ${port + 2}\n`);
    } finally {
      taken.close();
    }
  });
});
