/** Screens at least this wide show the map beside the panel and load the interactive map at once. */
export const WIDE_SCREEN_QUERY = '(min-width: 1024px)';
