// Hostile inputs for `npm run bench` (issue 7, item 3): a 1 MB article on one line without a full
// stop, and a 2 MB article of repeated paragraphs, each extracted within a budget set by the
// corpus's own cost per byte. Figures, not a timed test.
import { extractArticle } from '../../src/extract/article.ts';

/** A stage may cost this many times the normal corpus's time per byte on hostile text. */
export const hostileBudgetFactor = 20;

export function hostileInputs(): Array<{ name: string; text: string }> {
  const words = ['Anna', 'Berg', 'Said', 'The', 'Minister', 'Of', 'Water', 'Told', 'Reporters', 'In', 'Brussels'];
  let line = '';
  for (let index = 0; line.length < 1_000_000; index++) line += `${words[index % words.length]} `;
  const paragraph = 'BRUSSELS (AFP) - "We will keep to this plan, every word of it," said Anna Berg, the minister for water. She told reporters the panel would meet every year.\n\n';
  return [
    { name: '1 MB single line', text: `Headline of a very long story\n\n${line}\n` },
    { name: '2 MB repeated paragraphs', text: `Headline of a repeated story\n\n${paragraph.repeat(Math.ceil(2_000_000 / paragraph.length))}` },
  ];
}

/** Prints each hostile input's extraction time against its budget; returns false when one is over. */
export function benchHostile(msPerByte: number): boolean {
  let within = true;
  for (const { name, text } of hostileInputs()) {
    const started = performance.now();
    extractArticle({ file: 'hostile.txt', text });
    const elapsed = performance.now() - started;
    const budget = Math.max(1000, text.length * msPerByte * hostileBudgetFactor);
    within &&= elapsed <= budget;
    console.log(`hostile: ${name}: ${(elapsed / 1000).toFixed(2)} s (budget ${(budget / 1000).toFixed(2)} s) ${elapsed <= budget ? 'ok' : 'OVER BUDGET'}`);
  }
  return within;
}

if (import.meta.url === `file://${process.argv[1]}`) benchHostile(Number(process.argv[2] ?? 0.001));
