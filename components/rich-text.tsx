import { Fragment, type ReactNode } from 'react';
import type { SiteSource } from '@/lib/i18n/site-en';
import type { ParamNames, Source, Translate } from '@/lib/i18n/translate';
import type { UiSource } from '@/lib/i18n/ui-en';

type Rich<S extends Source> = <K extends keyof S & string>(
  t: Translate<S>,
  key: K,
  params: Readonly<Record<ParamNames<S[K]>, ReactNode>>,
) => ReactNode;

function makeRich<S extends Source>(): Rich<S> {
  return (t, key, params) => {
    const nodes: ReactNode[] = [];
    const values: Record<string, string | number> = {};
    Object.entries<ReactNode>(params).forEach(([name, node], index) => {
      nodes.push(node);
      // Numbers and text go in as they are (numbers are formatted and choose plural forms); elements are marked
      // with private-use characters, which no message contains, and put back after.
      values[name] = typeof node === 'number' || typeof node === 'string' ? node : `\u{E000}${index}\u{E001}`;
    });
    // The params were checked against the key's placeholders by the signature above.
    const translate = t as unknown as (key: string, params: Readonly<Record<string, string | number>>) => string;
    return translate(key, values)
      .split(/\u{E000}(\d+)\u{E001}/u)
      .map((part, index) => (index % 2 === 0 ? part : <Fragment key={index}>{nodes[Number(part)]}</Fragment>));
  };
}

/**
 * A message with elements in its placeholders (a <time>, a link, a <code>), so each language keeps its own word
 * order: "Published {date}" in English, "{date} 게재" in Korean. Plain functions: server and client components.
 */
export const richText: Rich<UiSource> = makeRich<UiSource>();
export const richSiteText: Rich<SiteSource> = makeRich<SiteSource>();
