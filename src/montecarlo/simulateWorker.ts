import { runPaths } from './runPaths';
import type { KernelModel, PathBlock, PathOptions } from './types';

/**
 * A worker thread's task (piscina calls the default export): run the kernel on one chunk of paths,
 * writing into the run's block, whose columns are shared memory. Returns the number of paths done.
 */
export default function simulateChunk(task: { model: KernelModel; block: PathBlock } & PathOptions): number {
  runPaths(task.model, task, task.block);
  return task.to - task.from;
}
