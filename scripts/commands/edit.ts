import {spawn} from 'node:child_process';
import {once} from 'node:events';
import {createServer} from 'node:net';
import {MEDIA_FOLDER} from '../../src/lib/editor/editor-config';
import {PortInUseError, startEditorFileServer} from '../../src/node/editor-file-server';
import {siteOptions} from '../../src/node/site-options-fs';
import {parseOptions, UsageError} from './usage';

/**
 * `procedures edit` (`npm run edit`): the dev site and Decap CMS's local file
 * server together, so an editor can change the manual in the browser with no
 * git and no other terminal. Ctrl-C stops both; if the site stops, so does
 * the command, with the site's exit code.
 */
export async function edit(args: string[]): Promise<number> {
  const options = parseOptions(args, {port: {type: 'string', default: '3000'}});
  const port = Number(options.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new UsageError(`--port must be a port number such as 3000, not "${options.port}"`);
  const root = process.cwd();
  const {editor, docsDir} = siteOptions(root);
  const site = `http://localhost:${port}/`;
  // Docusaurus would ask, on a terminal it cannot read here, whether to use another port: say so before starting anything.
  if (!(await portFree(port))) throw new PortInUseError(`port ${port} is in use: run npm run edit -- --port ${port + 1}`);

  const fileServer = await startEditorFileServer({root, port: editor.localPort, siteOrigin: `http://localhost:${port}`, folders: [docsDir, MEDIA_FOLDER]});
  const child = spawn(
    process.execPath,
    [require.resolve('@docusaurus/core/bin/docusaurus.mjs'), 'start', '--port', String(port), '--no-open', '--host', 'localhost'],
    // The plugin serves the editor and shows problems in pages in development only; a shell's own NODE_ENV must not turn that off.
    {stdio: ['ignore', 'inherit', 'inherit'], env: {...process.env, NODE_ENV: 'development'}},
  );
  let stopping = false;
  const stop = () => {
    stopping = true;
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  // However this process ends, the site does not outlive it.
  process.once('exit', stop);
  process.stdout.write(`Starting the site and the editor's file server …\n`);

  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  const ready = new AbortController();
  const first = await Promise.race([waitForSite(site, ready.signal).then(() => 'ready' as const), exited.then(() => 'stopped' as const)]);
  ready.abort();
  if (first === 'ready')
    process.stdout.write(
      `\nThe manual:  ${site}\nThe editor:  ${site}admin/\n\nChanges you save in the editor are written to the files in this folder; the site shows them, and any problem they cause, at once.\nPress Ctrl-C to stop both.\n`,
    );
  const [code] = await exited;
  await fileServer.close();
  // Stopped by Ctrl-C is a clean end; the site stopping on its own is not.
  return stopping ? 0 : code || 1;
}

async function portFree(port: number): Promise<boolean> {
  const probe = createServer();
  probe.listen(port, 'localhost');
  try {
    await once(probe, 'listening');
    probe.close();
    return true;
  } catch {
    return false;
  }
}

async function waitForSite(url: string, signal: AbortSignal): Promise<void> {
  while (!signal.aborted) {
    try {
      if ((await fetch(url, {signal})).ok) return;
    } catch {
      // Not listening yet, or stopped waiting.
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}
