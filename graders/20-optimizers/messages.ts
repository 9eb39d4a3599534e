import { defineMessages } from '../kit/toolkit';

// This kata's own sentences, in English (other languages: ./<lang>.json, "messages").
export default defineMessages('optimizers', {
  'after-step': 'after step {{step}} of {{steps}}',
  'final-state': 'the state after the last step ({{steps}})',
  'params-after-step': 'params after step {{step}}',
  'step-count':
    '{{fn}} returned state.step = {{got}} after step {{step}} from a state saved at step {{from}}: each step returns state.step + 1, the t of the next bias correction ({{expected}} here)',
  'not-an-object': '{{fn}} returned {{got}}: a step returns { params, state }',
  'decoupled-sgd':
    'with momentum 0, sgdStep with weightDecay λ = {{lambda}} should equal sgdStep with weightDecay 0 on p·(1 − lr·λ) (L2 and decoupled decay coincide for plain SGD); {{inner}}',
  'adamw-decay-then-adam':
    'adamwStep with weightDecay λ = {{lambda}} should equal adamStep with weightDecay 0 on p·(1 − lr·λ) (decoupled decay, then Adam); {{inner}}',
  'scaled-gradients':
    'adamStep with every gradient times {{c}} should equal adamStep with ε/{{c}} (m scales by c, √v̂ by c, so only ε stands out); {{inner}}',
  'first-step':
    'the first Adam step from a fresh state has m̂ = g and v̂ = g², so it moves each coordinate by lr·g/(|g| + ε) ≈ lr·sign(g) whatever the scale of g; {{inner}}',
  'adam-minus-adamw':
    "adamStep's run minus adamwStep's run with the same λ = {{lambda}} (Adam's L2 is not AdamW's decay); {{inner}}",
});
