import Link from '@docusaurus/Link';
import {useManual} from '@site/src/components/Chapter/useManual';
import type {ReactNode} from 'react';
import ProblemList from './ProblemList';
import styles from './styles.module.css';

/**
 * On the dev site, the problems `check` finds in this chapter's file, above
 * its text; the notice goes as soon as the file is fixed and saved. Polite, so
 * a screen reader hears of a new problem without losing its place.
 */
export default function ChapterProblems({file}: {file: string}): ReactNode {
  const {problems = [], problemsUrl} = useManual();
  const mine = problems.filter((p) => p.file === file);
  return (
    <div aria-live="polite">
      {mine.length > 0 && (
        <section className={styles.notice} aria-labelledby="chapter-problems" data-testid="chapter-problems">
          <h2 id="chapter-problems" className={styles.heading}>
            {mine.length === 1 ? 'This chapter has a problem to fix' : `This chapter has ${mine.length} problems to fix`}
          </h2>
          <p>Readers will not see this notice: a manual with problems is never published. Fix the file, save it, and this page updates.</p>
          <ProblemList problems={mine} />
          {problemsUrl && problems.length > mine.length && <Link to={problemsUrl}>Every problem in the manual</Link>}
        </section>
      )}
    </div>
  );
}
