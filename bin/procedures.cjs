#!/usr/bin/env node
// The editors' command line. It is written in TypeScript; tsx compiles it as it loads.
require('tsx/cjs/api').register();
require('../scripts/procedures.ts');
