import {once} from 'node:events';
import type {Server} from 'node:http';
import path from 'node:path';
import express, {type NextFunction, type Request, type Response} from 'express';

/**
 * Decap CMS's local file server (decap-server's own middleware), run inside
 * `procedures edit` with two guards Decap's does not have: it answers only
 * requests addressed to this machine by name (a page elsewhere that points its
 * own name at 127.0.0.1 is refused), and it reads and writes only the
 * manual's folder and the media folder, never the rest of the project (such
 * as .git, whose hooks run as code).
 */

const LOCAL_NAMES = new Set(['localhost', '127.0.0.1']);
/** Request fields that name a file or folder (decap-server's API). */
const PATH_FIELDS = new Set(['path', 'newPath', 'folder', 'mediaFolder', 'paths']);

export interface FileServerOptions {
  root: string;
  port: number;
  /** The site's own address: the only page allowed to call the server. */
  siteOrigin: string;
  /** Folders, relative to root, the editor may read and write. */
  folders: string[];
}

export class PortInUseError extends Error {}

export async function startEditorFileServer({root, port, siteOrigin, folders}: FileServerOptions): Promise<{close(): Promise<void>}> {
  // decap-server reads where to write and whom to answer from the environment when it is registered.
  process.env.GIT_REPO_DIRECTORY = root;
  process.env.ORIGIN = siteOrigin;
  const app = express();
  app.use((req, res, next) => (LOCAL_NAMES.has(req.hostname) ? next() : res.status(403).json({error: 'This server answers this computer only.'})));
  app.use(express.json({limit: '50mb'}));
  app.use(insideFolders(folders));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const {registerLocalFs} = require('decap-server/dist/middlewares') as {registerLocalFs(app: express.Express, options: {logLevel: string}): Promise<void>};
  await registerLocalFs(app, {logLevel: 'warn'});
  const server: Server = app.listen(port, '127.0.0.1');
  try {
    await once(server, 'listening');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new PortInUseError(`port ${port}, for the editor's file server, is in use`);
    throw error;
  }
  return {close: () => new Promise((resolve) => server.close(() => resolve()))};
}

/** Refuses a request naming any path outside the allowed folders. */
function insideFolders(folders: string[]) {
  const allowed = folders.map((f) => path.posix.normalize(f).replace(/\/+$/, ''));
  const inside = (p: string) => {
    const normal = path.posix.normalize(p.replace(/\\/g, '/'));
    return allowed.some((f) => normal === f || normal.startsWith(`${f}/`));
  };
  return (req: Request, res: Response, next: NextFunction) => {
    const outside = pathsIn(req.body).filter((p) => !inside(p));
    if (outside.length) res.status(403).json({error: `The editor may change only ${allowed.join(' and ')}, not ${outside.join(', ')}.`});
    else next();
  };
}

/** Every file or folder a request names, wherever in its body. */
function pathsIn(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return PATH_FIELDS.has(key) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((item) => pathsIn(item, key));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => pathsIn(v, k));
  return [];
}
