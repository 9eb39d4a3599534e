import { defineMessages } from '../kit/toolkit';

// This kata's own sentences, in English (other languages: ./<lang>.json, "messages").
export default defineMessages('residual-block', {
  'with-branch-zero': 'with W2 = 0 and b2 = 0 (so F(x) = 0 and the block is the identity)',
  'with-branch-constant': 'with W2 = 0 (so F(x) = b2 is constant and only the skip carries the gradient)',
  'shortcut-title': '‖∂L/∂x‖ reaching each layer of 50 stacked blocks (log scale)',
  'shortcut-layer': 'layer',
  'shortcut-residual': 'residual: x + F(x)',
  'shortcut-plain': 'plain: F(x) alone',
});
