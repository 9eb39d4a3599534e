import { defineMisconceptions } from '../kit/toolkit';

// What each known mistake is, in the learner's terms: the one place its words
// live (CONTRIBUTING.md, step 3).
export default defineMisconceptions('data-augmentation', {
  'crop-offset-off-by-one':
    'the crop offset is drawn as floor(rng()·2p), which never reaches the last offset 2p: with p zeros on each side the padded image is H + 2p tall, so there are 2p + 1 windows of height H, offsets 0 … 2p, and floor(rng()·(2p + 1)) reaches every one (torch.randint(0, h − th + 1))',
  'crop-edge-padding':
    "the padding repeats the border pixels: RandomCrop's default padding_mode is 'constant' with fill 0, so a window reaching past the image reads zeros, out[i][j] = x[i + top − p][j + left − p] inside x and 0 outside (edge replication is padding_mode='edge', another augmentation)",
  'crop-offset-not-shifted':
    'the window is read at x[i + top][j + left]: top and left are offsets into the PADDED image, whose row r is row r − p of x, so out[i][j] = x[i + top − p][j + left − p] (0 outside x); without the −p the image is only ever shifted up and left, and the offset p that should give x back gives x moved by p',
  'flip-vertical':
    'the flip mirrors the rows (top to bottom) instead of the columns: a horizontal flip keeps every row and reverses it, out[n][c][i][j] = x[n][c][i][W − 1 − j] — the last axis of [N, C, H, W]',
  'flip-reverses-input':
    "the flip reverses the caller's rows in place: Array.prototype.reverse() mutates the array it is called on, so the input batch comes back mirrored too; reverse a copy ([...row].reverse()) or index row[W − 1 − j]",
  'flip-once-per-batch':
    'one rng() call decides the whole batch: RandomHorizontalFlip is applied to each image on its own, so image n draws its own rng() (in order n = 0, 1, …) and is flipped iff that draw is < p; one coin for the batch flips all or none',
  'mixup-labels-not-mixed':
    'the images are mixed but the labels are not: mixup trains on the pair (x̃, ỹ) with ỹ = λ·y + (1 − λ)·y[perm], the same combination as x̃ = λ·x + (1 − λ)·x[perm]; with the original labels the blended image is taught as if it were pure x[n]',
  'mixup-label-weights-swapped':
    'the labels are mixed with the weights the wrong way round, ỹ = (1 − λ)·y + λ·y[perm]: the label of x[n] gets the weight its image got, λ, so ỹ = λ·y + (1 − λ)·y[perm] — the same convex combination as the images',
  'cutmix-unclipped-area':
    'the label weight uses the area of the box as given, h·w, but only the part inside the image was pasted: clip it first, r0 = clamp(top, 0, H) … r1 = clamp(top + h, 0, H) and likewise for columns, then λ = 1 − (r1 − r0)·(c1 − c0)/(H·W), the share of pixels that really came from x[n] (as the CutMix code does after np.clip)',
  'cutmix-ignores-perm':
    'the box is pasted from the image itself, x[n], so nothing changes in the images while the labels are still mixed: CutMix pastes the region of the paired image x[perm[n]] into x[n], out[n][c][i][j] = x[perm[n]][c][i][j] inside the box',
  'cutmix-box-transposed':
    'the box is read with rows and columns swapped: top and height are rows (the H axis, the third of [N, C, H, W]), left and width are columns (the W axis, the last), so the pasted pixels are rows top … top + height − 1 and columns left … left + width − 1',
});
