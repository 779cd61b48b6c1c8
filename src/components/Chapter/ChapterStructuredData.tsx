import Head from '@docusaurus/Head';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {dataPaths} from '@site/src/lib/data/addresses';
import type {ChapterData} from '@site/src/lib/manual-data';
import {chapterCreativeWork, jsonForScript} from '@site/src/lib/structured-data';
import type {ReactNode} from 'react';
import {useManual} from './useManual';

/** The chapter as schema.org data, for search engines and anyone reading the page as data. */
export default function ChapterStructuredData({chapter}: {chapter: ChapterData}): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const {title, board, dataPublished} = useManual();
  const site = `${siteConfig.url}${siteConfig.baseUrl}`;
  const data = chapterCreativeWork(chapter, {
    manualTitle: title,
    board,
    pageUrl: new URL(chapter.permalink, site).href,
    ...(dataPublished ? {dataUrl: new URL(dataPaths.chapterVersion(chapter.id, chapter.version), site).href} : {}),
  });
  return (
    <Head>
      <script type="application/ld+json">{jsonForScript(data)}</script>
    </Head>
  );
}
