/**
 * The reader's text size and high-visibility choices. Each is kept in
 * localStorage only once the reader has made it, so until then the text is
 * medium and high visibility follows the system's `prefers-contrast: more`.
 * The choices live as attributes on <html>, where the styles read them.
 */

export const TEXT_SIZES = ['small', 'medium', 'large'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export interface ReadingPreferences {
  textSize: TextSize;
  highVisibility: boolean;
}

export const READING_NAMES = {
  storage: {textSize: 'procedures.textSize', highVisibility: 'procedures.highVisibility'},
  attribute: {textSize: 'data-text-size', highVisibility: 'data-high-visibility'},
  sizes: TEXT_SIZES,
  defaultSize: 'medium',
} as const;

export type ReadingNames = typeof READING_NAMES;

/** What the page gives the start-up script; getters, since touching localStorage can throw. */
export interface ReadingEnvironment {
  root: {setAttribute(name: string, value: string): void};
  storage: () => {getItem(key: string): string | null};
  prefersMoreContrast: () => boolean;
}

/**
 * Sets the stored (or default) choices on <html>. It runs as an inline script
 * in <head>, before anything is painted, so it must not refer to anything
 * outside its own body: see `readingPreferencesScript`.
 */
export function applyStoredPreferences(env: ReadingEnvironment, names: ReadingNames): void {
  let size: string | null = null;
  let high: string | null = null;
  try {
    size = env.storage().getItem(names.storage.textSize);
    high = env.storage().getItem(names.storage.highVisibility);
  } catch {
    // Storage blocked (private browsing, cookies off): use the defaults.
  }
  const known = (names.sizes as readonly (string | null)[]).includes(size);
  env.root.setAttribute(names.attribute.textSize, known ? (size as string) : names.defaultSize);
  const highVisibility = high === 'true' || high === 'false' ? high === 'true' : env.prefersMoreContrast();
  env.root.setAttribute(names.attribute.highVisibility, String(highVisibility));
}

/** The inline <head> script that applies the choices before first paint. */
export function readingPreferencesScript(): string {
  const env = `{root: document.documentElement, storage: function () { return window.localStorage; }, prefersMoreContrast: function () { return window.matchMedia('(prefers-contrast: more)').matches; }}`;
  return `(${applyStoredPreferences.toString()})(${env}, ${JSON.stringify(READING_NAMES)});`;
}

/** Reads the choices back from <html>'s attributes, as the start-up script left them. */
export function preferencesFromAttributes(get: (name: string) => string | null): ReadingPreferences {
  const size = get(READING_NAMES.attribute.textSize);
  return {
    textSize: TEXT_SIZES.find((s) => s === size) ?? READING_NAMES.defaultSize,
    highVisibility: get(READING_NAMES.attribute.highVisibility) === 'true',
  };
}
