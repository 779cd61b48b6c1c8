import type {Props} from '@theme/Navbar/Search';
import clsx from 'clsx';
import type {ReactNode} from 'react';
import styles from './styles.module.css';

/**
 * Replaces the classic theme's search container, which on phones is placed
 * over the right of the navbar, on top of the site's title. Here it takes a
 * row of its own below the title on narrow screens, so the two never overlap
 * at any width or text size, and search stays one tap away.
 */
export default function NavbarSearch({children, className}: Props): ReactNode {
  return <div className={clsx(className, styles.container)}>{children}</div>;
}
