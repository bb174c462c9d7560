import { AboutPage } from '@/components/about-page';
import { aboutRouteMetadata } from '@/lib/page-routes';

export const generateMetadata = aboutRouteMetadata('en');

export default function About() {
  return <AboutPage locale="en" />;
}
