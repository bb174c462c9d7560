/**
 * `npm run check:i18n` (run before every build): every message in every language, with the same placeholders as
 * English and the plural forms the language needs, and every sector, condition and confidence label translated
 * (data/i18n/vocabulary.json). Each problem names the file, the language and the key; any problem fails the build.
 */
import { formatDataError, getDataset } from '../lib/data/dataset';
import { checkCatalogues, formatCatalogueProblem } from '../lib/i18n/catalogues';
import { LOCALES } from '../lib/i18n/locales';
import { validateVocabularyTranslations } from '../lib/i18n/vocabulary';
import vocabularyJson from '../data/i18n/vocabulary.json' with { type: 'json' };

const problems = checkCatalogues().map(formatCatalogueProblem);
const vocabulary = validateVocabularyTranslations(vocabularyJson, getDataset());
if (!vocabulary.ok) problems.push(...vocabulary.errors.map(formatDataError));

if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  console.error(`\n${problems.length} translation problem${problems.length === 1 ? '' : 's'} found.`);
  process.exit(1);
}
console.log(`i18n ok: ${LOCALES.join(', ')}: every message and every sector, condition and confidence label`);
