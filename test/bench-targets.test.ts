// The bench's closing lines: Verbatim's ratios to the other tools of the same run, and each of the
// speed issue's targets said met or not from that run's figures.
import { describe, expect, it } from 'vitest';
import { stageLine } from '../src/cli/build.ts';
import { type BenchResult, stagesOf, targetReport } from './bench/targets.ts';

const result = (tool: string, articles: number, wall: number, rssMiB: number, stages: Record<string, number> = {}): BenchResult => ({ tool, articles, wall, cpu: wall * 1.5, rssMiB, stages });

describe('the bench target report', () => {
  it('gives ratios to each tool and says which targets are met', () => {
    const lines = targetReport([
      result('verbatim', 1000, 20, 400, { extract: 1000, link: 100 }),
      result('eleventy 3', 1000, 2, 160),
      result('verbatim', 10000, 150, 700, { extract: 9000, link: 1500 }),
      result('verbatim, one article edited', 10000, 30, 700),
      result('eleventy 3', 10000, 10, 650),
    ]);
    expect(lines).toContain('   10000 articles, eleventy 3     wall  15.00×  CPU  15.00×  peak memory  1.08×');
    expect(lines).toContain("  clean build ≤ 1.5× Eleventy's wall time: 15.00×, not met");
    // 700 MiB is 734 MB: under 800, over the 600 aimed at.
    expect(lines).toContain('  peak memory ≤ 800 MB (aim 600): 734 MB, met');
    expect(lines).toContain('  10000 costs ≤ 11.00× 1000, stage by stage: extract 9.00×, link 15.00×; not met (link)');
    expect(lines).toContain('  rebuild after one edit < 1 s: 30.0 s, not met');
  });

  it('says only what was measured', () => {
    expect(targetReport([result('verbatim', 500, 0.8, 100, { extract: 10 })])).toEqual(['Targets at 500 articles:', '  peak memory ≤ 800 MB (aim 600): 105 MB, met, aim met']);
  });
});

describe('the stages a bench run reads from a build', () => {
  it('reads every stage of the summary line the build command prints, the first of them whatever it is', () => {
    const stages = { verify: 40, extract: 900, link: 30, render: 1200 };
    expect(stagesOf(`Built 5 articles into dist/ (34 pages) in 2200 ms\n  1 theme with articles\n  ${stageLine(stages)}\n`)).toEqual(stages);
    expect(stagesOf(`  ${stageLine({ extract: 900, link: 30 })}`)).toEqual({ extract: 900, link: 30 });
    expect(stagesOf('Up to date: dist/ (34 pages)\n')).toBeUndefined();
  });
});
