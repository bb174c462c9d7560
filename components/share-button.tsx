'use client';

import { useState } from 'react';
import { useI18n } from './i18n';
import { copyText } from './save-file';

/** Copies the link to exactly this view and says so. */
export function ShareButton() {
  const { t } = useI18n();
  const [message, setMessage] = useState('');
  const share = async () => {
    const url = window.location.href;
    const copied = await copyText(url);
    setMessage(copied ? t('share.copied') : t('share.copyThis', { url }));
    window.setTimeout(() => setMessage(''), 4000);
  };
  // The message floats under the button: the header must not reflow (and move the map) when it appears.
  return (
    <div className="relative flex items-center">
      <button
        type="button"
        onClick={share}
        aria-label={t('share.button')}
        className="rounded border border-gray-400 bg-white px-2.5 py-1 text-sm font-medium text-gray-900 hover:bg-gray-50"
      >
        <span className="sm:hidden">{t('share.buttonShort')}</span>
        <span className="hidden sm:inline">{t('share.button')}</span>
      </button>
      <span
        role="status"
        aria-live="polite"
        className={`absolute right-0 top-full z-30 mt-1 w-max max-w-[80vw] break-all rounded bg-white text-sm text-gray-800 ${message ? 'px-2 py-1 shadow' : ''}`}
        data-testid="share-status"
      >
        {message}
      </span>
    </div>
  );
}
