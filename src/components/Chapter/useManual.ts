import {usePluginData} from '@docusaurus/useGlobalData';
import {PLUGIN_NAME, type ChapterData, type ManualData} from '@site/src/lib/manual-data';
import {createContext, useContext} from 'react';

/** The manual as the plugin prepared it for every page. */
export function useManual(): ManualData {
  return usePluginData(PLUGIN_NAME) as ManualData;
}

/** The chapter page's own data (theme/DocItem provides it from the page's module); null where a page is not a readable chapter. */
export const ChapterDataContext = createContext<ChapterData | null>(null);

export function useChapterData(): ChapterData | null {
  return useContext(ChapterDataContext);
}
