import {TEXT_SIZES, type TextSize} from './reading-preferences';
import clsx from 'clsx';
import type {ReactNode} from 'react';
import styles from './styles.module.css';
import {useReadingPreferences} from './useReadingPreferences';

const SIZE_LABELS: Record<TextSize, string> = {small: 'Small', medium: 'Medium', large: 'Large'};

/**
 * Text size and high visibility, on every page, as boards' hosted manuals
 * offer them. `reading-toolbar` is a stable class for the print styles.
 */
export default function ReadingToolbar(): ReactNode {
  const [{textSize, highVisibility}, choose] = useReadingPreferences();
  return (
    <section aria-label="Reading options" className={clsx('reading-toolbar', styles.toolbar)}>
      <div className={styles.inner}>
        <div role="group" aria-labelledby="text-size-label" className={styles.group}>
          <span id="text-size-label">Text size:</span>
          {TEXT_SIZES.map((size) => (
            <button
              key={size}
              type="button"
              className={clsx(styles.button, styles[size])}
              aria-pressed={textSize === size}
              onClick={() => choose({textSize: size})}
            >
              {SIZE_LABELS[size]}
            </button>
          ))}
        </div>
        <button type="button" className={styles.button} aria-pressed={highVisibility} onClick={() => choose({highVisibility: !highVisibility})}>
          High visibility
        </button>
      </div>
    </section>
  );
}
