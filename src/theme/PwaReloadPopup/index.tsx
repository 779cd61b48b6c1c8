import type {Props} from '@theme/PwaReloadPopup';
import {longDate} from '@site/src/lib/dates';
import {RELEASE_META, LATEST_RELEASE_FILE} from '@site/src/lib/pages/urls';
import {useEffect, useState, type ReactNode} from 'react';
import styles from './styles.module.css';

/** latest-release.json, of which the notice needs the date. */
interface Release {
  date: string;
}

/**
 * Shown when the board has published the site again and the saved copy is
 * out of date: the new release's date when there is one, and a reload. It
 * is rendered outside the site's React tree (by the PWA plugin), so it reads
 * what it needs from the page and the network, not from the site's data.
 */
export default function PwaReloadPopup({onReload}: Props): ReactNode {
  const [open, setOpen] = useState(true);
  // Empty when the notice appears and filled a moment later, so that screen readers announce it.
  const [message, setMessage] = useState('');
  // Where the reader was, to go back to when the notice closes under their focus.
  const [before] = useState(() => document.activeElement);
  useEffect(() => {
    const current = document.querySelector(`meta[name="${RELEASE_META}"]`)?.getAttribute('content');
    void navigator.serviceWorker
      .getRegistration()
      .then((registration) => (registration ? fetch(new URL(LATEST_RELEASE_FILE, registration.scope), {cache: 'no-store'}) : undefined))
      .then((response) => (response?.ok ? (response.json() as Promise<Release>) : undefined))
      .catch(() => undefined)
      .then((latest) =>
        setMessage(
          latest && latest.date !== current
            ? `The manual was updated on ${longDate(latest.date)} — reload to read the new version.`
            : 'A newer copy of the manual has been published. Reload to read it.',
        ),
      );
  }, []);
  const close = () => {
    setOpen(false);
    if (before instanceof HTMLElement && document.contains(before)) before.focus();
  };
  if (!open) return null;
  return (
    <section className={styles.popup} aria-label="A newer copy of the manual">
      <p role="status" className={styles.message}>
        {message}
      </p>
      <div className={styles.buttons}>
        <button
          type="button"
          className="button button--primary button--sm"
          onClick={() => {
            close();
            onReload();
          }}
        >
          Reload
        </button>
        <button type="button" className="button button--secondary button--sm" onClick={close}>
          Not now
        </button>
      </div>
    </section>
  );
}
