import {existsSync} from 'node:fs';
import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import {longDate} from '../../src/lib/dates';
import {manualOnPaper, NothingInForceError} from '../../src/lib/paper/manual-on-paper';
import {closest} from '../../src/lib/suggest';
import {CannotPrintError, chromiumForPrinting} from '../../src/node/print-errors';
import type * as PrintModule from '../../src/node/print-pdf';
import {readManual} from '../../src/node/read-manual-fs';
import {siteAddress} from '../../src/node/site-options-fs';
import {isoDateOption, MANUAL_ARGS, manualOptions, parseOptions, todayOption, UsageError} from './usage';

/**
 * `procedures pdf --date YYYY-MM-DD`: the whole manual as in force on a date,
 * as one PDF printed by Chromium from the built site's pages.
 */
export async function pdf(args: string[]): Promise<number> {
  const options = parseOptions(args, {
    ...MANUAL_ARGS,
    date: {type: 'string'},
    release: {type: 'string'},
    'include-prospective': {type: 'boolean', default: false},
    out: {type: 'string'},
    build: {type: 'string', default: 'build'},
    today: {type: 'string'},
  });
  if ((options.date === undefined) === (options.release === undefined)) throw new UsageError('pdf needs either --date YYYY-MM-DD or --release "February 2009"');
  const site = manualOptions(options);
  const {manual, history} = await readManual({root: process.cwd(), ...site});
  if (!manual) throw new UsageError('the manual does not load: run `npm run check`');
  let date = options.date === undefined ? undefined : isoDateOption('--date', options.date);
  if (options.release !== undefined) {
    const titles = history?.releases.map((r) => r.title) ?? [];
    const release = history?.releases.find((r) => r.title === options.release);
    if (!release) {
      const guess = closest(options.release, titles);
      throw new UsageError(
        `no release is called "${options.release}"${guess ? `; did you mean "${guess}"?` : ''} (releases: ${titles.join(', ') || 'none yet'})`,
      );
    }
    date = release.date;
  }
  const published = siteAddress(process.cwd());
  const address = published ?? 'the online manual';
  const siteBase = published ? new URL(published).pathname.replace(/\/$/, '') : '';
  let paper;
  try {
    paper = manualOnPaper(manual, history, {
      date: date!,
      includeProspective: options['include-prospective'],
      chaptersBase: `${siteBase}/${site.routeBasePath}`,
    });
  } catch (error) {
    if (error instanceof NothingInForceError) throw new UsageError(error.message);
    throw error;
  }

  const chromiumPath = chromiumForPrinting(process.env, existsSync);
  if (!existsSync(path.join(options.build, 'index.html')))
    throw new CannotPrintError(`there is no built site in ${options.build}/: run \`npm run build\` first`);
  const out = options.out ?? `${GithubSlugger.slug(paper.title)}-${paper.date}.pdf`;
  // Chromium, pdf-lib and the rest load only when printing: every other command starts faster without them.
  // (require, not import(): the command line runs as CommonJS under tsx, which compiles what require loads.)
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const {printManualPdf} = require('../../src/node/print-pdf') as typeof PrintModule;
  const {pdf: bytes, pages} = await printManualPdf(paper, {
    buildDir: path.resolve(options.build),
    siteBase,
    siteUrl: address,
    chromiumPath,
    printedOn: todayOption(options.today),
    progress: (chapter, i) =>
      process.stderr.write(`Printing ${chapter.number} ${chapter.title}, version ${chapter.version} (${i + 1} of ${paper.chapters.length})\n`),
  });
  await writeFile(out, bytes);
  const left =
    paper.prospectiveLeftOut > 0
      ? `; ${paper.prospectiveLeftOut} prospective version${paper.prospectiveLeftOut === 1 ? '' : 's'} left out (--include-prospective prints them)`
      : '';
  process.stdout.write(
    `Wrote ${out}: ${paper.chapters.length} chapters on ${pages} pages, as in force on ${longDate(paper.date)} (release ${paper.release.title})${left}.\n`,
  );
  return 0;
}
