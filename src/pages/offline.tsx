import Link from '@docusaurus/Link';
import Head from '@docusaurus/Head';
import {useManual} from '@site/src/components/Chapter/useManual';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import {useEffect, useState, type ReactNode} from 'react';

/** The page the reader asked for, from `?from=` (set by the service worker): an address on this site only. */
function useRequestedPage(): string | undefined {
  const [from, setFrom] = useState<string>();
  // Read after hydration: the saved page was built without it.
  useEffect(() => {
    const value = new URLSearchParams(window.location.search).get('from');
    if (!value) return;
    // Resolved as the browser would, so that `/\\host` or a tab in `/\t/host` cannot lead off the site.
    const url = new URL(value, window.location.origin);
    if (url.origin === window.location.origin) setFrom(`${url.pathname}${url.search}`);
  }, []);
  return from;
}

/**
 * What the saved copy of the manual shows, with no network, for a page it
 * does not hold: past versions, comparisons and the manual on a date are
 * read from the board's site (see src/sw/offline-pages.js).
 */
export default function OfflinePage(): ReactNode {
  const {title} = useManual();
  const from = useRequestedPage();
  return (
    <Layout title="This page needs a network connection" description={`A page of the ${title} that is not saved for reading offline.`}>
      <Head>
        <meta name="robots" content="noindex" />
      </Head>
      <main className="container margin-vert--lg">
        <Heading as="h1">This page needs a network connection</Heading>
        <p>
          You are offline, and this page is not saved on this device. Every current chapter of the {title} and its search are saved for reading offline; past
          versions, comparisons between versions and the manual on a past date are not, and open again when you are back online.
        </p>
        <ul>
          {from && (
            <li>
              <a href={from}>Try the page you asked for again</a> (<code>{from}</code>)
            </li>
          )}
          <li>
            <Link to="/">The contents of the manual</Link>
          </li>
          <li>
            <Link to="/search">Search the procedures</Link>
          </li>
        </ul>
      </main>
    </Layout>
  );
}
