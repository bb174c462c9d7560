/** `npm run data:stats`: writes the record counts into data/README.md. */
import { readFileSync, writeFileSync } from 'node:fs';
import { getDataset } from '../lib/data/dataset';
import { regions } from '../lib/data/regions';
import { renderStats, withStats } from '../lib/data/stats';

const file = 'data/README.md';
const stats = renderStats(getDataset(), regions);
writeFileSync(file, withStats(readFileSync(file, 'utf8'), stats));
console.log(stats);
