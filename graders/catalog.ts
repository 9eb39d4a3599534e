// The katas that exist, in curriculum order (docs/curriculum.md). Adding
// a kata starts here; every path is derived from an entry by kit/paths.ts.

export interface KataEntry {
  /** Two digits, the curriculum number: orders the folders. */
  readonly number: string;
  /** The name a learner types: `npm test -- matmul`. Also the stub's file name. */
  readonly slug: string;
  readonly track: TrackNumber;
  readonly title: string;
}

export type TrackNumber = 0 | 1 | 2 | 3 | 4;

export const tracks: Record<TrackNumber, string> = {
  0: 'warm-up',
  1: 'theory',
  2: 'architectures',
  3: 'engineering practice',
  4: 'system design',
};

export const catalog: readonly KataEntry[] = [
  { number: '00', slug: 'matmul', track: 0, title: 'Matrix multiply and its gradient' },
  { number: '01', slug: 'activations', track: 1, title: 'Activation functions and their derivatives' },
  { number: '02', slug: 'mlp-backprop', track: 1, title: 'Backprop through a 2-layer MLP by hand' },
  { number: '03', slug: 'classification-losses', track: 1, title: 'Softmax CE, BCE with logits, focal loss' },
  { number: '04', slug: 'regression-losses', track: 1, title: 'MSE and Huber loss with their gradients' },
  { number: '05', slug: 'weight-init', track: 1, title: 'Weight initialisation: Xavier/Glorot and He/Kaiming' },
  { number: '06', slug: 'batchnorm', track: 1, title: 'BatchNorm: training, inference and backward' },
  { number: '07', slug: 'layernorm', track: 1, title: 'LayerNorm, forward and backward' },
  { number: '08', slug: 'residual-block', track: 1, title: 'A residual block, forward and backward' },
  { number: '09', slug: 'dropout', track: 1, title: 'Inverted dropout, train and eval' },
  { number: '10', slug: 'conv2d', track: 2, title: 'Conv2d forward and backward: stride, padding, dilation' },
  { number: '11', slug: 'pooling', track: 2, title: 'Max and average pooling, forward and backward' },
  { number: '12', slug: 'model-stats', track: 2, title: 'Parameters, MACs and output shapes of a network' },
  { number: '13', slug: 'attention', track: 2, title: 'Scaled dot-product attention, forward and backward' },
  { number: '14', slug: 'multi-head-attention', track: 2, title: 'Multi-head attention, masks and cross-attention' },
  { number: '15', slug: 'positional-encoding', track: 2, title: 'Sinusoidal encoding and rotary embedding (RoPE)' },
  { number: '16', slug: 'depthwise-separable', track: 2, title: 'Depthwise-separable convolution and its cost' },
  { number: '17', slug: 'channel-shuffle', track: 2, title: 'Channel shuffle and group convolution' },
  { number: '18', slug: 'grad-clipping', track: 3, title: 'Gradient clipping by global norm and by value' },
  { number: '19', slug: 'lr-schedules', track: 3, title: 'Learning-rate schedules: warmup, step, exponential, cosine' },
  { number: '20', slug: 'optimizers', track: 3, title: 'SGD with momentum, Adam and AdamW' },
  { number: '21', slug: 'ring-allreduce', track: 3, title: 'Ring all-reduce over simulated workers' },
  { number: '22', slug: 'data-parallel', track: 3, title: 'Data-parallel SGD: shards, all-reduce mean, one step' },
  { number: '23', slug: 'mixed-precision', track: 3, title: 'Float16 rounding and a dynamic loss scaler' },
  { number: '24', slug: 'quantization', track: 3, title: 'Int8 quantization: affine, dynamic, static, fake-quant' },
  { number: '25', slug: 'pruning', track: 3, title: 'Magnitude pruning and structured filter pruning' },
  { number: '30', slug: 'data-augmentation', track: 3, title: 'Random crop, flip, mixup and cutmix' },
];

/** Finds a kata by slug (`matmul`), folder (`00-matmul`) or number (`00`). */
export function findKata(name: string): KataEntry | undefined {
  return catalog.find((k) => k.slug === name || `${k.number}-${k.slug}` === name || k.number === name);
}
