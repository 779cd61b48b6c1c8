import {existsSync} from 'node:fs';
import path from 'node:path';

import {resolveOptions, type ProceduresOptions, type ProceduresOptionsInput} from '../lib/options';

const PLUGIN = path.resolve(__dirname, '..', 'plugin', 'index.ts');

/**
 * The options the site in `root` is built with, read from the procedures
 * plugin's entry in its docusaurus.config.ts, so the command line checks
 * links and prints addresses as the site serves them. A folder with no site
 * config, such as a manual checked on its own, gets the defaults.
 */
export function siteOptions(root: string): ProceduresOptions {
  const config = siteConfig(root);
  if (!config) return resolveOptions();
  const entry = config.plugins?.find((plugin): plugin is [string, ProceduresOptionsInput] => isProceduresPlugin(plugin, root));
  return resolveOptions(entry?.[1]);
}

function isProceduresPlugin(plugin: unknown, root: string): boolean {
  if (!Array.isArray(plugin) || typeof plugin[0] !== 'string') return false;
  const name = path.resolve(root, plugin[0]);
  return name === PLUGIN || name === path.dirname(PLUGIN);
}

/** Where the site in `root` is published (`https://procedures.example.org/`), from its config; undefined without one. */
export function siteAddress(root: string): string | undefined {
  const config = siteConfig(root);
  return config ? new URL(config.baseUrl, config.url).href : undefined;
}

function siteConfig(root: string): {url: string; baseUrl: string; plugins?: unknown[]} | undefined {
  const file = path.join(root, 'docusaurus.config.ts');
  if (!existsSync(file)) return undefined;
  // The command line runs under tsx, which compiles the config as Docusaurus would.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require(file) as {default: {url: string; baseUrl: string; plugins?: unknown[]}}).default;
}
