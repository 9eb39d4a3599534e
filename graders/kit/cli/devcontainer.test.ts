import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../paths';

// What .devcontainer/devcontainer.json promises a student who opens the
// template in a codespace: a Node the project runs on, the lockfile's
// dependencies installed before the first terminal, Debian's Chromium for the
// report, and a kata watch that sees every save. Building the container needs
// a container runtime and the registry, which the tests do not have: the
// README says what was checked where.

interface DevContainer {
  readonly image: string;
  readonly onCreateCommand?: string;
  readonly postCreateCommand?: string;
  readonly waitFor?: string;
  readonly containerEnv?: Readonly<Record<string, string>>;
}

const config = JSON.parse(
  fs.readFileSync(path.join(repoRoot, '.devcontainer', 'devcontainer.json'), 'utf8'),
) as DevContainer;
// No types ship with semver; bin/requireNode.js requires it the same way.
const semver = require('semver') as { satisfies(version: string, range: string): boolean };
const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { engines: { node: string } };

// The dev containers project's Node image: <image version>-<Node major>-<Debian release>.
const IMAGE = /^mcr\.microsoft\.com\/devcontainers\/javascript-node:(\d+)-(\d+)-(bookworm|trixie)$/;

describe('the dev container', () => {
  it("runs a Node major that package.json's engines accept, on Debian", () => {
    const m = IMAGE.exec(config.image);
    expect(m, config.image).not.toBeNull();
    const major = Number(m![2]);
    // The tag follows the newest release of that major, which the engines range must accept.
    expect(semver.satisfies(`${major}.999.0`, pkg.engines.node), `Node ${major} against ${pkg.engines.node}`).toBe(
      true,
    );
  });

  it('installs exactly the lockfile when it is created, before a terminal opens', () => {
    expect(config.postCreateCommand).toMatch(/^npm ci(\s|$)/);
    expect(config.postCreateCommand).not.toMatch(/npm (i|install)\b/);
    expect(config.waitFor).toBe('postCreateCommand');
    expect(fs.existsSync(path.join(repoRoot, 'package-lock.json'))).toBe(true);
  });

  it('installs the Chromium that .ci/run installs, where the report tests look for it', () => {
    const ci = fs.readFileSync(path.join(repoRoot, '.ci', 'run'), 'utf8');
    expect(ci).toMatch(/for pkg in [^;]*\bchromium\b/);
    expect(config.onCreateCommand).toMatch(/apt-get update/);
    expect(config.onCreateCommand).toMatch(/apt-get install -y\b[^&|;]*\schromium(\s|$)/);
    // Debian's package puts it at /usr/bin/chromium: the path the report's browser tests take without CHROMIUM_PATH.
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env.CHROMIUM_PATH;
    Object.assign(env, config.containerEnv);
    const found = spawnSync(
      process.execPath,
      ['-r', 'ts-node/register', '-e', "console.log(require('./graders/kit/proof/chromium').CHROMIUM)"],
      { cwd: repoRoot, encoding: 'utf8', env },
    );
    expect(found.stdout.trim()).toBe('/usr/bin/chromium');
    const owner = spawnSync('dpkg', ['-S', '/usr/bin/chromium'], { encoding: 'utf8' });
    if (owner.status === 0) expect(owner.stdout).toMatch(/^chromium: \/usr\/bin\/chromium$/m);
  });

  it('makes kata watch poll, which sees a save wherever the editor runs', () => {
    expect(config.containerEnv?.KATA_WATCH_POLL).toBe('1');
    const watch = fs.readFileSync(path.join(repoRoot, 'graders', 'kit', 'cli', 'kata', 'kataWatch.ts'), 'utf8');
    expect(watch).toContain(`KATA_WATCH_POLL === '${config.containerEnv?.KATA_WATCH_POLL}'`);
  });
});
