// Answers drawn in the last minute are drawn again without asking the server: switching a filter back, or
// walking back and forward, redraws at once. Refresh always asks again; the page shows when each answer was made.

const MAX_AGE_MS = 60_000;
const MAX_ENTRIES = 50;

/** The same filters picked in another order are the same request. */
const keyOf = (request) => JSON.stringify(request, (_, value) => (Array.isArray(value) ? [...value].sort() : value));

export function createAnswerCache(now = () => Date.now()) {
  const entries = new Map();
  return {
    /** The answer for this request if it is fresh enough, else undefined. */
    get(request) {
      const key = keyOf(request);
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (now() - entry.at > MAX_AGE_MS) {
        entries.delete(key);
        return undefined;
      }
      return entry;
    },
    /** Keeps an answer, stamped with when it was made, and returns it so. */
    set(request, answer) {
      const key = keyOf(request);
      const entry = { ...answer, at: now() };
      entries.delete(key);
      entries.set(key, entry);
      // Maps keep insertion order: the first key is the oldest.
      if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value);
      return entry;
    },
  };
}
