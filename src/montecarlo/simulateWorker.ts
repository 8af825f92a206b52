import { runPaths } from './runPaths';
import { move } from 'piscina';
import { partialData } from './partialSummary';
import type { QuantileGrids } from './quantileGrid';
import { summarizeRange } from './summarizeRange';
import type { KernelModel, PathBlock, PathOptions } from './types';

/**
 * A worker thread's task (piscina calls the default export). By default: run the kernel on one
 * chunk of paths, writing into the run's block, whose columns are shared memory; returns the number
 * of paths done. With kind 'summarize': the partial summary of the chunk (summarizeRange), as its
 * one array (partialData), transferred to the calling thread without a copy.
 */
export default function simulateChunk(task: ({ kind?: undefined; model: KernelModel; block: PathBlock } | { kind: 'summarize'; model: KernelModel; grids: QuantileGrids; done?: Uint32Array }) & PathOptions): number | Float64Array {
  if (task.kind === 'summarize') return move(partialData(summarizeRange(task.model, task.grids, task, undefined, task.done))) as Float64Array;
  runPaths(task.model, task, task.block);
  return task.to - task.from;
}
