import {runInNewContext} from 'node:vm';
import {describe, expect, it} from 'vitest';
import {applyStoredPreferences, preferencesFromAttributes, READING_NAMES, readingPreferencesScript, type ReadingEnvironment} from './reading-preferences';

/** Runs the start-up logic on a fake page; returns the attributes it set on <html>. */
function startUp(stored: Record<string, string>, prefersMoreContrast = false): Record<string, string> {
  const attributes: Record<string, string> = {};
  const env: ReadingEnvironment = {
    root: {setAttribute: (name, value) => void (attributes[name] = value)},
    storage: () => ({getItem: (key) => stored[key] ?? null}),
    prefersMoreContrast: () => prefersMoreContrast,
  };
  applyStoredPreferences(env, READING_NAMES);
  return attributes;
}

const {storage} = READING_NAMES;

describe('the reading preferences start-up script', () => {
  it('starts at medium text, high visibility off', () => {
    expect(startUp({})).toEqual({'data-text-size': 'medium', 'data-high-visibility': 'false'});
  });

  it('turns high visibility on for readers whose system asks for more contrast', () => {
    expect(startUp({}, true)['data-high-visibility']).toBe('true');
  });

  it("keeps the reader's own choices, even against the system's contrast setting", () => {
    expect(startUp({[storage.textSize]: 'large', [storage.highVisibility]: 'false'}, true)).toEqual({
      'data-text-size': 'large',
      'data-high-visibility': 'false',
    });
    expect(startUp({[storage.highVisibility]: 'true'})['data-high-visibility']).toBe('true');
  });

  it('ignores values it did not write', () => {
    expect(startUp({[storage.textSize]: 'huge', [storage.highVisibility]: 'yes'})).toEqual({
      'data-text-size': 'medium',
      'data-high-visibility': 'false',
    });
  });

  it('falls back to the defaults when storage is blocked', () => {
    const attributes: Record<string, string> = {};
    applyStoredPreferences(
      {
        root: {setAttribute: (name, value) => void (attributes[name] = value)},
        storage: () => {
          throw new Error('SecurityError');
        },
        prefersMoreContrast: () => true,
      },
      READING_NAMES,
    );
    expect(attributes).toEqual({'data-text-size': 'medium', 'data-high-visibility': 'true'});
  });

  it('runs on its own as an inline script, with only the page globals', () => {
    const attributes: Record<string, string> = {};
    const window = {
      localStorage: {getItem: (key: string) => (key === storage.textSize ? 'small' : null)},
      matchMedia: (query: string) => ({matches: query === '(prefers-contrast: more)'}),
    };
    const document = {documentElement: {setAttribute: (name: string, value: string) => void (attributes[name] = value)}};
    runInNewContext(readingPreferencesScript(), {window, document});
    expect(attributes).toEqual({'data-text-size': 'small', 'data-high-visibility': 'true'});
  });
});

it('reads the choices back from the attributes on <html>', () => {
  const attributes: Record<string, string> = {'data-text-size': 'large', 'data-high-visibility': 'true'};
  expect(preferencesFromAttributes((name) => attributes[name] ?? null)).toEqual({textSize: 'large', highVisibility: true});
  expect(preferencesFromAttributes(() => null)).toEqual({textSize: 'medium', highVisibility: false});
});
