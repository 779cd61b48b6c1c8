import {SkipToContentFallbackId} from '@docusaurus/theme-common';
import SkipToContent from '@theme-original/SkipToContent';
import type {MouseEvent, ReactNode} from 'react';

/**
 * Moves focus to the main content and keeps it there until the reader moves
 * on. The classic theme's link gives <main> a tabindex, focuses it and removes
 * the tabindex at once; current Chromium then drops focus to <body>, so screen
 * readers announce nothing and no focus ring shows.
 */
function skipToMain(event: MouseEvent): void {
  const target = document.querySelector('main') ?? document.getElementById(SkipToContentFallbackId);
  if (!target || !(event.target instanceof HTMLAnchorElement)) return;
  event.preventDefault();
  event.stopPropagation();
  target.setAttribute('tabindex', '-1');
  target.addEventListener('blur', () => target.removeAttribute('tabindex'), {once: true});
  target.focus();
}

/** Wraps the classic theme's SkipToContent, handling its link's click (see `skipToMain`). */
export default function SkipToContentWrapper(): ReactNode {
  return (
    <div onClickCapture={skipToMain}>
      <SkipToContent />
    </div>
  );
}
