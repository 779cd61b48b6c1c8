import {availableParallelism} from 'node:os';
import path from 'node:path';
import {Worker} from 'node:worker_threads';
import type {SourceFile} from '../lib/model';
import {parseChapter, type ParsedChapter} from '../lib/parse-chapter';

const WORKER = path.join(__dirname, 'parse-worker.cjs');
/** Below this many chapters a share, starting a worker costs more than it saves. */
const MIN_SHARE = 100;

/**
 * Parses chapters on every core: Markdown parsing is most of the time `check`
 * and the build spend on a large manual. The main thread takes a share too;
 * if a worker cannot start, its share is parsed here.
 */
export async function parseChapters(sources: readonly SourceFile[], {fallback = true} = {}): Promise<ParsedChapter[]> {
  const threads = Math.min(availableParallelism(), Math.floor(sources.length / MIN_SHARE));
  if (threads < 2) return sources.map(parseChapter);
  const shares = Array.from({length: threads}, (_, t) => sources.filter((_, i) => i % threads === t));
  const [own, ...others] = shares;
  const inWorkers = others.map((share) => (fallback ? inWorker(share).catch(() => share.map(parseChapter)) : inWorker(share)));
  const mine = own!.map(parseChapter);
  const parsed = [mine, ...(await Promise.all(inWorkers))];
  // Back into the original order: share t holds sources t, t + threads, …
  return sources.map((_, i) => parsed[i % threads]![Math.floor(i / threads)]!);
}

function inWorker(share: SourceFile[]): Promise<ParsedChapter[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, {workerData: share});
    // Parsed chapters are plain data: they arrive from the worker as they left it.
    worker.once('message', (results: ParsedChapter[]) => {
      resolve(results);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}
