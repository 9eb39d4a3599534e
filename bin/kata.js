#!/usr/bin/env node
// The `kata` bin (package.json "bin"; `npx kata list` after `npm ci`). It
// starts the TypeScript CLI with ts-node, configured by the repository's
// tsconfig.json (swc transpiler, CommonJS) wherever it is run from.
require('./requireNode');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
require('ts-node').register({ project: path.join(root, 'tsconfig.json') });
require(path.join(root, 'graders', 'kit', 'cli', 'kata.ts'));
