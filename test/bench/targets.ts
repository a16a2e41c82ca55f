// What a bench run says against the speed issue's targets, from that run's own figures: Verbatim's
// wall time, CPU and memory as ratios to each other tool at each size, its growth stage by stage
// from the smallest size to the largest, and each target met or not. Figures, never pass/fail.

export interface BenchResult {
  tool: string;
  articles: number;
  wall: number;
  cpu: number;
  rssMiB: number;
  stages: Record<string, number>;
}

/** The issue's targets, at the largest size measured (10,000 articles by default). */
export const targets = {
  /** Verbatim's clean build's wall time, at most this many times Eleventy's. */
  wallToEleventy: 1.5,
  /** Peak resident memory in MB (10^6 bytes), and the aim below it. */
  peakMB: 800,
  aimMB: 600,
  /** The largest build costs at most this share more than linear growth from the smallest (11× for 10×). */
  growthOverLinear: 1.1,
  /** A rebuild after one article is edited, in seconds. */
  rebuildSeconds: 1,
};

/**
 * The milliseconds per stage a build prints on its summary's last line ("verify 40 ms · extract
 * 900 ms · …"), wherever that line starts, or undefined when there is none.
 */
export function stagesOf(output: string): Record<string, number> | undefined {
  const line = output.split('\n').find((text) => /^\s*(?:\w+ \d+ ms · )*extract \d+ ms\b/.test(text));
  return line === undefined ? undefined : Object.fromEntries([...line.matchAll(/(\w+) (\d+) ms/g)].map((match) => [match[1]!, Number(match[2])]));
}

const times = (value: number) => `${value.toFixed(value < 100 ? 2 : 1)}×`;
const megabytes = (mebibytes: number) => Math.round((mebibytes * 2 ** 20) / 1e6);
const verdict = (met: boolean) => (met ? 'met' : 'not met');

export function targetReport(results: BenchResult[]): string[] {
  const lines: string[] = [];
  const clean = results.filter((result) => result.tool === 'verbatim');
  const sizes = [...new Set(clean.map((result) => result.articles))].sort((left, right) => left - right);
  const others = [...new Set(results.map((result) => result.tool).filter((tool) => !tool.startsWith('verbatim')))];
  if (others.length > 0) lines.push('Verbatim as a ratio to each tool, same run:');
  for (const size of sizes) {
    const own = clean.find((result) => result.articles === size)!;
    for (const tool of others) {
      const other = results.find((result) => result.tool === tool && result.articles === size);
      if (other) lines.push(`  ${String(size).padStart(6)} articles, ${tool.padEnd(14)} wall ${times(own.wall / other.wall).padStart(7)}  CPU ${times(own.cpu / other.cpu).padStart(7)}  peak memory ${times(own.rssMiB / other.rssMiB).padStart(6)}`);
    }
  }
  const largest = clean.find((result) => result.articles === sizes[sizes.length - 1]);
  if (!largest) return lines;
  lines.push(`Targets at ${largest.articles} articles:`);
  const eleventy = results.find((result) => result.tool.startsWith('eleventy') && result.articles === largest.articles);
  if (eleventy) {
    const ratio = largest.wall / eleventy.wall;
    lines.push(`  clean build ≤ ${targets.wallToEleventy}× Eleventy's wall time: ${times(ratio)}, ${verdict(ratio <= targets.wallToEleventy)}`);
  }
  const peak = megabytes(largest.rssMiB);
  lines.push(`  peak memory ≤ ${targets.peakMB} MB (aim ${targets.aimMB}): ${peak} MB, ${verdict(peak <= targets.peakMB)}${peak <= targets.aimMB ? ', aim met' : ''}`);
  const smallest = clean.find((result) => result.articles === sizes[0]);
  if (smallest && smallest !== largest) {
    const bound = (largest.articles / smallest.articles) * targets.growthOverLinear;
    const growth = Object.keys(largest.stages).map((stage) => [stage, largest.stages[stage]! / smallest.stages[stage]!] as const);
    const over = growth.filter(([, ratio]) => ratio > bound).map(([stage]) => stage);
    lines.push(`  ${largest.articles} costs ≤ ${times(bound)} ${smallest.articles}, stage by stage: ${growth.map(([stage, ratio]) => `${stage} ${times(ratio)}`).join(', ')}; ${over.length === 0 ? 'met' : `not met (${over.join(', ')})`}`);
  }
  const edited = results.find((result) => result.tool === 'verbatim, one article edited' && result.articles === largest.articles);
  if (edited) lines.push(`  rebuild after one edit < ${targets.rebuildSeconds} s: ${edited.wall.toFixed(1)} s, ${verdict(edited.wall < targets.rebuildSeconds)}`);
  return lines;
}
