import { defineMisconceptions } from '../kit/toolkit';

// What each known mistake is, in the learner's terms: the one place its words live.
export default defineMisconceptions('multi-head-attention', {
  'scale-by-d-model':
    'the scores are scaled by 1/√d_model instead of 1/√d_head: each head takes dot products of d_head = d_model/heads-dimensional vectors, so S = Q_h·K_hᵀ/√d_head',
  'heads-interleaved':
    'the heads are interleaved (head h takes every heads-th column, reshape [N, L, d_head, heads]) instead of contiguous: head h is columns h·d_head … (h + 1)·d_head − 1 of the projection, as PyTorch’s view(N, L, heads, d_head)',
  'weights-not-transposed':
    'the projections compute x·W instead of x·Wᵀ: PyTorch stores a linear layer’s weight as [out, in], so Q = query·W_qᵀ + b_q (and likewise K, V and the output projection)',
  'causal-hides-diagonal':
    'the causal mask hides the diagonal too (query i sees only keys j < i): a token may attend to itself, so query i sees keys j ≤ i, and query 0 sees key 0',
  'mask-after-softmax':
    'the causal mask is applied after the softmax: the future’s weights were zeroed without renormalising the row. Set the hidden scores to −1e9 (or −∞) before the softmax, so the visible keys share all the weight',
  'softmax-over-queries':
    'the softmax runs over the queries instead of the keys: each row of a head’s weights, one query against every key, is the distribution, Pᵢⱼ = exp(Sᵢⱼ)/Σₖ exp(Sᵢₖ)',
  'key-from-query':
    'the keys are projected from the query input (K = query·W_kᵀ + b_k): in cross-attention K = key·W_kᵀ + b_k and V = value·W_vᵀ + b_v come from the other sequence, which may have another length',
  'bias-grad-averaged':
    'the bias gradients are averaged over the batch: the loss sums over every sample and token, so db = Σₙ Σᵢ dyₙᵢ (the batch mean, if any, is already in dout)',
});
