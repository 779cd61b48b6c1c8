import FeedLinks from '@site/src/components/Feeds/FeedLinks';
import {useManual} from '@site/src/components/Chapter/useManual';
import {partFeedFolder} from '@site/src/lib/pages/urls';
import DocCategoryGeneratedIndexPage from '@theme-original/DocCategoryGeneratedIndexPage';
import type WrapperProps from '@theme/DocCategoryGeneratedIndexPage';
import type {ComponentProps, ReactNode} from 'react';

type Props = ComponentProps<typeof WrapperProps>;

/** A part's page: its chapters, as Docusaurus lists them, and the part's feeds once the manual has releases. */
export default function PartPage(props: Props): ReactNode {
  const {parts, amendmentsUrl} = useManual();
  const part = parts.find((p) => p.url === props.categoryGeneratedIndex.permalink);
  return (
    <>
      <DocCategoryGeneratedIndexPage {...props} />
      {part && amendmentsUrl && <FeedLinks folder={partFeedFolder(part.id)} subject={`Part ${part.number}`} name={`Part ${part.number}: ${part.title}`} />}
    </>
  );
}
