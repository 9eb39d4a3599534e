import { defineMessages } from '../kit/toolkit';

// This kata's own sentences, in English (other languages: ./<lang>.json, "messages").
export default defineMessages('data-augmentation', {
  'crop-draws':
    'randomCrop drew {{got}} numbers from rng for {{N}} images (padding {{padding}}): the convention is two calls per image, top then left, {{expected}} in all',
  'flip-draws':
    'randomHorizontalFlip drew {{got}} numbers from rng for {{N}} images: the convention is one call per image, {{N}} in all, whatever p',
  'padding-zero': 'with padding 0 there is one window only, offset (0, 0): randomCrop(x, 0, rng) = x',
  'flipped-back': 'horizontalFlip(horizontalFlip(x)) should be x: mirroring twice puts every pixel back',
  'row-values':
    'row {{i}} of channel {{c}} of image {{n}} holds other values after horizontalFlip than before: a horizontal flip only reorders the pixels within each row',
  'never-flipped': 'with p = 0 randomHorizontalFlip flips no image: out = x',
  'always-flipped': 'with p = 1 randomHorizontalFlip flips every image: out = horizontalFlip(x)',
  'same-seed':
    '{{fn}} returned two different batches for two fresh rngs with the same seed {{seed}}: every random choice must come from rng (not Math.random, not state kept between calls), so a seed replays the batch',
  'label-sum':
    'row {{n}} of the mixed labels sums to {{got}}: λ·y + (1 − λ)·y[perm] is a convex combination of rows that sum to 1, so it sums to 1',
  'labels-as-images':
    'mixup(x, y, λ, perm) with y the images themselves, flattened per example: the mixed labels should be the mixed images, flattened, because labels and images get the same combination λ·a + (1 − λ)·a[perm]',
  'lambda-one': 'with λ = 1 mixup returns the batch as it is: x̃ = x, ỹ = y',
  'lambda-zero': 'with λ = 0 mixup returns the paired batch: x̃ = x[perm], ỹ = y[perm]',
  'outside-box':
    'with the box (top {{top}}, left {{left}}, height {{height}}, width {{width}}) on {{H}}×{{W}} images: outside the box (clipped to the image) every pixel of x is unchanged',
  'inside-box':
    'with the box (top {{top}}, left {{left}}, height {{height}}, width {{width}}) on {{H}}×{{W}} images: inside the box (clipped to the image) image n holds the pixels of x[perm[n]] = x[{{perm}}]',
  'lambda-area':
    'with the box (top {{top}}, left {{left}}, height {{height}}, width {{width}}) on {{H}}×{{W}} images, {{area}} pixels lie inside the image: λ = 1 − {{area}}/{{pixels}}',
  'box-outside':
    'with the box (top {{top}}, left {{left}}, height {{height}}, width {{width}}) wholly outside the {{H}}×{{W}} images or empty, nothing is pasted: cutmix returns x and y as they were and λ = 1',
});
