import Link from '@docusaurus/Link';
import {useManual} from '@site/src/components/Chapter/useManual';
import {countBySeverity} from '@site/src/lib/problems';
import type {ReactNode} from 'react';
import styles from './styles.module.css';

/** On every page of the dev site, one line saying the manual has problems, linking to the list. */
export default function SiteProblems(): ReactNode {
  const {problems = [], problemsUrl} = useManual();
  if (problems.length === 0 || !problemsUrl) return null;
  const {errors, warnings} = countBySeverity(problems);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return (
    <div className={styles.banner} role="region" aria-label="Problems in the manual" data-testid="site-problems">
      The manual has {plural(errors, 'error')} and {plural(warnings, 'warning')}: it will not publish until the errors are fixed.{' '}
      <Link to={problemsUrl}>See every problem</Link>
    </div>
  );
}
