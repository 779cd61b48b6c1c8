import {existsSync} from 'node:fs';
import http from 'node:http';
import type {AddressInfo} from 'node:net';
import path from 'node:path';
import handler from 'serve-handler';

/** Serves the production build on 127.0.0.1 as a static host would (clean URLs, no trailing slash). */
export async function serveBuild(dir: string): Promise<{url: string; close: () => Promise<void>}> {
  if (!existsSync(path.join(dir, 'index.html'))) throw new Error(`No production build in ${dir}/: run \`npm run build\` first (\`npm test\` does).`);
  const server = http.createServer((req, res) => void handler(req, res, {public: dir, cleanUrls: true, trailingSlash: false}));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
