import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {PDFDocument, StandardFonts, type PDFFont} from 'pdf-lib';
import {chromium, type Page} from 'playwright-core';
import serveHandler from 'serve-handler';
import {longDate} from '../lib/dates';
import {CannotPrintError} from './print-errors';
import {frontMatterHtml, runningHeaderHtml, validityNote} from '../lib/paper/front-matter';
import type {PaperChapter, PaperManual} from '../lib/paper/manual-on-paper';

export interface PrintOptions {
  /** The production build whose pages are printed. */
  buildDir: string;
  /** The site's base address path, without a trailing `/` (`''` at the root): stripped from page addresses to find them in the build. */
  siteBase: string;
  /** Where the online manual is, for the note on every page. */
  siteUrl: string;
  chromiumPath: string;
  /** YYYY-MM-DD. */
  printedOn: string;
  /** Told of each chapter as it is printed. */
  progress: (chapter: PaperChapter, index: number) => void;
}

const MM = 72 / 25.4;
const MARGIN = {top: '20mm', bottom: '22mm', left: '18mm', right: '18mm'};

/**
 * The manual as one PDF. Each chapter is printed by Chromium from its page on
 * the site, with the site's print styles, so the PDF and a page printed from
 * the browser agree; the cover and contents are printed last, once each
 * chapter's first page is known; the note and page number at the foot of
 * every page are drawn on the merged document.
 */
export async function printManualPdf(paper: PaperManual, options: PrintOptions): Promise<{pdf: Uint8Array; pages: number}> {
  const server = await serve(options.buildDir);
  const browser = await chromium
    .launch({executablePath: options.chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--no-first-run']})
    .catch(async (error: Error) => {
      await new Promise((resolve) => server.close(resolve));
      throw new CannotPrintError(`Chromium at ${options.chromiumPath} did not start: ${error.message.split('\n')[0]}`);
    });
  try {
    const page = await browser.newPage();
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const chapters: PDFDocument[] = [];
    for (const [i, chapter] of paper.chapters.entries()) {
      options.progress(chapter, i);
      chapters.push(await PDFDocument.load(await printChapter(page, `${origin}${chapter.url.slice(options.siteBase.length)}`, chapter)));
    }
    const front = await printFrontMatter(
      page,
      paper,
      options,
      chapters.map((c) => c.getPageCount()),
    );
    const merged = await PDFDocument.create();
    for (const part of [front, ...chapters]) for (const copied of await merged.copyPages(part, part.getPageIndices())) merged.addPage(copied);
    await stampFooters(merged, validityNote(options.printedOn, options.siteUrl));
    merged.setTitle(`${paper.title}, as in force on ${longDate(paper.date)}`);
    merged.setAuthor(paper.board);
    merged.setSubject(`Release in force: ${paper.release.title}; its release record's SHA-256 is ${paper.release.sha256}`);
    merged.setCreator('Procedures');
    merged.setLanguage('en-GB');
    return {pdf: await merged.save(), pages: merged.getPageCount()};
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
}

/** The build on 127.0.0.1, with clean addresses as the web server gives them. */
async function serve(buildDir: string): Promise<Server> {
  const server = createServer((request, response) => void serveHandler(request, response, {public: buildDir, cleanUrls: true, trailingSlash: false}));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

async function printChapter(page: Page, url: string, chapter: PaperChapter): Promise<Uint8Array> {
  const response = await page.goto(url, {waitUntil: 'load'});
  if (!response?.ok())
    throw new CannotPrintError(
      `the build has no page for ${chapter.number} version ${chapter.version} (${response?.status() ?? 'no answer'}): build the site again, with its history pages`,
    );
  // The foot of every page says when the copy was printed; the page's own line would name this local server.
  await page.addStyleTag({content: '.printed-on { display: none !important; }'});
  await page.evaluate(() => document.fonts.ready);
  return page.pdf({format: 'A4', margin: MARGIN, displayHeaderFooter: true, headerTemplate: runningHeaderHtml(chapter), footerTemplate: '<span></span>'});
}

/** Cover and contents, laid out again until the contents' own length stops moving the page numbers. */
async function printFrontMatter(page: Page, paper: PaperManual, {printedOn, siteUrl}: PrintOptions, chapterPages: number[]): Promise<PDFDocument> {
  let frontPages = 0;
  for (let attempt = 0; attempt < 3; attempt++) {
    let next = frontPages + 1;
    const startPages = chapterPages.map((n) => ((next += n), next - n));
    await page.setContent(frontMatterHtml(paper, {printedOn, siteUrl, ...(attempt > 0 ? {startPages} : {})}), {waitUntil: 'load'});
    const front = await PDFDocument.load(await page.pdf({preferCSSPageSize: true}));
    if (attempt > 0 && front.getPageCount() === frontPages) return front;
    frontPages = front.getPageCount();
  }
  throw new CannotPrintError('the contents would not settle on a length: print again, or report this');
}

async function stampFooters(pdf: PDFDocument, note: string): Promise<void> {
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const pages = pdf.getPages();
  pages.forEach((page, i) => {
    const {width} = page.getSize();
    const number = `Page ${i + 1} of ${pages.length}`;
    const size = 7.5;
    const numberWidth = font.widthOfTextAtSize(number, size);
    page.drawText(number, {x: width - 18 * MM - numberWidth, y: 10 * MM, size, font});
    page.drawText(fitted(note, font, size, width - 36 * MM - numberWidth - 6 * MM), {x: 18 * MM, y: 10 * MM, size, font});
  });
}

/** The note as it fits the line: a very long site address is shortened rather than run into the page number. */
function fitted(text: string, font: PDFFont, size: number, room: number): string {
  let fit = text;
  while (fit.length > 20 && font.widthOfTextAtSize(fit, size) > room) fit = `${fit.slice(0, -2)}…`;
  return fit;
}
