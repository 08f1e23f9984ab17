// F8 / Shift+F8: from where the cursor is to the next or previous flagged cell, wrapping round
// at the ends. Several flags on one cell are one stop.
import { placeKey, type Place } from './cells';
import { comparePlaces, type PlacedFlag } from './flagPlaces';

/** The distinct flagged places in reading order. */
export function flagStops(flags: readonly PlacedFlag[]): Place[] {
  const seen = new Set<string>();
  const stops: Place[] = [];
  for (const { place } of flags) {
    const key = placeKey(place);
    if (seen.has(key)) continue;
    seen.add(key);
    stops.push(place);
  }
  return stops;
}

/** The first stop after `from` (the first stop when `from` is null), wrapping to the start. */
export function nextStop(stops: readonly Place[], from: Place | null): Place | null {
  if (stops.length === 0) return null;
  if (!from) return stops[0] ?? null;
  return stops.find((stop) => comparePlaces(stop, from) > 0) ?? stops[0] ?? null;
}

/** The last stop before `from` (the last stop when `from` is null), wrapping to the end. */
export function previousStop(stops: readonly Place[], from: Place | null): Place | null {
  if (stops.length === 0) return null;
  const last = stops[stops.length - 1] ?? null;
  if (!from) return last;
  for (let i = stops.length - 1; i >= 0; i--) {
    const stop = stops[i];
    if (stop && comparePlaces(stop, from) < 0) return stop;
  }
  return last;
}

/** 1-based position of `at` among the stops, or null when it is not a stop. */
export function stopNumber(stops: readonly Place[], at: Place | null): number | null {
  if (!at) return null;
  const index = stops.findIndex((stop) => comparePlaces(stop, at) === 0);
  return index === -1 ? null : index + 1;
}
