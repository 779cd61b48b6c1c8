import {parse} from 'yaml';
import {formatChapterFile, readChapterFile} from '../lib/editor/chapter-file';
import {CHAPTER_FORMAT, SETTINGS_FORMAT} from '../lib/editor/editor-config';
import {writeSettingsText} from '../lib/editor/settings-file';
import {plain, type DecapCms} from './decap';

/**
 * Files are read and written by the project's own code, not Decap's: a
 * chapter saved unchanged is byte for byte the file it was, and manual.yml
 * keeps its comments.
 */
export function registerFormats(cms: DecapCms): void {
  cms.registerCustomFormat(CHAPTER_FORMAT, 'md', {
    fromFile(text) {
      const {frontmatter, body, unreadable} = readChapterFile(text);
      // Opened as an empty or altered form, the file would be saved without what it held: it is fixed as text first.
      if (unreadable) throw new Error(`${unreadable} Fix it in the file (npm run check says where), then reload the editor.`);
      return {...frontmatter, body};
    },
    toFile(data) {
      const {body, ...frontmatter} = plain(data);
      return formatChapterFile(frontmatter, typeof body === 'string' ? body : '');
    },
  });

  // There is one settings file; its text as last read is what its comments are kept from.
  let settingsText = '';
  cms.registerCustomFormat(SETTINGS_FORMAT, 'yml', {
    fromFile(text) {
      settingsText = text;
      return parse(text) ?? {};
    },
    toFile: (data) => writeSettingsText(settingsText, plain(data)),
  });
}
