/**
 * The names the map's place and context labels show, in the page's language, as a MapLibre expression
 * (lib/map/style.ts puts it in the label layers).
 */
import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Locale } from '@/lib/i18n/locales';

/** Which names the map's labels show: the page's language. */
export type LabelLanguage = { locale: Locale };

/**
 * The text of the place and context labels in the page's language (the geography carries `name_en`, `name_zh` and
 * `name_ko`). Korean falls back to the Chinese name where a feature has no Korean one: the reader sees the place's
 * own name, never an English one.
 */
export function labelText({ locale }: LabelLanguage): ExpressionSpecification {
  if (locale === 'zh') return ['coalesce', ['get', 'name_zh'], ['get', 'name_en']];
  if (locale === 'ko') return ['coalesce', ['get', 'name_ko'], ['get', 'name_zh'], ['get', 'name_en']];
  return ['get', 'name_en'];
}
