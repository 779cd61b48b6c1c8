import Head from '@docusaurus/Head';
import {useBreadcrumbsStructuredData} from '@docusaurus/plugin-content-docs/client';
import type {Props} from '@theme/DocBreadcrumbs/StructuredData';
import type {ReactNode} from 'react';

/**
 * The breadcrumbs as schema.org data, as the classic theme writes them, but
 * with `<` escaped: the JSON sits inside a <script> element, and a chapter or
 * part title containing `</script>` would otherwise end it there and let
 * what follows run. `\u003c` is the same JSON to any reader of it.
 */
export default function DocBreadcrumbsStructuredData({breadcrumbs}: Props): ReactNode {
  const data = useBreadcrumbsStructuredData({breadcrumbs});
  return (
    <Head>
      <script type="application/ld+json">{JSON.stringify(data).replace(/</g, '\\u003c')}</script>
    </Head>
  );
}
