import {toHtml} from 'hast-util-to-html';
import {h} from 'hastscript';
import {longDate} from '../dates';
import type {PaperChapter, PaperManual} from './manual-on-paper';

/** What a printed copy says of itself, on its cover and at the foot of every page. */
export function validityNote(printedOn: string, siteUrl: string): string {
  return `Printed on ${longDate(printedOn)} — valid until the next update; check the online manual at ${siteUrl}`;
}

// Cover and contents are drawn by Chromium like the chapter pages; these styles are theirs alone.
const STYLE = `
  @page { size: A4; margin: 20mm 18mm 22mm; }
  body { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif; color: #000; font-size: 11pt; line-height: 1.45; }
  .cover { break-after: page; padding-top: 30mm; }
  .cover .board { font-size: 13pt; }
  .cover h1 { font-size: 26pt; line-height: 1.2; margin: 6mm 0 10mm; }
  .cover .date { font-size: 16pt; font-weight: 600; }
  .cover dl { margin-top: 14mm; display: grid; grid-template-columns: max-content 1fr; gap: 3mm 6mm; }
  .cover dt { font-weight: 600; }
  .cover dd { margin: 0; }
  .hash { font-family: ui-monospace, 'DejaVu Sans Mono', monospace; font-size: 8pt; white-space: nowrap; }
  .validity { margin-top: 14mm; border-top: 1px solid #000; padding-top: 4mm; }
  h2 { font-size: 18pt; }
  table { width: 100%; border-collapse: collapse; }
  th, td { text-align: left; padding: 1.5mm 2mm; border-bottom: 0.5pt solid #777; vertical-align: top; }
  th { border-bottom: 1pt solid #000; }
  tr { break-inside: avoid; }
  td:not(:first-child) { white-space: nowrap; }
  td.page, th.page { text-align: right; }
`;

/**
 * The cover and the contents of a printed manual, as an HTML document.
 * `startPages` gives each chapter's first page; before they are known, the
 * contents are laid out with a placeholder as wide as a page number.
 */
export function frontMatterHtml(
  paper: PaperManual,
  {printedOn, siteUrl, startPages}: {printedOn: string; siteUrl: string; startPages?: readonly number[]},
): string {
  const {release} = paper;
  const cover = h('section.cover', [
    h('p.board', paper.board),
    h('h1', paper.title),
    h('p.date', `As in force on ${longDate(paper.date)}`),
    h('dl', [
      h('dt', 'Release in force'),
      h('dd', `${release.title}, published ${longDate(release.date)}`),
      h('dt', 'Its release record'),
      h('dd', [h('span.hash', release.sha256), h('br'), 'SHA-256; check it against the online manual’s amendments page']),
      ...(release.nextUpdate ? [h('dt', 'Next update'), h('dd', `expected ${longDate(release.nextUpdate)}`)] : []),
      h('dt', 'Chapters'),
      h('dd', chapterCount(paper)),
    ]),
    h('p.validity', validityNote(printedOn, siteUrl)),
  ]);
  const contents = h('section.contents', [
    h('h2', 'Contents'),
    h('table', [
      h(
        'thead',
        h('tr', [
          h('th', {scope: 'col'}, 'Chapter'),
          h('th', {scope: 'col'}, 'Version'),
          h('th', {scope: 'col'}, 'In force from'),
          h('th.page', {scope: 'col'}, 'Page'),
        ]),
      ),
      h(
        'tbody',
        paper.chapters.map((chapter, i) =>
          h('tr', [
            h('td', `${chapter.number} ${chapter.title}`),
            h('td', String(chapter.version)),
            h('td', `${longDate(chapter.effective)}${chapter.prospective ? ' (prospective)' : ''}`),
            h('td.page', startPages?.[i] === undefined ? '000' : String(startPages[i])),
          ]),
        ),
      ),
    ]),
  ]);
  return `<!doctype html>${toHtml(
    h('html', {lang: 'en-GB'}, [
      h('head', [h('meta', {charset: 'utf-8'}), h('title', `${paper.title}, as in force on ${longDate(paper.date)}`), h('style', STYLE)]),
      h('body', [cover, contents]),
    ]),
  )}`;
}

function chapterCount({chapters, prospectiveLeftOut}: PaperManual): string {
  const inForce = chapters.filter((c) => !c.prospective).length;
  const prospective = chapters.length - inForce;
  const parts = [`${inForce} in force`];
  if (prospective > 0) parts.push(`${prospective} published but not yet in force, marked prospective`);
  if (prospectiveLeftOut > 0) parts.push(`${prospectiveLeftOut} published but not yet in force, left out`);
  return parts.join('; ');
}

/** The running header of a chapter's pages, as Chromium's header template (which needs its own font size). */
export function runningHeaderHtml(chapter: PaperChapter): string {
  const header = h(
    'div',
    {style: 'font-size: 8pt; width: 100%; margin: 0 18mm; display: flex; justify-content: space-between; font-family: system-ui, sans-serif;'},
    [
      h('span', `${chapter.number} ${chapter.title}`),
      h('span', `Version ${chapter.version}${chapter.prospective ? ', prospective' : ''} · in force from ${longDate(chapter.effective)}`),
    ],
  );
  return toHtml(header);
}
