import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import {useManual} from '@site/src/components/Chapter/useManual';
import type {ReactNode} from 'react';
import ProblemList from './ProblemList';

/** The dev site's list of everything `check` finds, as it finds it on every save. */
export default function ProblemsPage(): ReactNode {
  const {problems = []} = useManual();
  return (
    <Layout title="Problems in the manual" description="What the check finds in the manual now.">
      <main className="container margin-vert--lg">
        <Heading as="h1">Problems in the manual</Heading>
        <div aria-live="polite">
          {problems.length === 0 ? (
            <p data-testid="no-problems">The check finds no problems: the manual can be published.</p>
          ) : (
            <>
              <p>
                Each line names the file, the line and column, the rule and the fix. This page updates as you save; <code>npm run check</code> prints the same
                list.
              </p>
              <ProblemList problems={problems} />
            </>
          )}
        </div>
      </main>
    </Layout>
  );
}
