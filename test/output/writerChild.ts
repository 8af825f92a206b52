// A writer for the crash and concurrency tests: writes the versioned set of files into a folder,
// `iterations` times, alternating versions (0 = forever). Usage: writerChild.ts DIR ITERATIONS TAG
import { writeOutputs } from '../../src/output/writeOutputs';
import { outputSet } from './outputSet';

const [dir, iterations, tag] = process.argv.slice(2);
process.stdout.write('ready\n');
for (let i = 0; Number(iterations) === 0 || i < Number(iterations); i++) {
  writeOutputs(dir, outputSet(`${tag}${i % 2}`), { about: { tag } });
}
