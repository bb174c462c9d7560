/**
 * The build's last step: writes the address the build's absolute links name (SITE_URL and BASE_PATH, as
 * `siteAddress` joins them) into out/.site-url, so `npm start` can tell an out/ built for another address and
 * rebuild it (scripts/start-helpers.ts).
 */
import { writeFileSync } from 'node:fs';
import { siteAddress } from '../lib/export/site';
import { normalizeBasePath } from '../lib/view/base-path';

const address = siteAddress(undefined, normalizeBasePath(process.env.BASE_PATH));
writeFileSync('out/.site-url', `${address}\n`);
console.log(`out/ is built for ${address}`);
