#!/usr/bin/env -S npx tsx
// The `verbatim` command (package.json "bin"): `verbatim build | dev | check | new | eval`, each
// in src/cli/. Exit codes: 0 success, 1 input or build errors, 2 usage errors, 130/143 stopped by a signal.
import { setFlagsFromString } from 'node:v8';
import { runProgram } from './cli/program.ts';
import { abandonWrites } from './write/write.ts';

// V8 lets its old generation grow to several times what is alive before it collects it; a build
// makes much short-lived garbage, so its peak memory was mostly that margin (1.4 GB for a live
// 350 MB at 10,000 articles). A growth factor of 1.25 keeps the peak near what is alive, whatever
// the archive's size, for a little more time in the collector; set before the heap grows, and read
// by V8 at each collection (workers share it).
setFlagsFromString('--heap-growing-percent=25');

// A stopped build removes its temporary folder and lock (a killed one is cleaned by the next build).
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
  process.on(signal, () => {
    abandonWrites();
    console.error(`verbatim: stopped by ${signal}; the previous output was left as it was`);
    process.exit(code);
  });
}

runProgram(process.argv.slice(2)).then((code) => process.exit(code));
