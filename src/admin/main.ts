import type {EditorSettings} from '../lib/editor/editor-config';
import {registerEvents} from './events';
import {registerFormats} from './formats';
import {registerPreview} from './preview';
import {registerWidgets} from './widgets';

/**
 * The web editor at /admin/: Decap CMS with the manual's own file formats,
 * checked fields and preview. This script runs before Decap's and tells it
 * to wait for the configuration made from the chapter schema.
 */
window.CMS_MANUAL_INIT = true;

/** The settings the site last wrote: it rewrites them whenever it reads the manual again. */
async function fetchSettings(): Promise<EditorSettings> {
  const response = await fetch('settings.json', {cache: 'no-store'});
  if (!response.ok) throw new Error(`its settings could not be loaded (${response.status} ${response.statusText})`);
  return (await response.json()) as EditorSettings;
}

async function start(): Promise<void> {
  const settings = await fetchSettings();
  const {snapshot} = settings;
  // Widgets and events hold this object: refreshing it in place gives them the manual as it is now.
  const refresh = async () => {
    Object.assign(snapshot, (await fetchSettings()).snapshot);
  };
  if (settings.localBackendUrl && !hasTeamBackend(settings) && !(await reachable(settings.localBackendUrl))) {
    explain(
      'The editor cannot reach its file server',
      'The editor saves chapters through a small program that runs beside the site. Start both with this command in the manual\u2019s folder, then reload this page:',
      'npm run edit',
    );
    return;
  }
  const cms = window.CMS;
  const docsDir = String((settings.decap.collections as {folder?: string}[])[0]?.folder ?? 'docs');
  registerFormats(cms);
  registerWidgets(cms, snapshot);
  registerEvents(cms, snapshot, refresh);
  registerPreview(cms, snapshot, docsDir);
  cms.init({config: settings.decap});
  if (settings.problemsPath) problemsLink(settings.problemsPath);
}

const hasTeamBackend = (settings: EditorSettings) => (settings.decap.backend as {name?: string}).name !== 'git-gateway';

async function reachable(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify({action: 'info'})});
    return response.ok;
  } catch {
    return false;
  }
}

/** A page of its own in place of the editor, for a problem the editor cannot work around. */
function explain(title: string, text: string, command: string): void {
  const main = document.createElement('main');
  main.className = 'editor-message';
  const heading = document.createElement('h1');
  heading.textContent = title;
  const paragraph = document.createElement('p');
  paragraph.textContent = text;
  const code = document.createElement('pre');
  code.textContent = command;
  main.append(heading, paragraph, code);
  document.body.append(main);
  heading.tabIndex = -1;
  heading.focus();
}

/** The manual's current problems are one link away from any screen of the editor. */
function problemsLink(href: string): void {
  const link = document.createElement('a');
  link.href = href;
  link.target = '_blank';
  link.className = 'editor-problems-link';
  link.textContent = 'Problems in the manual (opens in a new tab)';
  document.body.append(link);
}

document.addEventListener('DOMContentLoaded', () => {
  start().catch((error: unknown) =>
    explain(
      'The editor could not start',
      `The editor could not start: ${error instanceof Error ? error.message : String(error)}. On your own computer, start it with this command in the manual\u2019s folder; on the published site, ask whoever runs it.`,
      'npm run edit',
    ),
  );
});
