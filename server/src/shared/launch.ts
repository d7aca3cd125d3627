// How an editor should start the language server: shared by the VS Code client and the benchmark.

/**
 * The server's environment: the editor's, with glibc's mmap threshold fixed at its
 * default (128 KB) unless the user set it. glibc raises the threshold whenever a block
 * above it is freed, and V8's optimizing compiler frees blocks of 130-600 KB; blocks of
 * that size then come from glibc's heaps, which keep the memory for the life of the
 * process. Fixed, such blocks are mapped and unmapped: with 50 open 100 KB resumes the
 * server, run by node, settles at 69-71 MB resident instead of 90-93 (`npm run bench`).
 * C libraries other than glibc ignore the variable, and so may Electron's allocator
 * (VS Code desktop; not measured).
 */
export function serverEnvironment(given: Record<string, string | undefined>): Record<string, string | undefined> {
  return { ...given, MALLOC_MMAP_THRESHOLD_: given.MALLOC_MMAP_THRESHOLD_ ?? MMAP_THRESHOLD };
}

/** glibc's own default, in bytes. */
export const MMAP_THRESHOLD = '131072';
