/**
 * fundcast/dataframe — projection results as danfojs DataFrames (`import { toDataFrame } from
 * 'fundcast/dataframe'`). A separate entry from the main one because danfojs-node is an optional
 * peer dependency (it brings TensorFlow.js, ~300 MB): the main entry's code and types never
 * refer to it, so an install without it type-checks and runs.
 */
export { toDataFrame, READING_COLUMNS, type ToDataFrameOptions } from './results/toDataFrame';
export { loadDanfo, DANFO_VERSION } from './results/loadDanfo';
