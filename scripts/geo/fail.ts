/** Stops the build: a check that fails means the inputs changed, and a half-right data/geo is worse than none. */
export function fail(message: string): never {
  throw new Error(`build-geo: ${message}`);
}
