import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog } from '../catalog';
import { kataFolder, katasDir } from '../kit/paths';
import { vggTableRows } from './vggTable';

const kata = catalog.find((k) => k.slug === 'model-stats')!;
const rowsOf = (file: string): string[] =>
  fs
    .readFileSync(path.join(katasDir, kataFolder(kata), file), 'utf8')
    .split('\n')
    .filter((l) => /^\| (conv\d|fc\d|Σ)/.test(l));

describe("the READMEs' VGG16 table", () => {
  it.each(['README.md', 'README.zh-CN.md'])('%s holds the rows the oracle computes', (file) => {
    expect(rowsOf(file)).toEqual(vggTableRows());
  });

  it('puts three quarters of the parameters in fc6', () => {
    expect(vggTableRows().find((r) => r.startsWith('| fc6 '))).toContain('| 102,764,544 | 74.3 % | 102,760,448 |');
  });
});
