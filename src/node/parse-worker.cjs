// A worker thread that parses a share of the manual's chapters (see
// parse-chapters-fs.ts). The core is TypeScript; tsx compiles it as it loads.
require('tsx/cjs/api').register();
const {parentPort, workerData} = require('node:worker_threads');
const {parseChapter} = require('../lib/parse-chapter.ts');

parentPort.postMessage(workerData.map(parseChapter));
