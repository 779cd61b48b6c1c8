import {copyFile, mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {PublishedData} from '../lib/data/manual-as-data';

/** Writes the manual's data files into the build, and copies the released files byte for byte. */
export async function writeDataFiles(siteDir: string, outDir: string, {json, copies}: PublishedData): Promise<void> {
  const place = async (to: string) => {
    const file = path.join(outDir, to);
    await mkdir(path.dirname(file), {recursive: true});
    return file;
  };
  for (const {path: to, data} of json) await writeFile(await place(to), `${JSON.stringify(data, null, 2)}\n`);
  for (const {from, to} of copies) await copyFile(path.join(siteDir, from), await place(to));
}
