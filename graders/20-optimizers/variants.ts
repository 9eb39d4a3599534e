import { defineVariants } from '../kit/toolkit';
import m from './misconceptions';

// The proof of this grader (CONTRIBUTING.md): each wrong variant is the
// solution plus exact edits and must be named as its own misconception and
// no other; each alternative is a whole correct program that must pass.
export default defineVariants({
  wrong: [
    {
      name: 'no-bias-correction',
      misconception: m['no-bias-correction'],
      mistake: 'p ← p − lr·m/(√v + ε): m and v used as they are',
      edits: [['(lr * (m[i] / bc1)) / (Math.sqrt(v[i] / bc2) + eps)', '(lr * m[i]) / (Math.sqrt(v[i]) + eps)']],
    },
    {
      name: 'bias-correction-off-by-one',
      misconception: m['bias-correction-off-by-one'],
      mistake: 'bias correction 1 − β^step, the step before this one: 1 − β⁰ = 0 on the first step',
      edits: [
        ['const bc1 = 1 - beta1 ** t;', 'const bc1 = 1 - beta1 ** state.step;'],
        ['const bc2 = 1 - beta2 ** t;', 'const bc2 = 1 - beta2 ** state.step;'],
      ],
    },
    {
      name: 'eps-inside-sqrt',
      misconception: m['eps-inside-sqrt'],
      mistake: '√(v̂ + ε) instead of √v̂ + ε',
      edits: [['Math.sqrt(v[i] / bc2) + eps', 'Math.sqrt(v[i] / bc2 + eps)']],
    },
    {
      name: 'v-from-gradient',
      misconception: m['v-from-gradient'],
      mistake: 'v ← β2·v + (1 − β2)·g',
      edits: [['(1 - beta2) * g[i] * g[i]', '(1 - beta2) * g[i]']],
    },
    {
      name: 'adamw-as-l2',
      misconception: m['adamw-as-l2'],
      mistake: 'adamwStep is adamStep: λ·p added to the gradient',
      edits: [
        [
          'const decayed = params.map((p) => p * (1 - options.lr * options.weightDecay));\n  return adamUpdate(decayed, grads, state, options);',
          'return adamStep(params, grads, state, options);',
        ],
      ],
    },
    {
      name: 'adamw-decay-without-lr',
      misconception: m['adamw-decay-without-lr'],
      mistake: 'p ← p·(1 − λ)',
      edits: [['p * (1 - options.lr * options.weightDecay)', 'p * (1 - options.weightDecay)']],
    },
    {
      name: 'adamw-decay-after-update',
      misconception: m['adamw-decay-after-update'],
      mistake: 'the Adam step first, then p ← p·(1 − lr·λ)',
      edits: [
        [
          'const decayed = params.map((p) => p * (1 - options.lr * options.weightDecay));\n  return adamUpdate(decayed, grads, state, options);',
          'const stepped = adamUpdate(params, grads, state, options);\n  return { ...stepped, params: stepped.params.map((p) => p * (1 - options.lr * options.weightDecay)) };',
        ],
      ],
    },
    {
      name: 'adam-decay-decoupled',
      misconception: m['adam-decay-decoupled'],
      mistake: 'adamStep decays as AdamW does: p·(1 − lr·λ), the gradient untouched',
      edits: [
        [
          'const g = grads.map((gi, i) => gi + options.weightDecay * params[i]);\n  return adamUpdate(params, g, state, options);',
          'const decayed = params.map((p) => p * (1 - options.lr * options.weightDecay));\n  return adamUpdate(decayed, grads, state, options);',
        ],
      ],
    },
    {
      name: 'momentum-dampened',
      misconception: m['momentum-dampened'],
      mistake: 'b ← μ·b + (1 − μ)·g',
      edits: [['momentum * state.momentumBuffer[i] + g;', 'momentum * state.momentumBuffer[i] + (1 - momentum) * g;']],
    },
    {
      name: 'decay-sign',
      misconception: m['decay-sign'],
      mistake: 'g ← g − λ·p in sgdStep',
      edits: [['grads[i] + weightDecay * params[i]', 'grads[i] - weightDecay * params[i]']],
    },
    {
      name: 'momentum-velocity-form',
      misconception: m['momentum-velocity-form'],
      mistake: 'v ← μ·v − lr·g, p ← p + v, v returned as the buffer',
      edits: [
        ['const b = momentum * state.momentumBuffer[i] + g;', 'const b = momentum * state.momentumBuffer[i] - lr * g;'],
        [
          'next[i] = params[i] - lr * (nesterov ? g + momentum * b : b);',
          'next[i] = params[i] + (nesterov ? momentum * b - lr * g : b);',
        ],
      ],
    },
    {
      name: 'updates-in-place',
      misconception: m['updates-in-place'],
      mistake: "sgdStep writes the new parameters into the caller's params",
      edits: [['const next = new Array<number>(params.length);', 'const next = params;']],
    },
  ],
  alternatives: [
    {
      name: 'folded-step-size',
      difference:
        "Kingma & Ba's efficient form: α_t = lr·√(1 − β2ᵗ)/(1 − β1ᵗ) and ε̂ = ε·√(1 − β2ᵗ), p ← p − α_t·m/(√v + ε̂); SGD's Nesterov step as b + μ·(b − b_prev)",
    },
    {
      name: 'records',
      difference:
        'one loop over per-parameter records, Math.pow for βᵗ, weight decay in one shared helper, and AdamW through an options flag',
    },
  ],
});
