// Refuses a Node that package.json's "engines" does not cover, in one line,
// before anything else loads: an older Node grades without a word until some
// dependency breaks in a way that reads like the learner's fault. Plain
// CommonJS, so it runs on any Node; preloaded by every script (`node -r
// ./bin/requireNode.js …`), required by bin/kata.js, or run on its own.
const semver = require('semver');
const { engines } = require('../package.json');

/** The line to print when `version` is not one the project supports; undefined when it is. */
function unsupportedNode(version) {
  if (semver.satisfies(version, engines.node)) return undefined;
  return `gradkata needs Node ${engines.node}; this is Node ${version}. Install a supported Node (for example \`nvm install 22\`) and run the command again.`;
}

const problem = unsupportedNode(process.versions.node);
if (problem) {
  process.stderr.write(`${problem}\n`);
  process.exit(1);
}

module.exports = { unsupportedNode };
