import {usePluginData} from '@docusaurus/useGlobalData';
import {PLUGIN_NAME, type ChapterData, type ManualData} from '@site/src/lib/manual-data';

/** The manual as the plugin prepared it for pages. */
export function useManual(): ManualData {
  return usePluginData(PLUGIN_NAME) as ManualData;
}

/** Looks chapters up by id, keeping only those that exist. */
export function useChapters(ids: readonly string[]): ChapterData[] {
  const {chapters} = useManual();
  return ids.flatMap((id) => (chapters[id] ? [chapters[id]] : []));
}
