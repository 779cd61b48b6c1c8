import {spawn, type ChildProcess} from 'node:child_process';
import {siteOptions} from '../../src/node/site-options-fs';
import {parseOptions, UsageError} from './usage';

/**
 * `procedures edit` (`npm run edit`): the dev site and Decap CMS's local file
 * server together, so an editor can change the manual in the browser with no
 * git and no other terminal. Ctrl-C stops both; if either stops, so does the other.
 */
export async function edit(args: string[]): Promise<number> {
  const options = parseOptions(args, {port: {type: 'string', default: '3000'}});
  const port = Number(options.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new UsageError(`--port must be a port number such as 3000, not "${options.port}"`);
  const root = process.cwd();
  const {editor} = siteOptions(root);
  const site = `http://localhost:${port}/`;
  const fileServer = `http://localhost:${editor.localPort}/api/v1`;

  const children = [
    // Files are written into this folder only: the server refuses any path outside it, and listens on this machine alone.
    start('file server', require.resolve('decap-server/dist/index.js'), [], {
      PORT: String(editor.localPort),
      BIND_HOST: '127.0.0.1',
      MODE: 'fs',
      GIT_REPO_DIRECTORY: root,
      LOG_LEVEL: 'warn',
    }),
    start('site', require.resolve('@docusaurus/core/bin/docusaurus.mjs'), ['start', '--port', String(port), '--no-open', '--host', 'localhost'], {
      // The plugin serves the editor and shows problems in pages in development only; a shell's own NODE_ENV must not turn that off.
      NODE_ENV: 'development',
    }),
  ];
  process.stdout.write(`Starting the site and the editor's file server …\n`);

  const stopped = new Promise<number>((resolve) => {
    const stopAll = (code: number) => {
      for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
      resolve(code);
    };
    for (const child of children) child.on('exit', (code) => stopAll(code ?? 0));
    process.once('SIGINT', () => stopAll(0));
    process.once('SIGTERM', () => stopAll(0));
  });

  const ready = Promise.all([
    waitFor(() => fetch(site)),
    waitFor(() => fetch(fileServer, {method: 'POST', headers: {'Content-Type': 'application/json'}, body: '{"action":"info"}'})),
  ]);
  const first = await Promise.race([ready.then(() => 'ready' as const), stopped]);
  if (first === 'ready') {
    process.stdout.write(
      `\nThe manual:  ${site}\nThe editor:  ${site}admin/\n\nChanges you save in the editor are written to the files in this folder; the site shows them, and any problem they cause, at once.\nPress Ctrl-C to stop both.\n`,
    );
  }
  const code = await stopped;
  await Promise.all(children.map((child) => (child.exitCode === null && child.signalCode === null ? new Promise((r) => child.once('exit', r)) : undefined)));
  return code;
}

function start(name: string, script: string, args: string[], env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, [script, ...args], {stdio: ['ignore', 'inherit', 'inherit'], env: {...process.env, ...env}});
  child.on('error', (error) => process.stderr.write(`procedures: the ${name} could not start: ${error.message}\n`));
  return child;
}

async function waitFor(probe: () => Promise<Response>): Promise<void> {
  for (;;) {
    try {
      if ((await probe()).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}
