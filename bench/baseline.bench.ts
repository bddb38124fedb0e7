// A reference figure for the machine: later benchmarks report their speed next to it.
const t0 = performance.now();
let acc = 0;
for (let i = 0; i < 20_000_000; i++) acc = (acc + i * 31) % 1_000_003;
const ms = performance.now() - t0;
console.log(`baseline: 20M integer steps in ${ms.toFixed(1)} ms (checksum ${acc})`);
