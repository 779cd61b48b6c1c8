import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {ManualConfig} from '../lib/schema';

/** The web app manifest the PWA plugin's head links to: a reader can add the manual to a phone's home screen. */
export async function writeWebAppManifest(outDir: string, config: ManualConfig, siteBase: string): Promise<void> {
  const manifest = {
    name: config.title,
    short_name: config.title.length > 12 ? 'Procedures' : config.title,
    description: config.description,
    lang: 'en-GB',
    start_url: `${siteBase}/`,
    scope: `${siteBase}/`,
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#1d4f91',
    icons: [{src: `${siteBase}/img/favicon.svg`, sizes: 'any', type: 'image/svg+xml'}],
  };
  await writeFile(path.join(outDir, 'manifest.webmanifest'), `${JSON.stringify(manifest, null, 2)}\n`);
}
