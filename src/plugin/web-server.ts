import {createHash} from 'node:crypto';
import {mkdir, readdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {Redirect} from '../lib/pages/redirects';

/** Beside the built site, hidden from visitors by the Caddyfile: what the web server needs to know of this build. */
const WEB_SERVER_CONFIG = '.caddy/procedures.caddy';

// A script element's text runs to the first `</script`: HTML's own rule for raw text elements.
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script/gi;
const NOT_JAVASCRIPT = /\b(src|type)\s*=/i;

/**
 * Writes the Caddy configuration for this build: a Content-Security-Policy
 * that lets no script run but the site's own files and the inline scripts
 * the build wrote (each allowed by its SHA-256, never by `unsafe-inline`),
 * and a permanent redirect for each renamed chapter.
 */
export async function writeWebServerConfig(outDir: string, redirects: readonly Redirect[], editor?: {connect: readonly string[]}): Promise<void> {
  const hashes = await inlineScriptHashes(outDir);
  const site = [
    "default-src 'self'",
    `script-src 'self' ${[...hashes]
      .sort()
      .map((h) => `'sha256-${h}'`)
      .join(' ')}`,
    // Docusaurus and React set style attributes; styles cannot run script.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  const lines = ['# Written by `npm run build` for this build: do not edit.'];
  if (editor) {
    // The editor (/admin/) runs its own and Decap's files, never an inline script, and talks to the team's git host.
    // Decap checks its configuration with Ajv, which compiles each schema with `new Function`: that page alone allows eval.
    const overrides: Record<string, string> = {
      'script-src': "script-src 'self' 'unsafe-eval'",
      'connect-src': `connect-src 'self' ${editor.connect.join(' ')}`,
      // Avatars from the git host.
      'img-src': "img-src 'self' data: blob: https:",
    };
    const editorPolicy = site.map((d) => overrides[d.split(' ')[0]!] ?? d);
    lines.push(
      '@site not path /admin/*',
      `header @site Content-Security-Policy "${site.join('; ')}"`,
      `header /admin/* Content-Security-Policy "${editorPolicy.join('; ')}"`,
    );
  } else lines.push(`header Content-Security-Policy "${site.join('; ')}"`);
  lines.push(...redirects.map(({from, to}) => `redir ${from} ${to} permanent`));
  const file = path.join(outDir, WEB_SERVER_CONFIG);
  await mkdir(path.dirname(file), {recursive: true});
  await writeFile(file, `${lines.join('\n')}\n`);
}

/** The base64 SHA-256 of every inline script in the built pages (JSON data blocks do not run, and need none). */
async function inlineScriptHashes(outDir: string): Promise<Set<string>> {
  const hashes = new Set<string>();
  const pages = (await readdir(outDir, {recursive: true})).map(String).filter((f) => f.endsWith('.html'));
  for (const page of pages) {
    for (const [, attributes, body] of (await readFile(path.join(outDir, page), 'utf8')).matchAll(SCRIPT)) {
      if (!NOT_JAVASCRIPT.test(attributes ?? '') && body) hashes.add(createHash('sha256').update(body, 'utf8').digest('base64'));
    }
  }
  return hashes;
}
