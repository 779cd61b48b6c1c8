import type {SectionChange} from '@site/src/lib/compare/compare-sections';
import type {ReactNode} from 'react';
import Redline from './Redline';
import styles from './styles.module.css';

/** "Renumbered from 2, unchanged", "Amended", "Added" … in words, not only colour. */
export function describeChange(change: SectionChange): string {
  const notes: string[] = [];
  if (change.status === 'added') notes.push('Added');
  if (change.status === 'removed') notes.push('Removed');
  if (change.retitled) notes.push(`retitled from "${change.from!.heading}"`);
  if (change.renumbered) notes.push(`renumbered from ${change.from!.number}`);
  if (change.status === 'amended') notes.push('amended');
  if (change.status === 'unchanged') notes.push('unchanged');
  const text = notes.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export default function SectionChangeItem({change}: {change: SectionChange}): ReactNode {
  const where = change.to ?? change.from!;
  return (
    <li className={styles.sectionChange} data-status={change.status}>
      <h3 className={styles.sectionHeading}>
        Section {where.number}, {where.heading}
        <span className={styles.badge}>{describeChange(change)}</span>
      </h3>
      {change.words && <Redline words={change.words} />}
    </li>
  );
}
