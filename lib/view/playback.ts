/** Playback's pace, shared by the dashboard (components/use-playback.ts) and the benchmark. */

/** How long each year stays on screen at least. */
export const PLAYBACK_INTERVAL_MS = 1200;
/** A map that has not drawn a step by then is not waited for any longer (it may have had nothing to draw). */
export const PLAYBACK_IDLE_TIMEOUT_MS = 5000;
