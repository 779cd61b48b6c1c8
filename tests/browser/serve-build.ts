import {spawn} from 'node:child_process';
import {existsSync} from 'node:fs';
import {createServer, type AddressInfo} from 'node:net';
import path from 'node:path';
import {ensureDebianPackage} from './debian-packages';

/** A free port on 127.0.0.1, for the next server to take. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Serves a production build with Caddy and the project's own Caddyfile, as a
 * board would publish it: compression, caching, security headers and the
 * Content-Security-Policy the build wrote.
 */
export async function serveBuild(dir: string): Promise<{url: string; close: () => Promise<void>}> {
  if (!existsSync(path.join(dir, 'index.html'))) throw new Error(`No production build in ${dir}/: run \`npm run build\` first (\`npm test\` does).`);
  const caddy = ensureDebianPackage('/usr/bin/caddy', 'caddy');
  const url = `http://127.0.0.1:${await freePort()}`;
  const server = spawn(caddy, ['run', '--config', path.resolve('Caddyfile'), '--adapter', 'caddyfile'], {
    env: {...process.env, PROCEDURES_SITE: url, PROCEDURES_BUILD: path.resolve(dir)},
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  server.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<never>((_, reject) => server.once('exit', (code) => reject(new Error(`Caddy stopped (exit ${code}):\n${log}`))));
  const ready = (async () => {
    for (;;) {
      if (
        await fetch(`${url}/`).then(
          (r) => r.ok,
          () => false,
        )
      )
        return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  await Promise.race([ready, exited]);
  exited.catch(() => undefined);
  return {
    url,
    close: async () => {
      server.kill();
    },
  };
}
