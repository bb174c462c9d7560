/**
 * The names the map's place and context labels show, in the page's language, as a MapLibre expression
 * (lib/map-style.ts puts it in the label layers).
 */
import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Locale } from './i18n/locales';

/** Which names the map's labels show: the page's language, and Korean names known by their Chinese form. */
export type LabelLanguage = {
  locale: Locale;
  /**
   * Korean names by Chinese name (from the region names): place pins carry English and Chinese names, so a pin
   * named like its prefecture (丹东) is labelled with the prefecture's Korean name (단둥).
   */
  koreanByChinese?: Readonly<Record<string, string>>;
};

/**
 * The text of the place and context labels in the page's language. Korean falls back to the Chinese name where
 * no Korean one is known (a few county towns): the reader sees the place's own name, never an English one.
 */
export function labelText({ locale, koreanByChinese = {} }: LabelLanguage): ExpressionSpecification {
  if (locale === 'zh') return ['coalesce', ['get', 'name_zh'], ['get', 'name_en']];
  if (locale === 'ko') {
    const pairs = Object.entries(koreanByChinese).flat();
    // A `match` with a variable number of label/output pairs has no tuple type; the style-spec validator checks it.
    const byChinese =
      pairs.length > 0
        ? ([
            'match',
            ['coalesce', ['get', 'name_zh'], ''],
            ...pairs,
            ['get', 'name_zh'],
          ] as unknown as ExpressionSpecification)
        : (['get', 'name_zh'] satisfies ExpressionSpecification);
    return ['coalesce', ['get', 'name_ko'], byChinese, ['get', 'name_en']];
  }
  return ['get', 'name_en'];
}
