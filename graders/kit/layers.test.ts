import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog } from '../catalog';
import { graderDir, repoRoot } from './paths';

// The machinery's folders in the order data flows (style: "data flows one
// way"): each may import only the folders before it. The engine returns
// structured results, reporters alone turn them into words, and nothing
// below the front ends knows about a reporter, a PR or the CLI. Tests may
// import anything: they sit beside what they test.
const LAYERS = [
  'tensor',
  'results',
  'backends',
  'toolkit',
  'engine',
  'reporters',
  'report',
  'state',
  'pr',
  'proof',
  'mutation',
  'cli',
  'browser',
] as const;

const kit = path.join(repoRoot, 'graders', 'kit');
const isSource = (f: string): boolean => f.endsWith('.ts') && !/\.(test|spec|mutate)\.ts$/.test(f);

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : isSource(p) ? [p] : [];
  });
}

/** Relative imports of a file, resolved to paths (type-only imports count: they are a dependency too). */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*['"](\.\.?\/[^'"]+)['"]/g)].map((m) =>
    path.resolve(path.dirname(file), m[1]),
  );
}

const layerOf = (file: string): string | undefined => {
  const rel = path.relative(kit, file);
  return rel.startsWith('..') || !rel.includes(path.sep) ? undefined : rel.split(path.sep)[0];
};

describe('layers', () => {
  it('every kit folder is a known layer', () => {
    const folders = fs.readdirSync(kit, { withFileTypes: true }).filter((e) => e.isDirectory());
    expect(folders.map((e) => e.name).filter((n) => !(LAYERS as readonly string[]).includes(n))).toEqual([]);
  });

  it('each kit folder imports only the folders before it', () => {
    const wrong: string[] = [];
    for (const file of sources(kit)) {
      const own = layerOf(file);
      if (!own) continue;
      for (const dep of importsOf(file)) {
        const theirs = layerOf(dep);
        if (!theirs || theirs === own) continue;
        if (LAYERS.indexOf(theirs as never) > LAYERS.indexOf(own as never)) {
          wrong.push(`${path.relative(repoRoot, file)} imports ${path.relative(repoRoot, dep)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('a kata grader uses the toolkit and tensors, never the engine, reporters or front ends', () => {
    const allowed = new Set(['tensor', 'toolkit', 'backends']);
    const wrong: string[] = [];
    for (const kata of catalog) {
      for (const file of sources(graderDir(kata))) {
        for (const dep of importsOf(file)) {
          const theirs = layerOf(dep);
          if (theirs && !allowed.has(theirs))
            wrong.push(`${path.relative(repoRoot, file)} imports ${path.relative(repoRoot, dep)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('no module starts anything when imported: the reference is started by whoever grades', () => {
    const started = sources(kit).filter((f) =>
      /^(?:if\s*\(.*\)\s*\{?\s*)?(?:startReference|referenceBackend)\(/m.test(fs.readFileSync(f, 'utf8')),
    );
    expect(started.map((f) => path.relative(repoRoot, f))).toEqual([]);
  });
});
