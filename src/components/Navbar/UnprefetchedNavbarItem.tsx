import {useLocation} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import clsx from 'clsx';
import type {ReactNode} from 'react';

interface Props {
  to: string;
  label: string;
  mobile?: boolean;
}

/**
 * A navbar link to a page whose data grows with the manual (the amendments
 * page lists every release; the manual on a date holds every version's
 * dates). The classic item is a Docusaurus Link, which downloads the page's
 * data as soon as the link is visible, so every page a practitioner opened
 * also fetched these: at 1,000 chapters, hundreds of kilobytes. This one is
 * a plain link, drawn and marked current as the classic item is; following
 * it loads the page.
 */
export default function UnprefetchedNavbarItem({to, label, mobile = false}: Props): ReactNode {
  const href = useBaseUrl(to);
  const current = useLocation().pathname.replace(/\/$/, '') === href.replace(/\/$/, '');
  const link = (
    <a
      href={href}
      className={clsx(mobile ? 'menu__link' : 'navbar__item navbar__link', current && (mobile ? 'menu__link--active' : 'navbar__link--active'))}
      aria-current={current ? 'page' : undefined}
    >
      {label}
    </a>
  );
  return mobile ? <li className="menu__list-item">{link}</li> : link;
}
