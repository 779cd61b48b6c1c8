import {existsSync} from 'node:fs';
import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {dataPaths, releaseName} from '../lib/data/addresses';
import {isoDate} from '../lib/dates';
import type {History} from '../lib/history/load-history';
import type {Manual} from '../lib/model';
import {manualOnPaper} from '../lib/paper/manual-on-paper';
import {chromiumForPrinting} from '../node/print-errors';
import type * as PrintModule from '../node/print-pdf';

/**
 * With `releasePdfs`, a PDF of the manual as each release left it: on the
 * release's date, with the versions it published to come into force later
 * marked prospective. Printed from the pages just built, as `procedures pdf`
 * prints them.
 */
export async function writeReleasePdfs(
  outDir: string,
  {manual, history, siteBase, chaptersBase, siteUrl}: {manual: Manual; history: History; siteBase: string; chaptersBase: string; siteUrl: string},
): Promise<void> {
  const chromiumPath = chromiumForPrinting(process.env, existsSync);
  // Chromium and pdf-lib load only for a build that prints: every other build and `npm start` start faster without them.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const {printManualPdf} = require('../node/print-pdf') as typeof PrintModule;
  const printedOn = isoDate(new Date());
  for (const release of history.releases) {
    const paper = manualOnPaper(manual, history, {date: release.date, includeProspective: true, chaptersBase});
    const {pdf} = await printManualPdf(paper, {buildDir: outDir, siteBase, siteUrl, chromiumPath, printedOn, progress: () => undefined});
    const file = path.join(outDir, dataPaths.releasePdf(releaseName(release.file)));
    await mkdir(path.dirname(file), {recursive: true});
    await writeFile(file, pdf);
  }
}
