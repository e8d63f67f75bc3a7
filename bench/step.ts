// Runs one benchmark step in its own process, so its peak memory is its own, and prints one JSON line.
import { steps } from './steps.js';

const [name, modelDir] = process.argv.slice(2);
const step = steps.find((s) => s.name === name);
if (!step || !modelDir) {
  console.error(`usage: step.ts <${steps.map((s) => s.name).join('|')}> <model dir>`);
  process.exit(2);
}
const before = process.resourceUsage();
const started = performance.now();
const detail = await step.run(modelDir);
const wallMs = performance.now() - started;
const after = process.resourceUsage();
const cpuMs = (after.userCPUTime - before.userCPUTime + after.systemCPUTime - before.systemCPUTime) / 1000;
console.log(JSON.stringify({ name, wallMs, cpuMs, peakMiB: after.maxRSS / 1024, detail }));
