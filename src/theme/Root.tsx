import SiteProblems from '@site/src/components/Problems/SiteProblems';
import type {ReactNode} from 'react';

/** Wraps every page: on the dev site, a line above it says when the manual has problems. */
export default function Root({children}: {children: ReactNode}): ReactNode {
  return (
    <>
      <SiteProblems />
      {children}
    </>
  );
}
