/**
 * The last build step: writes a Brotli (`.br`) and a gzip (`.gz`) copy beside every text file in out/ worth
 * compressing, so the server (scripts/serve.ts) and any static host that looks for them (nginx `gzip_static` and
 * `brotli_static`, Caddy `precompressed`) send compressed bytes without compressing on each request.
 *
 * Usage: tsx scripts/precompress.ts [dir]   (default out/)
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { COMPRESSIBLE, PRECOMPRESS_MIN_BYTES } from './serve';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

async function* filesBelow(dir: string): AsyncGenerator<string> {
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* filesBelow(full);
    else if (entry.isFile()) yield full;
  }
}

/**
 * Brotli's best quality (11) for everything a first load fetches; 10 for the record pages (`reports/<id>.html`):
 * 960 of them, each read alone and rarely, for which 11 costs about three times the time for 2–3 % fewer bytes.
 */
export function brotliQuality(file: string): number {
  return /(^|[/\\])reports[/\\][^/\\]+\.html$/.test(file) ? 10 : 11;
}

export type PrecompressResult = { files: number; bytes: number; gzipBytes: number; brotliBytes: number };

/** Compresses each eligible file of dir (zlib works on libuv's thread pool, a few files at a time). */
export async function precompress(dir: string): Promise<PrecompressResult> {
  const eligible: string[] = [];
  for await (const file of filesBelow(dir)) {
    if (!COMPRESSIBLE.has(path.extname(file).toLowerCase())) continue;
    if ((await fs.stat(file)).size < PRECOMPRESS_MIN_BYTES) continue;
    eligible.push(file);
  }
  const result: PrecompressResult = { files: eligible.length, bytes: 0, gzipBytes: 0, brotliBytes: 0 };
  const queue = [...eligible];
  const worker = async () => {
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      const body = await fs.readFile(file);
      const [gz, br] = await Promise.all([
        gzipAsync(body, { level: 9 }),
        brotli(body, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: brotliQuality(file),
            [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
          },
        }),
      ]);
      await Promise.all([fs.writeFile(`${file}.gz`, gz), fs.writeFile(`${file}.br`, br)]);
      result.bytes += body.length;
      result.gzipBytes += gz.length;
      result.brotliBytes += br.length;
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return result;
}

const isMain = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const dir = process.argv[2] ?? 'out';
  const started = Date.now();
  const { files, bytes, gzipBytes, brotliBytes } = await precompress(dir);
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  console.log(
    `precompressed ${files} files in ${dir}/: ${mb(bytes)} MB -> ${mb(gzipBytes)} MB gzip, ${mb(brotliBytes)} MB brotli (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
}
