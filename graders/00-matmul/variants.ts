import { defineVariants } from '../kit/toolkit/defineVariants';

export default defineVariants([
  {
    name: 'wrong-db-transposed',
    mistake: 'dB = dCᵀ·A, the transpose of the weight gradient',
    message: /dB (has shape|is transposed)/,
  },
  { name: 'wrong-overwrite-not-accumulate', mistake: 'C[i][j] = a·b instead of +=', message: /accumulate the sum/ },
  {
    name: 'wrong-inner-loop-bound',
    mistake: 'the dot product runs over n instead of k',
    message: /index past the end of an array/,
  },
  {
    name: 'wrong-transpose-in-place',
    mistake: "transpose swaps entries in the caller's matrix",
    message: /modified its input/,
  },
  { name: 'wrong-da-not-transposed', mistake: 'dA = dC·B without transposing B', message: /dA\S* (is|has shape)/ },
  { name: 'alt-ikj-loop-order', difference: 'i-p-j loop order, backward as explicit loops' },
  { name: 'alt-functional-reduce', difference: 'map/reduce dot products; dB as (dCᵀ·A)ᵀ' },
]);
