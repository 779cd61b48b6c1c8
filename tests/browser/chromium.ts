import {ensureDebianPackage} from './debian-packages';

/** Debian's Chromium, or the one CHROMIUM_PATH names. */
export function ensureChromium(): string {
  return ensureDebianPackage('/usr/bin/chromium', 'chromium', process.env.CHROMIUM_PATH);
}

/** Flags for a root user on a machine with no GPU and a closed network. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
