/**
 * Small facts about a model that the view and the panels share.
 */
import type { Model } from '@chokepoint/core';

/** Countries by total node capacity, biggest first (ties by code): the order of the colour palette. */
export function modelCountriesByCapacity(model: Model): string[] {
  const total = new Map<string, number>();
  for (const n of model.nodes) {
    if (!n.country) continue;
    total.set(n.country, (total.get(n.country) ?? 0) + (n.capacity ?? 0));
  }
  return [...total.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([c]) => c);
}
