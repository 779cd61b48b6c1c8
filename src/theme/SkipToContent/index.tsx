import {useHistory} from '@docusaurus/router';
import {SkipToContentFallbackId} from '@docusaurus/theme-common';
import {useLocationChange} from '@docusaurus/theme-common/internal';
import SkipToContent from '@theme-original/SkipToContent';
import {useRef, type MouseEvent, type ReactNode} from 'react';

/**
 * Focuses an element that is not normally focusable and keeps the focus there
 * until the reader moves on. The classic theme gives the element a tabindex,
 * focuses it and removes the tabindex at once; current Chromium then drops
 * focus to <body>, so screen readers announce nothing, no focus ring shows
 * and the next Tab can start from wherever the old page left off.
 */
function holdFocus(target: HTMLElement): void {
  target.setAttribute('tabindex', '-1');
  target.addEventListener('blur', () => target.removeAttribute('tabindex'), {once: true});
  target.focus();
}

function skipToMain(event: MouseEvent): void {
  const target = document.querySelector('main') ?? document.getElementById(SkipToContentFallbackId);
  if (!target || !(event.target instanceof HTMLAnchorElement)) return;
  event.preventDefault();
  event.stopPropagation();
  holdFocus(target);
}

/**
 * Wraps the classic theme's SkipToContent, handling its link's click (see
 * `holdFocus`) and, after following a link to another page, putting focus
 * back on the skip link's region so the next Tab reaches the skip link. This
 * effect runs after the classic theme's own reset (parents' effects run after
 * their children's), so its focus is the one that stays.
 */
export default function SkipToContentWrapper(): ReactNode {
  const wrapper = useRef<HTMLDivElement>(null);
  const {action} = useHistory();
  useLocationChange(({location}) => {
    const region = wrapper.current?.querySelector<HTMLElement>('[role="region"]');
    if (region && !location.hash && action === 'PUSH') holdFocus(region);
  });
  return (
    <div ref={wrapper} onClickCapture={skipToMain}>
      <SkipToContent />
    </div>
  );
}
