// SPDX-License-Identifier: MIT
/**
 * All-or-nothing output folders: `tokhai build` and `tokhai types` write into a hidden staging folder beside their
 * output and swap it in only when every step succeeded. A failed (or interrupted) run leaves the previous output
 * exactly as it was and no half-written file in it; a successful one replaces it whole, so files of a form removed
 * from the catalog disappear.
 */
import { mkdir, mkdtemp, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

const exists = (path: string) => stat(path).then(() => true, () => false);

/**
 * Runs `write(staging)` on a new empty folder beside `out` (`.<name>.building-…`: hidden, so catalog searches skip
 * it, and on the same file system, so the swap is a rename). When its result is `ok`, the folder replaces `out`;
 * the subfolders named in `keep` (another command's output inside `out`) are carried over. Whatever happens, even
 * when `write` throws, the staging folder is gone afterwards and `out` is whole. Returns what `write` returned.
 */
export async function writeStaged<T extends { ok: boolean }>(out: string, write: (staging: string) => Promise<T>, keep: readonly string[] = []): Promise<T> {
  const target = resolve(out);
  await mkdir(dirname(target), { recursive: true });
  const staging = await mkdtemp(join(dirname(target), `.${basename(target)}.building-`));
  try {
    const result = await write(staging);
    if (result.ok) await swapIn(staging, target, keep);
    return result;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** Replaces `out` with the finished `staging` folder, moving `out/<keep>` into it first. */
async function swapIn(staging: string, out: string, keep: readonly string[]): Promise<void> {
  for (const name of keep) if (await exists(join(out, name))) await rename(join(out, name), join(staging, name));
  const previous = `${staging}.previous`;
  const replaced = await exists(out);
  if (replaced) await rename(out, previous);
  try {
    await rename(staging, out);
  } catch (e) {
    if (replaced) await rename(previous, out); // put the previous output back
    throw e;
  }
  await rm(previous, { recursive: true, force: true });
}
