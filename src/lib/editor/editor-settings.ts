import type {History} from '../history/load-history';
import type {Manual} from '../model';
import {editorConfig, type EditorBackend, type EditorSettings} from './editor-config';

export interface EditorSettingsOptions {
  docsDir: string;
  chaptersBase: string;
  siteBase: string;
  backend?: EditorBackend;
  /** The dev site: the editor uses the local file server and links to the problems page. */
  localPort?: number;
}

/** Everything the editor page loads, from the manual as the site has just read it. */
export function editorSettings(manual: Manual, history: History | undefined, options: EditorSettingsOptions): EditorSettings {
  const {docsDir, chaptersBase, siteBase, backend, localPort} = options;
  const localBackendUrl = localPort ? `http://localhost:${localPort}/api/v1` : undefined;
  return {
    decap: editorConfig({
      manual: manual.config,
      docsDir,
      chaptersPath: chaptersBase,
      ...(backend ? {backend} : {}),
      ...(localBackendUrl ? {localBackendUrl} : {}),
    }),
    snapshot: {
      chapters: manual.chapters.map(({id, number, title}) => ({id, number, title})),
      formerIds: history ? [...history.versions.keys()].filter((id) => !manual.byId.has(id)) : [],
    },
    ...(localBackendUrl ? {localBackendUrl, problemsPath: `${siteBase}/problems`} : {}),
  };
}
