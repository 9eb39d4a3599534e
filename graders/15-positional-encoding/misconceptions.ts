import { defineMisconceptions } from '../kit/toolkit';

// What each known mistake is, in the learner's terms: the one place its words
// live (CONTRIBUTING.md, step 3).
export default defineMisconceptions('positional-encoding', {
  'sin-cos-swapped':
    'sin and cos are swapped: Vaswani et al. put sin on the even dimensions and cos on the odd ones, PE[pos][2i] = sin(pos·θ_i) and PE[pos][2i + 1] = cos(pos·θ_i), so PE(0) = [0, 1, 0, 1, …]',
  'exponent-uses-dimension-index':
    'the exponent 2i/d uses the pair index i = 0 … d/2 − 1, shared by dimensions 2i and 2i + 1: with the dimension index j = 2i in its place, θ = base^(−2j/d) = base^(−4i/d), and the frequencies fall twice as fast, reaching base^(−2) instead of base^(−1)',
  'base-in-numerator':
    'the base is in the denominator: θ_i = 1/base^(2i/d) = base^(−2i/d), so the angle is pos/base^(2i/d); pos·base^(2i/d) turns faster and faster, up to base times per position, instead of slower and slower',
  'positions-from-one': 'positions count from 0: row 0 of the table is PE(0) = [0, 1, 0, 1, …], row p is position p',
  'concatenated-halves':
    "the pairs are interleaved, (2i, 2i + 1), as in the RoFormer paper and the sinusoidal encoding; pairing dimension i with i + d/2 (GPT-NeoX and Llama's rotate_half, or [sin | cos] concatenated) is the same up to a fixed permutation of the dimensions, but not this convention: weights trained with one do not work with the other",
  'rotation-reversed':
    'the rotation turns the wrong way: RoPE multiplies by R(mθ) = [[cos, −sin], [sin, cos]], out[2i] = x[2i]·cos − x[2i + 1]·sin and out[2i + 1] = x[2i]·sin + x[2i + 1]·cos; its transpose turns by −mθ (scores then depend on n − m rather than m − n)',
  'same-angle-every-pair':
    'every pair turns by its own angle m·θ_i with θ_i = base^(−2i/d): turning every pair by m (θ_0 = 1) gives one frequency only, so the scores repeat every 2π positions and far positions cannot be told apart',
  'backward-forward-rotation':
    'the gradient of a rotation is its transpose, the inverse rotation: dx = R(mθ)ᵀ·dout = R(−mθ)·dout, so ropeBackward turns dout by −mθ, not by +mθ as the forward does',
});
