/** The first "Scenario N" (in the page language) not already taken, counting from the list's length + 1. */
export function nextScenarioName(taken: readonly string[], make: (n: number) => string): string {
  const names = new Set(taken);
  let n = taken.length + 1;
  while (names.has(make(n))) n++;
  return make(n);
}
