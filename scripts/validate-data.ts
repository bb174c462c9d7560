/**
 * `npm run validate:data`: checks data/sectors.json, conditions.json, reports.json and coverage.json against the
 * schema and against each other, printing every problem as `file: record "id": field "path": what is wrong`.
 */
import { readFileSync } from 'node:fs';
import { DATA_FILES, formatDataError, validateDataset } from '../lib/data/dataset';

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    console.error(
      `${file}: record "(file)": field "(root)": is not valid JSON (${error instanceof Error ? error.message : String(error)})`,
    );
    process.exit(1);
  }
}

const result = validateDataset({
  sectors: readJson(DATA_FILES.sectors),
  conditions: readJson(DATA_FILES.conditions),
  reports: readJson(DATA_FILES.reports),
  coverage: readJson(DATA_FILES.coverage),
  confidence: readJson(DATA_FILES.confidence),
  events: readJson(DATA_FILES.events),
});

for (const warning of result.warnings) console.warn(`warning: ${formatDataError(warning)}`);

if (!result.ok) {
  for (const error of result.errors) console.error(formatDataError(error));
  console.error(`\n${result.errors.length} problem${result.errors.length === 1 ? '' : 's'} found.`);
  process.exit(1);
}
const { sectors, conditions, reports, coverage, events } = result.dataset;
const noneFound = coverage.filter((entry) => entry.status === 'none-found').length;
console.log(
  `data ok: ${reports.length} reports, ${sectors.length} sectors, ${conditions.length} conditions, ` +
    `${coverage.length} prefectures (${noneFound} with no report found), ${events.length} timeline events`,
);
