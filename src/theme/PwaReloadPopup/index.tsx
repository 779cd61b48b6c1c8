import type {Props} from '@theme/PwaReloadPopup';
import {longDate} from '@site/src/lib/dates';
import {RELEASE_META, LATEST_RELEASE_FILE} from '@site/src/lib/pages/urls';
import {useEffect, useState, type ReactNode} from 'react';
import styles from './styles.module.css';

interface Release {
  title: string;
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
  const [release, setRelease] = useState<Release | null>(null);
  useEffect(() => {
    const current = document.querySelector(`meta[name="${RELEASE_META}"]`)?.getAttribute('content');
    void navigator.serviceWorker
      .getRegistration()
      .then((registration) => (registration ? fetch(new URL(LATEST_RELEASE_FILE, registration.scope), {cache: 'no-store'}) : undefined))
      .then((response) => (response?.ok ? (response.json() as Promise<Release>) : undefined))
      .then((latest) => latest && latest.date !== current && setRelease(latest))
      .catch(() => undefined);
  }, []);
  if (!open) return null;
  return (
    <section className={styles.popup} aria-label="A newer copy of the manual">
      <p role="status" className={styles.message}>
        {release
          ? `The manual was updated on ${longDate(release.date)} — reload to read the new version.`
          : 'A newer copy of the manual has been published. Reload to read it.'}
      </p>
      <div className={styles.buttons}>
        <button
          type="button"
          className="button button--primary button--sm"
          onClick={() => {
            setOpen(false);
            onReload();
          }}
        >
          Reload
        </button>
        <button type="button" className="button button--secondary button--sm" onClick={() => setOpen(false)}>
          Not now
        </button>
      </div>
    </section>
  );
}
