import {mkdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {CHAPTER_DATA_DIR, chapterDataName, type ChapterData} from '../lib/manual-data';

/**
 * Writes each chapter page's data module where the page's compiled Markdown
 * imports it from (remark/chapter-data). Every page the docs plugin renders
 * gets one: `null` for a file the dev site could not read as a chapter, so
 * the page still compiles and shows its problems. A module is written only
 * when its text changed, so in the dev site a save rebuilds the pages it
 * affects and no others.
 */
export async function writeChapterData(generatedFilesDir: string, files: readonly string[], pages: ReadonlyMap<string, ChapterData>): Promise<void> {
  const dir = path.join(generatedFilesDir, CHAPTER_DATA_DIR);
  await mkdir(dir, {recursive: true});
  await Promise.all(
    files.map(async (file) => {
      const target = path.join(dir, chapterDataName(file));
      const text = JSON.stringify(pages.get(file) ?? null);
      const old = await readFile(target, 'utf8').catch(() => undefined);
      if (old !== text) await writeFile(target, text);
    }),
  );
}
