import {execFileSync} from 'node:child_process';
import {existsSync} from 'node:fs';

let updated = false;

/**
 * The browser tests use Debian's Chromium (a test tool's own browser download
 * cannot be fetched here) and Debian's Caddy. On a bare Debian machine, as
 * root, a missing one is installed with apt-get; elsewhere the error says how.
 */
export function ensureDebianPackage(binary: string, pkg: string, override?: string): string {
  const path = override ?? binary;
  if (existsSync(path)) return path;
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) {
    throw new Error(`${pkg} not found at ${path}. Install Debian's ${pkg} package (apt-get install ${pkg}).`);
  }
  console.log(`Installing Debian ${pkg} for the browser tests…`);
  if (!updated) execFileSync('apt-get', ['update', '-qq'], {stdio: 'inherit'});
  updated = true;
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', pkg], {
    stdio: 'inherit',
    env: {...process.env, DEBIAN_FRONTEND: 'noninteractive'},
  });
  return path;
}
