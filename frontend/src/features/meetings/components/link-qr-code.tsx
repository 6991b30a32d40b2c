import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NS } from '../i18n';

const MARGIN = 4;

/**
 * The participants' link as a QR code, drawn as inline SVG (the page's content security policy allows images from the
 * server only, so no data: URL). The encoder is loaded here, on the leader's page, and never on the participants'.
 */
export function LinkQrCode({ url }: { url: string }) {
  const { t } = useTranslation(NS);
  const [code, setCode] = useState<{ url: string; size: number; path: string } | null>(null);
  useEffect(() => {
    let current = true;
    void import('qrcode').then(({ create }) => {
      const qr = create(url, { errorCorrectionLevel: 'M' });
      const size = qr.modules.size;
      let path = '';
      for (let row = 0; row < size; row++) {
        for (let col = 0; col < size; col++) {
          if (qr.modules.get(row, col)) path += `M${col + MARGIN} ${row + MARGIN}h1v1h-1z`;
        }
      }
      if (current) setCode({ url, size: size + 2 * MARGIN, path });
    });
    return () => {
      current = false;
    };
  }, [url]);
  if (code === null || code.url !== url) return null;
  return (
    <svg
      className="meeting-qr"
      role="img"
      aria-label={t('detail.qrAlt')}
      viewBox={`0 0 ${code.size} ${code.size}`}
      shapeRendering="crispEdges"
      data-url={url}
    >
      <rect width={code.size} height={code.size} fill="#fff" />
      <path d={code.path} fill="#000" />
    </svg>
  );
}
