import type { ReactNode } from 'react';
import { ShareButton } from './share-button';

type DashboardHeaderProps = {
  embed: boolean;
  fullViewHref: string;
  /** The search box; not in an embed. */
  search?: ReactNode;
};

/**
 * Title, search, share and downloads; in an embed, a compact bar that links to the full view. On phones the search
 * box takes a row of its own under the title, so neither squeezes the other.
 */
export function DashboardHeader({ embed, fullViewHref, search }: DashboardHeaderProps) {
  if (embed) {
    return (
      <header className="flex items-center justify-between gap-2 border-b border-gray-200 px-2 py-1 text-sm">
        <span className="font-semibold">North Korean workers in Liaoning and Jilin</span>
        <a
          href={fullViewHref}
          target="_blank"
          rel="noopener"
          className="text-blue-900 underline"
          data-testid="full-view-link"
        >
          Open full view
        </a>
      </header>
    );
  }
  return (
    <header className="grid grid-cols-[minmax(0,1fr)_auto] items-center gap-x-4 gap-y-2 border-b border-gray-200 px-3 py-2 lg:grid-cols-[minmax(0,1fr)_minmax(16rem,24rem)_auto]">
      <div className="min-w-0">
        <h1 className="text-base font-semibold leading-tight sm:text-lg">North Korean workers in Liaoning and Jilin</h1>
        <p className="hidden text-xs text-gray-700 sm:block">
          Cited public reports by sector and reported condition, 2001 to 2026
        </p>
      </div>
      {search && (
        <div className="col-span-2 row-start-2 lg:col-span-1 lg:col-start-2 lg:row-start-1 print:hidden">{search}</div>
      )}
      <nav
        aria-label="Site"
        className="col-start-2 row-start-1 flex items-center gap-3 text-sm lg:col-start-3 print:hidden"
      >
        <div className="js-only">
          <ShareButton />
        </div>
        <a href="/about" className="text-blue-900 underline">
          About &amp; data
        </a>
      </nav>
    </header>
  );
}
