import { defineMessages } from '../kit/toolkit';

// This kata's own sentences, in English (other languages: ./<lang>.json, "messages").
export default defineMessages('activations', {
  'at-kink': '{{fn}}(x) at x = {{x}} is {{got}}, expected {{expected}}',
  'for-x': 'for x = [{{x}}]',
  'limit-not-reached': '{{at}} is {{got}} for x = {{x}}, but it should have reached its limit {{limit}}',
});
