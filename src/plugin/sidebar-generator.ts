import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {readManualConfig} from '../lib/load-manual';
import {sidebarItems, type SidebarChapter} from '../lib/sidebar';
import {MANUAL_CONFIG} from '../lib/options';

interface GeneratorArgs {
  docs: {id: string; frontMatter: Record<string, unknown>}[];
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
    return sidebarItems(
      config.parts,
      args.docs.flatMap(({id, frontMatter: {number, title, part}}) =>
        typeof number === 'string' && typeof title === 'string' && typeof part === 'string' ? [{docId: id, number, title, part} satisfies SidebarChapter] : [],
      ),
    );
  };
}
