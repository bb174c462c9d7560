import { AboutPage } from '@/components/about-page';
import { JsonLd } from '@/components/json-ld';
import { aboutRouteMetadata } from '@/app/_lib/page-routes';
import { datasetJsonLdText } from '@/app/_lib/dataset-meta';

export const generateMetadata = aboutRouteMetadata('en');

export default function About() {
  return (
    <>
      <JsonLd text={datasetJsonLdText('en', '/about')} />
      <AboutPage locale="en" />
    </>
  );
}
