import { defineMessages } from '../kit/toolkit';

// This kata's own sentences, in English (other languages: ./<lang>.json, "messages").
export default defineMessages('ring-allreduce', {
  'reduce-scatter-step': 'reduce-scatter step {{step}}',
  'all-gather-step': 'all-gather step {{step}}',
  'extra-step': 'an extra step after the 2(N − 1) = {{steps}} a ring takes',
  'worker-buffer': "worker {{rank}}'s buffer",
  'worker-message': "worker {{rank}}'s message at step {{step}}",
  'worker-message-values': "worker {{rank}}'s message at step {{step}} ({{phase}}), chunk {{chunk}}, values",
  'buffers-differ': "worker {{rank}}'s buffer[{{i}}] is {{got}} but worker 0's is {{expected}}",
  'bounds-not-pair':
    'chunkBounds({{length}}, {{size}}, {{chunk}}) returned {{got}}: expected [start, end], two integers',
  tiling: 'chunkBounds({{length}}, {{size}}, c) gives {{chunks}}: {{why}}',
  'chunk-0-start': 'chunk 0 starts at {{start}}, not 0',
  'chunk-ends-before-start': 'chunk {{chunk}} ends before it starts',
  'chunk-gap': 'chunk {{chunk}} starts at {{start}} but chunk {{previous}} ends at {{end}} (a gap)',
  'chunk-overlap': 'chunk {{chunk}} starts at {{start}} but chunk {{previous}} ends at {{end}} (an overlap)',
  'chunks-short': 'elements [{{end}}, {{length}}) belong to no chunk and are never reduced',
  'chunks-past-end': 'the chunks run past the end of the buffer (L = {{length}})',
  'chunk-too-big':
    'chunk {{chunk}} has {{size}} elements, more than ⌈L/N⌉ = {{cap}}: every ring step waits for the biggest chunk, so the ring takes longer than it must',
  'step-count_one':
    'the workers returned after {{count}} step; with N = {{n}}, a ring all-reduce takes 2(N − 1) = {{want}}',
  'step-count_other':
    'the workers returned after {{count}} steps; with N = {{n}}, a ring all-reduce takes 2(N − 1) = {{want}}',
  'same-first-chunk':
    'workers {{other}} and {{rank}} both sent chunk {{chunk}} at step 0: at each step the N workers send N different chunks, so that every chunk is on the move',
  'not-forwarded':
    'worker {{rank}} sent chunk {{got}} at step {{step}} ({{phase}}), but at step {{previous}} it had received chunk {{received}}: each step forwards the chunk received at the step before',
  'message-length':
    'worker {{rank}} sent {{values}} at step {{step}} as chunk {{chunk}}, which has {{elements}} (chunkBounds({{length}}, {{size}}, {{chunk}}) = [{{a}}, {{b}}))',
  values_one: '{{count}} value',
  values_other: '{{count}} values',
  elements_one: '{{count}} element',
  elements_other: '{{count}} elements',
  'total-volume':
    'the workers sent {{elements}} in all; with L = {{length}} and N = {{n}}, a ring all-reduce sends 2(N − 1)·L = {{want}}',
  'worker-volume': 'worker {{rank}} sent {{elements}}, more than 2(N − 1)·⌈L/N⌉ = {{cap}}',
  'should-be': '{{inner}}: it should be {{should}}',
  'partial-sum': "the sum of workers {{workers}}'s parts, the workers it has visited",
  'fully-reduced': 'the fully reduced chunk',
  'returned-early_one':
    'worker {{done}} returned after {{count}} step while worker {{running}} sent a message at step {{count}}: in lockstep every worker runs the same number of steps, 2(N − 1) = {{steps}}',
  'returned-early_other':
    'worker {{done}} returned after {{count}} steps while worker {{running}} sent a message at step {{count}}: in lockstep every worker runs the same number of steps, 2(N − 1) = {{steps}}',
  'never-ends':
    'the workers were still sending after {{step}} steps, more than 2(N − 1) = {{steps}} steps for N = {{size}}: does a loop never end?',
  'not-a-generator':
    'ringAllReduce({{rank}}, {{size}}, buffer) returned {{got}}, not a generator: write it as function* and yield one message per step',
  'buffer-modified':
    'worker {{rank}} modified its input {{what}}: learner functions must not change their arguments — reduce into a copy and return it',
  'buffer-value-changed': 'buffer[{{i}}] (was {{was}}, now {{now}})',
  'buffer-length-changed': 'buffer (its length changed)',
  'not-a-message':
    'worker {{rank}} yielded {{got}} at step {{step}}: each yield is the message sent to the right neighbour, an object { chunk, values }',
  'bad-chunk': '{{at}} names chunk {{got}}: chunks are numbered 0 … N − 1 = {{last}}',
  'values-not-array': "{{at}} has values {{got}}: values should be the chunk's numbers, an array",
  'value-not-number':
    '{{at}} has values[{{i}}] = {{got}}: values should all be numbers (an index past the end of the buffer?)',
  'an-array': 'an array of length {{length}}',
  'an-object': 'an object with keys {{keys}}',
});
