import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs';
import {createServer} from 'node:http';
import type {AddressInfo} from 'node:net';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import {chromium} from 'playwright-core';
import {CHROMIUM_ARGS, ensureChromium} from '../../tests/browser/chromium';

/** How long the network must stay quiet after React has taken over before the page counts as loaded. */
const QUIET_MS = 1500;

/** Gzipped bytes, as a web server sends a text file. */
const gzipped = (file: string) => gzipSync(readFileSync(file)).length;

/** The code every page of a build loads before its own: Docusaurus's main bundle and its runtime, gzipped. */
export function mainBundleBytes(buildDir: string): number {
  const js = path.join(buildDir, 'assets', 'js');
  return readdirSync(js)
    .filter((f) => /^(main|runtime~main)\.[0-9a-f]+\.js$/.test(f))
    .reduce((sum, f) => sum + gzipped(path.join(js, f)), 0);
}

/**
 * The offline copy a reader's device saves after one visit: the files the
 * service worker's precache list names (`sw.js`, written by
 * @docusaurus/plugin-pwa), as stored and as downloaded gzipped. Zero for a
 * site with no service worker (plain Docusaurus).
 */
export function offlineCopyBytes(buildDir: string): {stored: number; download: number} {
  const sw = path.join(buildDir, 'sw.js');
  if (!existsSync(sw)) return {stored: 0, download: 0};
  // The list is inlined in the minified worker as JSON objects: {"revision":"…","url":"…"}.
  const files = [...readFileSync(sw, 'utf8').matchAll(/"url":"([^"]+)"/g)].map((m) => path.join(buildDir, m[1]!));
  return files.reduce((sum, file) => ({stored: sum.stored + statSync(file).size, download: sum.download + gzipped(file)}), {stored: 0, download: 0});
}

/** A build's file for an address, as a static host finds it (`/a/b` → `a/b.html` or `a/b/index.html`). */
function fileFor(buildDir: string, pathname: string): string | undefined {
  const base = path.join(buildDir, decodeURIComponent(pathname));
  return [base, `${base}.html`, path.join(base, 'index.html')].find((f) => existsSync(f) && statSync(f).isFile());
}

/**
 * What a reader's browser downloads to show one page of a build, gzipped as
 * a real host serves it: the page, its code and styles and its data, counted
 * as they leave a small server until React has taken over and the network
 * has been quiet for a while (so the prefetches of visible links count, as
 * Lighthouse counts them). Service workers are blocked, so the offline
 * copy's download is not counted.
 */
export async function pageTransfer(buildDir: string, pathname: string): Promise<{bytes: number; requests: number}> {
  let bytes = 0;
  let requests = 0;
  const server = createServer((req, res) => {
    const file = fileFor(buildDir, new URL(req.url ?? '/', 'http://localhost').pathname);
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    const body = gzipSync(readFileSync(file));
    bytes += body.length;
    requests += 1;
    res.writeHead(200, {'content-encoding': 'gzip', 'content-type': contentType(file)}).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch({executablePath: ensureChromium(), args: CHROMIUM_ARGS});
  try {
    const context = await browser.newContext({serviceWorkers: 'block'});
    const page = await context.newPage();
    let lastRequest = performance.now();
    page.on('request', () => (lastRequest = performance.now()));
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}${pathname}`, {waitUntil: 'load'});
    // A large main bundle takes a while to run: the prefetches of visible links start only once React has taken over.
    await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true', undefined, {timeout: 120_000});
    while (performance.now() - lastRequest < QUIET_MS) await page.waitForTimeout(100);
    return {bytes, requests};
  } finally {
    await browser.close();
    server.close();
  }
}

function contentType(file: string): string {
  const types: Record<string, string> = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.json': 'application/json',
    '.svg': 'image/svg+xml',
  };
  return types[path.extname(file)] ?? 'application/octet-stream';
}
