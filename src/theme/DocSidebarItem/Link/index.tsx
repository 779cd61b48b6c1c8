import {useLastVisit} from '@site/src/components/LastVisit/useLastVisit';
import styles from '@site/src/components/LastVisit/styles.module.css';
import DocSidebarItemLink from '@theme-original/DocSidebarItem/Link';
import type DocSidebarItemLinkType from '@theme/DocSidebarItem/Link';
import clsx from 'clsx';
import type {ComponentProps, ReactNode} from 'react';

type Props = ComponentProps<typeof DocSidebarItemLinkType>;

/** A chapter in the navigation, marked "Updated" when it changed since the reader's last visit. */
export default function ChapterLink(props: Props): ReactNode {
  const {updates} = useLastVisit();
  const updated = updates.some((u) => u.chapter.permalink === props.item.href);
  if (!updated) return <DocSidebarItemLink {...props} />;
  // The badge is drawn by CSS and silent; the link's name says it in words (the classic link passes extra props to <Link>).
  return (
    <DocSidebarItemLink
      {...props}
      item={{...props.item, className: clsx(props.item.className, styles.updated)}}
      aria-label={`${props.item.label}, updated since your last visit`}
    />
  );
}
