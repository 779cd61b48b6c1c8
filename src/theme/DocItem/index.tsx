import {ChapterDataContext} from '@site/src/components/Chapter/useManual';
import type {ChapterData} from '@site/src/lib/manual-data';
import DocItem from '@theme-original/DocItem';
import type DocItemType from '@theme/DocItem';
import type {ComponentProps, ReactNode} from 'react';

type Props = ComponentProps<typeof DocItemType>;

/** A chapter page with its data, which its compiled Markdown exports (remark/chapter-data) rather than every page's bundle carrying it. */
export default function DocItemWithChapter(props: Props): ReactNode {
  const {chapterData = null} = props.content as Props['content'] & {chapterData?: ChapterData | null};
  return (
    <ChapterDataContext.Provider value={chapterData}>
      <DocItem {...props} />
    </ChapterDataContext.Provider>
  );
}
