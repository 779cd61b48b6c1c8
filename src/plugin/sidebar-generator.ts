import {sidebarItems} from '../lib/sidebar';
import {readManual} from '../node/read-manual-fs';

interface GeneratorArgs {
  docs: {id: string; source: string}[];
  defaultSidebarItemsGenerator: (args: never) => Promise<unknown[]>;
}

/**
 * The docs plugin's `sidebarItemsGenerator`: parts and chapters ordered by
 * chapter number, from the same model the check and pages use. A manual too
 * broken to load falls back to Docusaurus's own order; our plugin reports why.
 */
export function manualSidebar(root: string, docsDir: string) {
  return async (args: GeneratorArgs) => {
    const {manual} = await readManual({root, docsDir});
    if (!manual) return args.defaultSidebarItemsGenerator(args as never);
    const docIds = new Map(args.docs.map((doc) => [doc.source.replace(/^@site\//, ''), doc.id]));
    return sidebarItems(manual, (file) => docIds.get(file));
  };
}
