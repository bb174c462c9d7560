import { AboutPage } from '@/components/about-page';
import { aboutRouteMetadata } from '@/app/_lib/page-routes';

export const generateMetadata = aboutRouteMetadata('zh');

export default function About() {
  return <AboutPage locale="zh" />;
}
