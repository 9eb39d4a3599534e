import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../paths';

// Plain CommonJS on purpose (it must run on any Node), so it is required, not imported.
const { unsupportedNode } = require('../../../bin/requireNode.js') as {
  unsupportedNode: (version: string) => string | undefined;
};
const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
  engines: { node: string };
  scripts: Record<string, string>;
};

/** Runs node with `args` in the repository as if it were Node `version`. */
function runAs(version: string, args: string[]) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gradkata-node-'));
  const fake = path.join(dir, 'fakeVersion.js');
  fs.writeFileSync(fake, `Object.defineProperty(process.versions, 'node', { value: ${JSON.stringify(version)} });\n`);
  try {
    return spawnSync(process.execPath, ['-r', fake, ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('an unsupported Node is refused in one line', () => {
  it('accepts the Nodes the dependencies run on and no other', () => {
    // vitest's bundler (rolldown) needs ^20.19 or ≥ 22.12: the engines range says so.
    expect(pkg.engines.node).toBe('^20.19.0 || >=22.12.0');
    for (const v of ['20.19.0', '20.20.2', '22.12.0', '24.1.0']) expect(unsupportedNode(v), v).toBeUndefined();
    for (const v of ['18.19.0', '20.18.1', '21.7.3', '22.11.0']) expect(unsupportedNode(v), v).toBeDefined();
    expect(unsupportedNode('18.19.0')).toBe(
      'gradkata needs Node ^20.19.0 || >=22.12.0; this is Node 18.19.0. Install a supported Node (for example `nvm install 22`) and run the command again.',
    );
  });

  it('before npm test grades anything, and before the kata command', () => {
    const grade = runAs('18.19.0', [
      '-r',
      './bin/requireNode.js',
      '-r',
      'ts-node/register',
      'graders/kit/cli/grade.ts',
    ]);
    expect(grade.status).toBe(1);
    expect(grade.stdout).toBe('');
    expect(grade.stderr.trim().split('\n')).toEqual([unsupportedNode('18.19.0')]);
    const kata = runAs('18.19.0', ['bin/kata.js', 'list']);
    expect(kata.status).toBe(1);
    expect(kata.stderr.trim().split('\n')).toEqual([unsupportedNode('18.19.0')]);
    expect(runAs('20.19.0', ['bin/kata.js', 'help']).status).toBe(0);
  });

  it('in every script that runs the project, and in the pre-commit hook', () => {
    // Tools that check the code without running it, and husky's install, run on any Node.
    const runsNoProjectCode = new Set(['prepare', 'lint', 'typecheck', 'kata']);
    for (const [name, command] of Object.entries(pkg.scripts)) {
      if (runsNoProjectCode.has(name)) continue;
      expect(
        command.startsWith('node -r ./bin/requireNode.js ') || command.startsWith('node bin/requireNode.js && '),
        `npm run ${name}: ${command}`,
      ).toBe(true);
    }
    expect(pkg.scripts.kata).toBe('node bin/kata.js');
    expect(fs.readFileSync(path.join(repoRoot, 'bin', 'kata.js'), 'utf8')).toMatch(/^require\('\.\/requireNode'\);$/m);
    expect(fs.readFileSync(path.join(repoRoot, '.husky', 'pre-commit'), 'utf8')).toMatch(
      /^node -r \.\/bin\/requireNode\.js /,
    );
  });
});
