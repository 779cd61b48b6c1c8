import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {readManualConfig} from '../lib/load-manual';
import {parseChapter} from '../lib/parse-chapter';
import {sidebarItems, type SidebarChapter} from '../lib/sidebar';
import {MANUAL_CONFIG} from '../lib/options';

interface GeneratorArgs {
  docs: {id: string; source: string; frontMatter: Record<string, unknown>}[];
  defaultSidebarItemsGenerator: (args: never) => Promise<unknown[]>;
}

/**
 * The docs plugin's `sidebarItemsGenerator`: parts and chapters ordered by
 * chapter number. It reads the frontmatter the docs plugin has already parsed
 * rather than loading the manual again; a build only goes ahead once our
 * plugin has checked that frontmatter. A settings file too broken to read
 * falls back to Docusaurus's own order; our plugin reports why.
 */
export function manualSidebar(root: string, docsDir: string) {
  return async (args: GeneratorArgs) => {
    const file = path.join(root, docsDir, MANUAL_CONFIG);
    const {config} = readManualConfig({file, text: await readFile(file, 'utf8').catch(() => '')});
    if (!config) return args.defaultSidebarItemsGenerator(args as never);
    const chapters = await Promise.all(
      args.docs.map(async ({id, source, frontMatter: {number, title, part}}) => {
        if (typeof title !== 'string' || typeof part !== 'string') return [];
        // YAML reads an unquoted `number: 4.10` as the number 4.1: take the digits from the file as written.
        const written = typeof number === 'number' ? await numberAsWritten(path.join(root, source.replace(/^@site\//, ''))) : number;
        return typeof written === 'string' ? [{docId: id, number: written, title, part} satisfies SidebarChapter] : [];
      }),
    );
    return sidebarItems(config.parts, chapters.flat());
  };
}

/** The chapter number as the editor wrote it, read with the core's own frontmatter reader. */
async function numberAsWritten(file: string): Promise<string | undefined> {
  const text = await readFile(file, 'utf8').catch(() => undefined);
  return text === undefined ? undefined : parseChapter({file, text}).fields.number;
}
