/** A schema.org JSON-LD block, its text already escaped for a script element (`jsonLdText`). Ships no code. */
export function JsonLd({ text }: { text: string }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: text }} />;
}
