import fs from 'node:fs';
import { SourceMap } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PausedFrame } from './pauseWorker';

/** Where in the learner's own source a frame of their bundle is. */
export interface LearnerFrame {
  /** Absolute path of the learner's file. */
  readonly file: string;
  /** 1-based, as editors count. */
  readonly line: number;
  readonly column: number;
  readonly functionName: string;
}

/**
 * The innermost frame of a paused stack that is the learner's code: frames
 * in their bundle (`bundleFile`), mapped back through its inline source map
 * to a file under `targetDir`. Undefined when none is (the loop was in
 * support code, or the map is missing).
 */
export function learnerFrame(
  frames: readonly PausedFrame[],
  bundleFile: string,
  targetDir: string,
): LearnerFrame | undefined {
  const map = inlineSourceMap(bundleFile);
  if (!map) return undefined;
  const target = path.resolve(targetDir) + path.sep;
  for (const f of frames) {
    if (!f.url.startsWith('file:') || fileURLToPath(f.url) !== bundleFile) continue;
    const entry = map.findEntry(f.line, f.column) as {
      originalSource?: string;
      originalLine?: number;
      originalColumn?: number;
    };
    if (!entry.originalSource || entry.originalLine === undefined) continue;
    const source = entry.originalSource.startsWith('file:')
      ? fileURLToPath(entry.originalSource)
      : path.resolve(path.dirname(bundleFile), entry.originalSource);
    if (!source.startsWith(target)) continue;
    return {
      file: source,
      line: entry.originalLine + 1,
      column: (entry.originalColumn ?? 0) + 1,
      functionName: f.functionName,
    };
  }
  return undefined;
}

function inlineSourceMap(bundleFile: string): SourceMap | undefined {
  let text: string;
  try {
    text = fs.readFileSync(bundleFile, 'utf8');
  } catch {
    return undefined;
  }
  const m = /\/\/# sourceMappingURL=data:application\/json;(?:charset=utf-8;)?base64,([A-Za-z0-9+/=]+)\s*$/.exec(text);
  if (!m) return undefined;
  try {
    return new SourceMap(JSON.parse(Buffer.from(m[1], 'base64').toString('utf8')));
  } catch {
    return undefined;
  }
}
