import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {ThemeClassNames} from '@docusaurus/theme-common';
import ChapterFooter from '@site/src/components/Chapter/ChapterFooter';
import ChapterHeader from '@site/src/components/Chapter/ChapterHeader';
import ChapterStructuredData from '@site/src/components/Chapter/ChapterStructuredData';
import ChapterProblems from '@site/src/components/Problems/ChapterProblems';
import {useChapterData, useManual} from '@site/src/components/Chapter/useManual';
import type {Props} from '@theme/DocItem/Content';
import MDXContent from '@theme/MDXContent';
import clsx from 'clsx';
import type {ReactNode} from 'react';

/**
 * Replaces the classic theme's DocItem/Content: a chapter page opens with its
 * number, title, update note and contents, and closes with related
 * procedures, backlinks, further reading and its version line.
 */
export default function DocItemContent({children}: Props): ReactNode {
  const {frontMatter, metadata} = useDoc();
  const {problems} = useManual();
  const chapter = useChapterData();
  const file = metadata.source.replace(/^@site\//, '');
  // On the dev site, a chapter too broken to read still shows its text under the list of what to fix.
  if (!chapter && problems)
    return (
      <div className={clsx(ThemeClassNames.docs.docMarkdown, 'markdown')}>
        <ChapterProblems file={file} />
        <MDXContent>{children}</MDXContent>
      </div>
    );
  if (!chapter) throw new Error(`No chapter data for doc "${String(frontMatter.id)}": is the procedures plugin installed?`);
  return (
    <div className={clsx(ThemeClassNames.docs.docMarkdown, 'markdown')}>
      {problems && <ChapterProblems file={file} />}
      <ChapterStructuredData chapter={chapter} />
      <ChapterHeader chapter={chapter} />
      <div className="chapter-body">
        <MDXContent>{children}</MDXContent>
      </div>
      <ChapterFooter chapter={chapter} />
    </div>
  );
}
