import * as z from 'zod';

/**
 * The options of a Procedures site, in one place: the Docusaurus plugin
 * validates them with this schema, docusaurus.config.ts hands the same values
 * to the docs plugin, and the command line reads them too, so the manual
 * folder, the history folder and the chapters' address prefix are defined
 * once and reach link checking, page data, search and feeds alike.
 */
const FOLDER = /^[^/\\][^\\]*$/;
const ROUTE = /^[a-z0-9]+(?:[-/][a-z0-9]+)*$/;

const optionsSchema = z
  .strictObject({
    /** The manual folder, relative to the site (the docs plugin's `path`). */
    docsDir: z.string().regex(FOLDER, {error: 'docsDir must be a folder relative to the site, such as `docs`'}).default('docs'),
    /** Where chapters are served, without slashes: `procedures` gives /procedures/<id>. */
    routeBasePath: z
      .string()
      .regex(ROUTE, {error: 'routeBasePath must be lower-case words joined by hyphens or slashes, such as `procedures`'})
      .default('procedures'),
    /** The history folder, relative to the site; by default `history` beside the manual folder. */
    historyDir: z.string().regex(FOLDER, {error: 'historyDir must be a folder relative to the site, such as `history`'}).optional(),
    /** Pages for each chapter's history, versions and compare view, the amendments page and feeds. */
    historyPages: z.boolean().default(true),
    /** A PDF of the manual as each release left it, written by the production build and linked from the amendments page (needs Chromium). */
    releasePdfs: z.boolean().default(false),
    /** The web editor at /admin/ (see the README's "Editing in the browser"). */
    editor: z
      .strictObject({
        /** A team's git host: the production build then publishes the editor, and changes become pull requests. */
        backend: z
          .strictObject({
            name: z.enum(['github', 'gitlab'], {error: 'editor.backend.name must be github or gitlab'}),
            repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/, {error: 'editor.backend.repo must be owner/name, such as `board/procedures`'}),
            branch: z.string().min(1).default('main'),
            /** GitHub: the OAuth service editors sign in through (Decap's `base_url`, `auth_endpoint`); Netlify's by default. */
            base_url: z.url({protocol: /^https$/, error: 'editor.backend.base_url must be an https:// address'}).optional(),
            auth_endpoint: z.string().min(1).optional(),
            /** GitLab: the OAuth application editors sign in with (Decap's `app_id`). */
            app_id: z.string().min(1).optional(),
          })
          .optional(),
        /** Where `npm run edit` runs Decap's local file server. */
        localPort: z.int().min(1).max(65535).default(8081),
      })
      .default({localPort: 8081}),
  })
  .transform((o) => ({...o, historyDir: o.historyDir ?? defaultHistoryDir(o.docsDir)}));

export type ProceduresOptions = z.output<typeof optionsSchema>;
export type ProceduresOptionsInput = z.input<typeof optionsSchema>;

/** Options with their defaults filled in; throws one readable error naming each bad option. */
export function resolveOptions(input: ProceduresOptionsInput = {}): ProceduresOptions {
  const result = optionsSchema.safeParse(input);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${issue.path.join('.') || 'options'}: ${issue.message}`);
  throw new Error(`Invalid Procedures options:\n${lines.join('\n')}`);
}

/** Every option at its default: what a site that sets none gets. */
export const DEFAULT_OPTIONS: ProceduresOptions = resolveOptions();

/** `history` beside the manual folder: `docs` → `history`, `manuals/a/docs` → `manuals/a/history`. */
export function defaultHistoryDir(docsDir: string): string {
  const parent = docsDir.replace(/\/+$/, '').split('/').slice(0, -1);
  return [...parent, 'history'].join('/');
}

/** The manual's settings file, inside the manual folder. */
export const MANUAL_CONFIG = 'manual.yml';
