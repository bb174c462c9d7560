import Link from 'next/link';

export default function NotFound() {
  return (
    <main className="mx-auto flex min-h-dvh max-w-xl flex-col justify-center gap-4 px-6">
      <p className="text-sm font-semibold uppercase tracking-wide text-gray-500">404</p>
      <h1 className="text-2xl font-semibold">This page does not exist</h1>
      <p className="text-gray-700">
        The link may be mistyped, or the region it names is not one of the 25 regions this map covers.
      </p>
      <p>
        <Link href="/" className="font-medium text-blue-800 underline">
          Back to the map of Liaoning and Jilin
        </Link>
      </p>
    </main>
  );
}
