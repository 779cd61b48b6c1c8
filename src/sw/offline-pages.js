// Runs inside the service worker that @docusaurus/plugin-pwa builds (its `swCustom` option), before the plugin's own
// handlers. Plain JavaScript: the plugin compiles it with Babel alone.

/**
 * Pages are written as `procedures/referrals.html` (trailingSlash: false) and
 * asked for as `/procedures/referrals`; the plugin looks only for the address
 * itself and `…/index.html`. This serves the saved `.html` page, and when a
 * page was not saved (a past version, a comparison) and the network is gone,
 * sends the reader to the saved "needs a network connection" page.
 */
export default function offlinePages({offlineMode}) {
  if (!offlineMode) return;
  const scope = new URL(self.registration.scope);
  self.addEventListener('fetch', (event) => {
    const {request} = event;
    if (request.mode !== 'navigate') return;
    const url = new URL(request.url);
    // The plugin answers for the home page and for files named with their extension.
    if (url.origin !== scope.origin || url.pathname.endsWith('/') || /\.[a-z0-9]+$/i.test(url.pathname)) return;
    event.respondWith(pageFor(request, url, scope));
  });
}

async function pageFor(request, url, scope) {
  // Saved copies are stored under their address plus a revision parameter: match without it.
  const saved = await caches.match(`${url.origin}${url.pathname}.html`, {ignoreSearch: true});
  if (saved) return saved;
  try {
    return await fetch(request);
  } catch {
    // Sent to the page of its own, not served here: the site's code, which is saved, would otherwise draw this
    // address's page over it, half-loaded.
    const offline = new URL('offline', scope);
    offline.searchParams.set('from', `${url.pathname}${url.search}`);
    return Response.redirect(offline.href, 302);
  }
}
