/**
 * Copied wording: summaries are ours, so no two may share a run of words long enough to be a copied sentence,
 * and none may repeat its own headline.
 */

/** Eight consecutive words shared is a copied phrase, not a shared name or term. */
export const COPIED_RUN_WORDS = 8;

export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[“”"'’‘()[\],.;:!?–—-]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

function runs(text: string, length: number): Set<string> {
  const list = words(text);
  const out = new Set<string>();
  for (let index = 0; index + length <= list.length; index += 1) out.add(list.slice(index, index + length).join(' '));
  return out;
}

export type SharedRun = { first: string; second: string; run: string };

/** Every pair of texts (by id) sharing a run of `length` words, once per pair. */
export function sharedRuns(texts: readonly { id: string; text: string }[], length = COPIED_RUN_WORDS): SharedRun[] {
  const seen = new Map<string, string>();
  const found = new Map<string, SharedRun>();
  for (const { id, text } of texts) {
    for (const run of runs(text, length)) {
      const other = seen.get(run);
      if (other !== undefined && other !== id && !found.has(`${other}|${id}`))
        found.set(`${other}|${id}`, { first: other, second: id, run });
      seen.set(run, id);
    }
  }
  return [...found.values()];
}

/** Whether a summary repeats a headline of four or more words. */
export function repeatsTitle(summary: string, title: string | undefined): boolean {
  if (title === undefined) return false;
  const titleWords = words(title);
  return titleWords.length >= 4 && words(summary).join(' ').includes(titleWords.join(' '));
}
