import fs from 'node:fs';
import path from 'node:path';

export interface WatchOptions {
  /** fs.watchFile polling instead of fs.watch events (network drives, some containers and VMs). */
  readonly poll: boolean;
  readonly pollIntervalMs?: number;
  /** Editors write a file in several steps (truncate, write, rename): one call per burst. */
  readonly debounceMs?: number;
}

/**
 * Calls onChange(file) when one of the files is saved. Watches the folder,
 * not the file, because many editors save by writing a new file and renaming
 * it over the old one, which ends a watch on the old file. Falls back to
 * polling when fs.watch is unavailable (e.g. out of inotify watches).
 */
export function watchFiles(
  files: readonly string[],
  onChange: (file: string) => void,
  o: WatchOptions,
): { close: () => void; polling: boolean } {
  const timers = new Map<string, NodeJS.Timeout>();
  const changed = (file: string): void => {
    clearTimeout(timers.get(file));
    timers.set(
      file,
      setTimeout(() => onChange(file), o.debounceMs ?? 30),
    );
  };
  const closers: (() => void)[] = [];
  const poll = (): void => {
    for (const file of files) {
      const listener = (cur: fs.Stats, prev: fs.Stats): void => {
        if (cur.mtimeMs !== prev.mtimeMs || cur.size !== prev.size) changed(file);
      };
      fs.watchFile(file, { interval: o.pollIntervalMs ?? 100 }, listener);
      closers.push(() => fs.unwatchFile(file, listener));
    }
  };
  let polling = o.poll;
  if (!polling) {
    try {
      for (const dir of new Set(files.map((f) => path.dirname(f)))) {
        const watcher = fs.watch(dir, (_event, name) => {
          for (const f of files)
            if (path.dirname(f) === dir && (!name || name.toString() === path.basename(f))) changed(f);
        });
        closers.push(() => watcher.close());
      }
    } catch {
      for (const close of closers.splice(0)) close();
      polling = true;
    }
  }
  if (polling) poll();
  return {
    polling,
    close: () => {
      for (const close of closers) close();
      for (const t of timers.values()) clearTimeout(t);
    },
  };
}
