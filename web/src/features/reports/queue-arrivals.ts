/**
 * How many items of a list are new since it was last shown, for a polite announcement; none the first
 * time a list is shown (nothing "arrived": the page just opened).
 */
export function countArrivals(previous: ReadonlySet<string> | null, current: readonly string[]): number {
  if (previous === null) return 0;
  return current.filter((id) => !previous.has(id)).length;
}
