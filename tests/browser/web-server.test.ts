import {readdirSync} from 'node:fs';
import {describe, expect, inject, it} from 'vitest';

// The build served by Caddy with the project's Caddyfile, as a board publishes it.
const get = (route: string, headers: Record<string, string> = {}) => fetch(`${inject('baseUrl')}${route}`, {headers, redirect: 'manual'});
const searchDir = `/search-index/${readdirSync('build/search-index')[0]}`;

describe('the web server configuration', () => {
  it('sends the security headers with every page', async () => {
    const response = await get('/procedures/child-abuse-and-ict');
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy')!;
    const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src'))!;
    expect(scriptSrc).toMatch(/^ ?script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+$/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('permissions-policy')).toContain('camera=()');
  });

  it('compresses text', async () => {
    const response = await get('/procedures/child-abuse-and-ict', {'accept-encoding': 'gzip'});
    expect(response.headers.get('content-encoding')).toBe('gzip');
  });

  it('caches files named by their content for good, and pages, feeds and the search manifest not at all', async () => {
    const script = readdirSync('build/assets/js').find((f) => f.startsWith('main.'))!;
    expect((await get(`/assets/js/${script}`)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await get(`${searchDir}/vocabulary.json`)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    for (const route of ['/', '/procedures/child-abuse-and-ict', '/amendments/rss.xml', `${searchDir}/manifest.json`]) {
      expect((await get(route)).headers.get('cache-control'), route).toBe('no-cache');
    }
  });

  it('serves the not-found page for unknown addresses, and never its own configuration', async () => {
    const missing = await get('/procedures/no-such-chapter');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Page Not Found');
    expect((await get('/.caddy/procedures.caddy')).status).toBe(404);
  });
});
