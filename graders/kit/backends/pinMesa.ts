import fs from 'node:fs';

// Dawn's OpenGL backend goes through libglvnd's EGL to Mesa. When Dawn's
// instance is freed as the reference worker shuts down, glvnd unloads Mesa's
// libraries, yet the thread still holds EGL thread data whose destructor
// lives in them: the thread's exit then jumps into unmapped code (seen: a
// segfault in __nptl_deallocate_tsd about one run in seven, after grading
// had finished). Loading them once more with RTLD_NODELETE keeps them mapped
// for the life of the process.

const RTLD_LAZY = 1;
const RTLD_NODELETE = 0x1000; // glibc's value; not in os.constants.dlopen
const LIBRARIES = ['libEGL.so.1', 'libEGL_mesa.so.0', 'libGLdispatch.so.0', 'libglapi.so.0', 'dri/swrast_dri.so'];

export function pinMesa(): void {
  if (process.platform !== 'linux') return;
  const dir = `/usr/lib/${process.arch === 'arm64' ? 'aarch64' : 'x86_64'}-linux-gnu`;
  for (const lib of LIBRARIES) {
    const file = `${dir}/${lib}`;
    if (!fs.existsSync(file)) continue;
    try {
      process.dlopen({ exports: {} }, file, RTLD_LAZY | RTLD_NODELETE);
    } catch {
      // "did not self-register": expected, it is not a Node add-on; it stays loaded
    }
  }
}
