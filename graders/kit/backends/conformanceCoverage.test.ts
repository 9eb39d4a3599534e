import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../catalog';
import { kataFolder, repoRoot } from '../paths';
import { tfOpsIn as opsIn } from './tfOpsIn';

// The conformance check vouches only for the ops it runs. A kata whose
// reference uses a tfjs op that no conformance case runs would be graded on
// a GPU backend nobody checked for that op: adding the op to
// conformanceCases.ts is part of adding the kata (CONTRIBUTING.md, step 5).

describe('conformance cases cover the graders', () => {
  it('every tfjs op a kata reference uses is run by some conformance case', () => {
    const checked = opsIn(
      fs.readFileSync(path.join(repoRoot, 'graders', 'kit', 'backends', 'conformanceCases.ts'), 'utf8'),
    );
    const missing: string[] = [];
    const used = new Set<string>();
    for (const kata of catalog) {
      const dir = path.join(repoRoot, 'graders', kataFolder(kata));
      for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
        for (const op of opsIn(fs.readFileSync(path.join(dir, f), 'utf8'))) {
          used.add(op);
          if (!checked.has(op)) missing.push(`${kataFolder(kata)}/${f}: tf.${op}`);
        }
      }
    }
    // Not vacuous: the references use a dozen or more ops between them, convolutions among them.
    expect(used.size).toBeGreaterThan(12);
    expect(used).toContain('conv2d');
    expect(missing).toEqual([]);
  });
});
