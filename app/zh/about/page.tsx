import { AboutPage } from '@/components/about-page';
import { JsonLd } from '@/components/json-ld';
import { aboutRouteMetadata } from '@/app/_lib/page-routes';
import { datasetJsonLdText } from '@/app/_lib/dataset-meta';

export const generateMetadata = aboutRouteMetadata('zh');

export default function About() {
  return (
    <>
      <JsonLd text={datasetJsonLdText('zh', '/about')} />
      <AboutPage locale="zh" />
    </>
  );
}
