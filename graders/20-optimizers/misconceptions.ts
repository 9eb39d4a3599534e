import { defineMisconceptions } from '../kit/toolkit';

// What each known mistake is, in the learner's terms: the one place its words live.
export default defineMisconceptions('optimizers', {
  'no-bias-correction':
    'Adam without bias correction: m and v start at 0, so after t steps they are shrunk by (1 − β1ᵗ) and (1 − β2ᵗ); divide them back, m̂ = m/(1 − β1ᵗ) and v̂ = v/(1 − β2ᵗ), before p ← p − lr·m̂/(√v̂ + ε) (without it the first step is lr·(1 − β1)/√(1 − β2) ≈ 3.2·lr instead of ≈ lr)',
  'bias-correction-off-by-one':
    'the bias correction uses β^(t − 1) (t counted from 0): the first step is t = 1, with 1 − β1¹ = 1 − β1, whereas 1 − β⁰ = 0 divides by zero; take t = state.step + 1 and return it as the new step',
  'eps-inside-sqrt':
    'ε is inside the square root, √(v̂ + ε): torch.optim.Adam adds it outside, √v̂ + ε, so that it bounds the step where v̂ → 0 (|Δp| ≤ lr·|m̂|/ε); √(v̂ + ε) changes the step wherever v̂ is not far above ε',
  'v-from-gradient':
    "the second moment is updated with g instead of g²: v ← β2·v + (1 − β2)·g² is a running mean of squared gradients (always ≥ 0), and √v̂ is the gradient's scale that Adam divides by",
  'adamw-as-l2':
    "AdamW's weight decay goes through the gradient (g + λp), which is Adam's L2: decoupled decay shrinks the weights directly, p ← p·(1 − lr·λ), before an Adam step on the untouched gradient, so large-gradient weights are not decayed less (Loshchilov & Hutter)",
  'adamw-decay-without-lr':
    "AdamW's decay is p ← p − λ·p: torch.optim.AdamW scales it by the learning rate, p ← p·(1 − lr·λ), so that decay follows the learning-rate schedule",
  'adamw-decay-after-update':
    "AdamW's decay is applied after the Adam update: torch.optim.AdamW decays the weights first, p ← p·(1 − lr·λ), then subtracts lr·m̂/(√v̂ + ε) from the decayed weights (decaying after also shrinks the update by (1 − lr·λ))",
  'adam-decay-decoupled':
    "Adam's weight decay is decoupled, as AdamW's: torch.optim.Adam's weight_decay is L2, g ← g + λ·p before the moments, so λ·p is normalised by √v̂ with the gradient — that is the difference between Adam(weight_decay=λ) and AdamW",
  'momentum-dampened':
    'the momentum buffer is an exponential moving average, b ← μb + (1 − μ)g: torch.optim.SGD (dampening 0) accumulates b ← μb + g, so a steady gradient g gives b → g/(1 − μ), a step 1/(1 − μ) times larger',
  'decay-sign':
    'weight decay is subtracted from the gradient: the gradient of (λ/2)·‖p‖² is +λp, so g ← g + λp, and p ← p − lr·g pulls the weights towards 0',
  'momentum-velocity-form':
    "momentum as a velocity, v ← μv − lr·g and p ← p + v (Sutskever's form): it equals torch.optim.SGD only while lr is constant; PyTorch keeps b ← μb + g and steps p ← p − lr·b with the current lr, so a new learning rate rescales the whole step at once — and b is what the state returns",
  'updates-in-place':
    "the step writes the new values into the caller's arrays (as PyTorch's optimizer.step() does): here a step is a pure function, so return new params and a new state and leave params, grads and state as they were",
});
