import { ShareButton } from './share-button';

/** Title, share and downloads; in an embed, a compact bar that links to the full view. */
export function DashboardHeader({ embed, fullViewHref }: { embed: boolean; fullViewHref: string }) {
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
    <header className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 border-b border-gray-200 px-3 py-2">
      <div className="min-w-0">
        <h1 className="text-base font-semibold leading-tight sm:text-lg">North Korean workers in Liaoning and Jilin</h1>
        <p className="hidden text-xs text-gray-700 sm:block">
          Cited public reports by sector and reported condition, 2001 to 2026
        </p>
      </div>
      <nav aria-label="Site" className="flex items-center gap-3 text-sm print:hidden">
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
