#!/usr/bin/env -S npx tsx
// The `verbatim` command (package.json "bin"): `verbatim build | dev | check | new | eval`, each
// in src/cli/. Exit codes: 0 success, 1 input or build errors, 2 usage errors, 130/143 stopped by a signal.
import { runProgram } from './cli/program.ts';
import { abandonWrites } from './write/write.ts';

// A stopped build removes its temporary folder and lock (a killed one is cleaned by the next build).
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
  process.on(signal, () => {
    abandonWrites();
    console.error(`verbatim: stopped by ${signal}; the previous output was left as it was`);
    process.exit(code);
  });
}

runProgram(process.argv.slice(2)).then((code) => process.exit(code));
