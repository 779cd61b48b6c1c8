/**
 * Printing cannot go on: no Chromium, no build, or a build without the pages
 * the manual calls for. Apart from the printer, which is loaded only to print.
 */
export class CannotPrintError extends Error {}

/** Where Chromium is, or why printing cannot start without it. */
export function chromiumForPrinting(env: NodeJS.ProcessEnv, exists: (path: string) => boolean): string {
  const path = env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!exists(path))
    throw new CannotPrintError(
      `printing needs Chromium, which is not at ${path}: install Debian's chromium package (apt-get install chromium) or set CHROMIUM_PATH`,
    );
  return path;
}
