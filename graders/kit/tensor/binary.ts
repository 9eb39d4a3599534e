import { broadcastOffsets, broadcastShape } from './broadcast';
import { sizeOf } from './nested';
import { addError, divError, mulError } from './rounding';
import { scalar64, type Tensor64 } from './tensor64';

type Operand = Tensor64 | number;
type Rule = (a: number, ea: number, b: number, eb: number, c: number) => number;

const asTensor = (x: Operand): Tensor64 => (typeof x === 'number' ? scalar64(x) : x);

/** Element-wise a ∘ b with broadcasting; `rounds` says whether the float32 op rounds its result. */
function binary(name: string, f: (a: number, b: number) => number, rule: Rule, rounds: boolean) {
  return (x: Operand, y: Operand): Tensor64 => {
    const a = asTensor(x);
    const b = asTensor(y);
    const shape = broadcastShape(a.shape, b.shape, name);
    const ia = broadcastOffsets(a.shape, shape);
    const ib = broadcastOffsets(b.shape, shape);
    const n = sizeOf(shape);
    const data = new Float64Array(n);
    const err = new Float64Array(n);
    for (let k = 0; k < n; k++) {
      const av = a.data[ia[k]];
      const bv = b.data[ib[k]];
      const c = f(av, bv);
      data[k] = c;
      err[k] = rule(av, a.err[ia[k]], bv, b.err[ib[k]], c);
    }
    return { shape, data, err, depth: Math.max(a.depth, b.depth) + (rounds ? 1 : 0) };
  };
}

export const add = binary(
  'add',
  (a, b) => a + b,
  (_a, ea, _b, eb, c) => addError(ea, eb, c),
  true,
);
export const sub = binary(
  'sub',
  (a, b) => a - b,
  (_a, ea, _b, eb, c) => addError(ea, eb, c),
  true,
);
export const mul = binary('mul', (a, b) => a * b, mulError, true);
export const div = binary(
  'div',
  (a, b) => a / b,
  (_a, ea, b, eb, c) => divError(ea, b, eb, c),
  true,
);
// max and min pick one operand exactly; which one may flip within the errors, so either error may apply.
export const maximum = binary('maximum', Math.max, (_a, ea, _b, eb) => Math.max(ea, eb), false);
export const minimum = binary('minimum', Math.min, (_a, ea, _b, eb) => Math.max(ea, eb), false);
