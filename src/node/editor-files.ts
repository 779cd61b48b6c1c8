import {copyFile, mkdir, readdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {build} from 'esbuild';
import type {EditorSettings} from '../lib/editor/editor-config';

/**
 * The web editor's files: a page of its own (no site styles or scripts),
 * Decap CMS's published bundle as it ships, the editor's script bundled from
 * src/admin, and the settings made from the manual. Readers' pages never
 * load any of it.
 */

const DECAP_DIST = path.dirname(require.resolve('decap-cms/dist/decap-cms.js'));
const ENTRY = path.join(__dirname, '../admin/main.ts');

const PAGE = `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex" />
    <title>Edit the manual</title>
    <link rel="icon" href="../img/favicon.svg" />
    <link rel="stylesheet" href="editor.css" />
  </head>
  <body>
    <script src="procedures-admin.js"></script>
    <script src="decap/decap-cms.js"></script>
  </body>
</html>
`;

const STYLES = `.editor-message { font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; padding: 0 1rem; line-height: 1.6; color: #1c1e21; }
.editor-message pre { background: #f3f4f6; padding: .75rem 1rem; font-size: 1.1rem; }
.editor-problems-link { position: fixed; right: 1rem; bottom: 1rem; z-index: 1000; background: #fff; color: #0b5cad; border: 2px solid #0b5cad; border-radius: 4px; padding: .4rem .7rem; font: 600 .9rem system-ui, sans-serif; }
.editor-problems-link:focus { outline: 3px solid #1c1e21; outline-offset: 2px; }
`;

// One bundle per process: the script does not depend on the manual, only the settings do.
let script: Promise<string> | undefined;

function editorScript(): Promise<string> {
  script ??= build({
    entryPoints: [ENTRY],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    write: false,
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0]!.text);
  return script;
}

/** Writes the editor into `dir`; Decap's bundle is copied once, as it never changes for a version of the package. */
export async function writeEditorFiles(dir: string, settings: EditorSettings): Promise<void> {
  const decapDir = path.join(dir, 'decap');
  await mkdir(decapDir, {recursive: true});
  const present = new Set(await readdir(decapDir));
  const decapFiles = (await readdir(DECAP_DIST)).filter((f) => f.endsWith('decap-cms.js') && !present.has(f));
  await Promise.all(decapFiles.map((f) => copyFile(path.join(DECAP_DIST, f), path.join(decapDir, f))));
  await Promise.all([
    writeFile(path.join(dir, 'index.html'), PAGE),
    writeFile(path.join(dir, 'editor.css'), STYLES),
    writeFile(path.join(dir, 'settings.json'), JSON.stringify(settings)),
    editorScript().then((code) => writeFile(path.join(dir, 'procedures-admin.js'), code)),
  ]);
}
