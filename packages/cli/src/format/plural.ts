/** "1 run", "2 runs", "1,024 runs": a count and its noun, in the plural when the count is not 1. */
export function plural(n: number, noun: string, nouns = `${noun}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? noun : nouns}`;
}
