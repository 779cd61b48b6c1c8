import Link from '@docusaurus/Link';
import {longDate} from '@site/src/lib/dates';
import type {VersionSummary} from '@site/src/lib/pages/chapter-history';
import type {ReactNode} from 'react';
import styles from './styles.module.css';

/** Every version of a chapter: when it was in force, why it changed, and where to read it. */
export default function VersionTable({versions, caption}: {versions: VersionSummary[]; caption: string}): ReactNode {
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">In force</th>
            <th scope="col">What changed</th>
            <th scope="col">Release</th>
            <th scope="col">Compare</th>
          </tr>
        </thead>
        <tbody>
          {[...versions].reverse().map((v) => (
            <tr key={v.version}>
              <th scope="row">
                <Link to={v.url}>Version {v.version}</Link>
              </th>
              <td>
                {longDate(v.effective)} to {v.until ? longDate(v.until) : 'date'}
              </td>
              <td>{v.change ?? (v.version === 1 ? 'First version.' : '—')}</td>
              <td>{v.release ? v.release.title : 'Not yet released'}</td>
              <td>{v.compareUrl ? <Link to={v.compareUrl}>With version {v.version - 1}</Link> : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
