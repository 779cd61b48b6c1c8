import {useEffect, useState, type ReactNode} from 'react';
import styles from './styles.module.css';

/**
 * A quiet line at the foot of every page: that the manual is saved on this
 * device once the service worker holds it, and that the reader is offline
 * when the network goes. Only going offline or back online is announced
 * (a polite status): the line is drawn again on each page, and "saved" is no
 * news after the first time.
 */
export default function OfflineStatus(): ReactNode {
  const [saved, setSaved] = useState(false);
  const [online, setOnline] = useState(true);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    update();
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    let active = true;
    // Resolves once a service worker is active: it has saved every current page (the production site only).
    void navigator.serviceWorker?.ready.then(() => active && setSaved(true));
    return () => {
      active = false;
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  const offline = saved
    ? 'You are offline: reading the copy of the manual saved on this device.'
    : 'You are offline: pages you have not opened before may not load.';
  return (
    <div className={styles.status} data-testid="offline-status">
      <p role="status">{online ? '' : offline}</p>
      {online && saved && <p>This manual is saved on this device, for reading without a network.</p>}
    </div>
  );
}
