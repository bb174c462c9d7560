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
  return (
    <div className="flex items-center gap-2">
      <button
        type="button"
        onClick={share}
        className="rounded border border-gray-400 bg-white px-2.5 py-1 text-sm font-medium text-gray-900 hover:bg-gray-50"
      >
        {t('share.button')}
      </button>
      <span role="status" aria-live="polite" className="text-sm text-gray-800" data-testid="share-status">
        {message}
      </span>
    </div>
  );
}
