import type {Root, RootContent} from 'mdast';
import {CHAPTER_DATA_DIR, chapterDataName} from '../lib/manual-data';

/** The export a chapter page's module carries its data under; Docusaurus hands it to DocItem as `content.chapterData`. */
export const CHAPTER_DATA_EXPORT = 'chapterData';

/**
 * Remark plugin for chapter pages: the compiled page re-exports its chapter's
 * data module (written by the procedures plugin), as Docusaurus's own loader
 * does with a page's metadata. The data is then loaded with the page alone,
 * not in the bundle every page loads, and the bundler rebuilds the page
 * when the data changes (a related chapter renamed, a new backlink).
 */
export default function remarkChapterData() {
  return (tree: Root, file: {path: string}) => {
    const source = `@generated/${CHAPTER_DATA_DIR}/${chapterDataName(file.path)}`;
    const esm = {
      type: 'mdxjsEsm',
      value: `export {default as ${CHAPTER_DATA_EXPORT}} from ${JSON.stringify(source)};`,
      data: {
        estree: {
          type: 'Program',
          sourceType: 'module',
          body: [
            {
              type: 'ExportNamedDeclaration',
              declaration: null,
              attributes: [],
              specifiers: [{type: 'ExportSpecifier', local: {type: 'Identifier', name: 'default'}, exported: {type: 'Identifier', name: CHAPTER_DATA_EXPORT}}],
              source: {type: 'Literal', value: source, raw: JSON.stringify(source)},
            },
          ],
        },
      },
    };
    tree.children.push(esm as unknown as RootContent);
  };
}
