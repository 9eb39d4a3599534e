import fs from 'node:fs';
import path from 'node:path';

/**
 * The learner's own files a kata file pulls in (relative imports, followed
 * through), the file itself first: kata 02 may import kata 00's matmul, and
 * `kata watch mlp-backprop` must re-grade when that file is saved too.
 */
export function localImports(file: string): string[] {
  const seen = new Set<string>();
  const visit = (f: string): void => {
    if (seen.has(f)) return;
    seen.add(f);
    let source: string;
    try {
      source = fs.readFileSync(f, 'utf8');
    } catch {
      return;
    }
    for (const m of source.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const resolved = resolveTs(path.resolve(path.dirname(f), m[1]));
      if (resolved) visit(resolved);
    }
  };
  visit(file);
  return [...seen];
}

function resolveTs(spec: string): string | undefined {
  return [spec, `${spec}.ts`, path.join(spec, 'index.ts')].find((f) => fs.existsSync(f) && fs.statSync(f).isFile());
}
