import {preferencesFromAttributes, READING_NAMES, type ReadingPreferences} from './reading-preferences';
import {useCallback, useEffect, useState} from 'react';

const DEFAULTS: ReadingPreferences = {textSize: READING_NAMES.defaultSize, highVisibility: false};

/**
 * The reader's choices and a way to change them. The head script has already
 * applied the stored choices to <html> before first paint; this reads them back
 * after hydration (the server rendered the defaults) and saves each new choice.
 */
export function useReadingPreferences(): [ReadingPreferences, (choice: Partial<ReadingPreferences>) => void] {
  const [preferences, setPreferences] = useState(DEFAULTS);
  useEffect(() => {
    setPreferences(preferencesFromAttributes((name) => document.documentElement.getAttribute(name)));
  }, []);
  const choose = useCallback((choice: Partial<ReadingPreferences>) => {
    for (const [key, value] of Object.entries(choice) as [keyof ReadingPreferences, string | boolean][]) {
      document.documentElement.setAttribute(READING_NAMES.attribute[key], String(value));
      try {
        localStorage.setItem(READING_NAMES.storage[key], String(value));
      } catch {
        // Storage blocked: the choice holds for this page only.
      }
    }
    setPreferences((current) => ({...current, ...choice}));
  }, []);
  return [preferences, choose];
}
