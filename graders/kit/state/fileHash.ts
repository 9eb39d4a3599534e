import crypto from 'node:crypto';
import fs from 'node:fs';

/** sha1 of a file's bytes; '' when it does not exist. */
export function fileHash(file: string): string {
  try {
    return crypto.createHash('sha1').update(fs.readFileSync(file)).digest('hex');
  } catch {
    return '';
  }
}
