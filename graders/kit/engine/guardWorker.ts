import Module from 'node:module';
import { capAllocations } from './capAllocations';

/** A kata broke a rule that protects grading itself: it scores 0, whatever its properties said. */
export interface RuleViolation {
  readonly rule: string;
  readonly detail: string;
}

export class RuleViolationError extends Error {
  override readonly name = 'RuleViolationError';
  constructor(readonly violation: RuleViolation) {
    super(`${violation.rule}: ${violation.detail}`);
  }
}

// The static rules (importRules.ts) see every literal import. These guards
// catch at run time what a bundler cannot see: a computed require(), the
// process object (a global in every worker), and changes to the built-ins
// that the grader's own checks run on. They stop mistakes and casual
// tampering inside one worker; the workflows' design (no secrets, read-only
// token, comment written by trusted code) is what bounds a determined attacker.

/** Built-in modules that read files, start processes or reach the grading thread's messages. */
const DENIED_MODULES = new Set([
  'fs',
  'fs/promises',
  'child_process',
  'worker_threads',
  'module',
  'vm',
  'inspector',
  'v8',
  'cluster',
  'net',
  'http',
  'https',
  'http2',
  'dgram',
  'dns',
  'tls',
  'repl',
  'wasi',
  'process',
]);

const PROCESS_EXITS = ['exit', 'reallyExit', 'abort', 'kill'] as const;
const PROCESS_INTERNALS = ['binding', '_linkedBinding', 'dlopen', 'getBuiltinModule', 'chdir'] as const;

export interface WorkerGuard {
  /** Switches the run-time rules on; call just before the learner's bundle is required. */
  arm(): void;
  /** The first rule broken so far, including changes to the built-ins since arm(). */
  violation(): RuleViolation | undefined;
}

/** The built-ins the grader's checks compute with, each by the name a learner would use. */
function intrinsics(): [string, object][] {
  const g = globalThis as unknown as Record<string, object>;
  const ctors = [
    'Object',
    'Array',
    'Number',
    'String',
    'Boolean',
    'Function',
    'Symbol',
    'Promise',
    'Error',
    'TypeError',
    'RangeError',
    'Map',
    'Set',
    'WeakMap',
    'ArrayBuffer',
    'Float64Array',
    'Float32Array',
    'Int32Array',
    'Uint8Array',
  ];
  const typedArray = Object.getPrototypeOf(Float64Array) as { prototype: object };
  const list: [string, object][] = [
    ['Math', Math],
    ['JSON', JSON],
    ['Reflect', Reflect],
    ['TypedArray', typedArray],
    ['TypedArray.prototype', typedArray.prototype],
  ];
  for (const c of ctors) list.push([c, g[c]], [`${c}.prototype`, (g[c] as { prototype: object }).prototype]);
  return list;
}

const GLOBAL_NAMES = [
  'Math',
  'JSON',
  'Reflect',
  'Object',
  'Array',
  'Number',
  'String',
  'Boolean',
  'Function',
  'Symbol',
  'Promise',
  'Error',
  'Map',
  'Set',
  'Float64Array',
  'Float32Array',
  'isNaN',
  'isFinite',
  'parseFloat',
  'parseInt',
  'structuredClone',
];

type Snapshot = Map<object, Map<PropertyKey, PropertyDescriptor>>;

export function guardWorker(): WorkerGuard {
  let first: RuleViolation | undefined;
  let armed: { snapshot: Snapshot; names: Map<object, string>; globals: Map<string, unknown> } | undefined;
  const broken = (v: RuleViolation): never => {
    first ??= v;
    throw new RuleViolationError(v);
  };
  return {
    arm() {
      if (armed) return;
      capAllocations();
      const objects = intrinsics();
      armed = {
        snapshot: new Map(
          objects.map(([, o]) => [
            o,
            new Map(Reflect.ownKeys(o).map((k) => [k, Reflect.getOwnPropertyDescriptor(o, k)!])),
          ]),
        ),
        names: new Map(objects.map(([name, o]) => [o, name])),
        globals: new Map(GLOBAL_NAMES.map((n) => [n, (globalThis as Record<string, unknown>)[n]])),
      };
      const proc = process as unknown as Record<string, unknown>;
      for (const name of PROCESS_EXITS) {
        proc[name] = () =>
          broken({
            rule: 'no-process-exit',
            detail: `calls process.${name}(): a kata returns its answer, it does not end the grading thread`,
          });
      }
      for (const name of PROCESS_INTERNALS) {
        if (name in proc)
          proc[name] = () =>
            broken({ rule: 'no-node-internals', detail: `calls process.${name}(): learner code is pure computation` });
      }
      const mod = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
      const load = mod._load;
      mod._load = function (request: string, ...rest: unknown[]) {
        if (DENIED_MODULES.has(request.replace(/^node:/, ''))) {
          broken({
            rule: 'no-node-builtins',
            detail: `requires '${request}' at run time: learner code may not read files, start processes or talk to the grader`,
          });
        }
        return load.call(this, request, ...rest);
      };
    },
    violation() {
      if (!first && armed) {
        const changed = changedGlobal(armed.globals) ?? changedIntrinsic(armed.snapshot, armed.names);
        if (changed)
          first = {
            rule: 'no-global-overrides',
            detail: `${changed}: the grader's own checks run on these built-ins, so a kata may not change them`,
          };
      }
      return first;
    },
  };
}

function changedGlobal(globals: Map<string, unknown>): string | undefined {
  for (const [name, value] of globals)
    if ((globalThis as Record<string, unknown>)[name] !== value) return `the global ${name} was replaced`;
  return undefined;
}

function changedIntrinsic(snapshot: Snapshot, names: Map<object, string>): string | undefined {
  for (const [o, was] of snapshot) {
    const name = names.get(o)!;
    for (const k of Reflect.ownKeys(o)) {
      const d = Reflect.getOwnPropertyDescriptor(o, k)!;
      const old = was.get(k);
      if (!old) return `${name}.${String(k)} was added`;
      if (!Object.is(old.value, d.value) || old.get !== d.get || old.set !== d.set)
        return `${name}.${String(k)} was replaced`;
    }
    for (const k of was.keys()) if (!Reflect.getOwnPropertyDescriptor(o, k)) return `${name}.${String(k)} was deleted`;
  }
  return undefined;
}
