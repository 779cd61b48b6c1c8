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
  return <DocSidebarItemLink {...props} item={updated ? {...props.item, className: clsx(props.item.className, styles.updated)} : props.item} />;
}
