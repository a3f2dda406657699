#!/usr/bin/env node
'use strict';

// The CLI is written in TypeScript, and this file runs its build in dist/.
// Failures exit with code 2, because code 1 means that lint errors were found.
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const cliPath = join(__dirname, '..', 'dist', 'cli.js');
if (!existsSync(cliPath)) {
  process.stderr.write(`api-errors-lint: ${cliPath} not found. Run npm run build in the package first.\n`);
  process.exit(2);
}

function fail(error) {
  process.stderr.write(`api-errors-lint: failed to run.\n${error && error.stack ? error.stack : error}\n`);
  process.exitCode = 2;
}

try {
  require(cliPath)
    .main(process.argv.slice(2))
    .then((exitCode) => {
      // Setting exitCode instead of calling process.exit() lets pending output flush.
      process.exitCode = exitCode;
    }, fail);
} catch (error) {
  fail(error);
}
