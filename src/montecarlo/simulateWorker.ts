import { runPaths } from './runPaths';
import type { KernelModel, PathBlock, PathOptions } from './types';

/** A worker thread's task: run the kernel on one chunk of paths (piscina calls the default export). */
export default function simulateChunk(task: { model: KernelModel } & PathOptions): PathBlock {
  return runPaths(task.model, task);
}
