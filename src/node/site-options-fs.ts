import {existsSync} from 'node:fs';
import path from 'node:path';
import {resolveOptions, type ProceduresOptions} from '../lib/options';

/**
 * The options the site in `root` is built with, read from its
 * docusaurus.config.ts (which exports them as `procedures`), so the command
 * line checks links and prints addresses as the site serves them. A folder
 * with no site config, such as a manual checked on its own, gets the
 * defaults.
 */
export function siteOptions(root: string): ProceduresOptions {
  const file = path.join(root, 'docusaurus.config.ts');
  if (!existsSync(file)) return resolveOptions();
  // The command line runs under tsx, which compiles the config as Docusaurus would.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const {procedures} = require(file) as {procedures?: ProceduresOptions};
  return procedures ?? resolveOptions();
}
