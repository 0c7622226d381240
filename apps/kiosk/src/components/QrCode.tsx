import { useEffect, useState } from 'react';

interface Matrix {
  readonly size: number;
  readonly dark: (row: number, column: number) => boolean;
}

/** A QR code drawn as SVG squares; the encoder is loaded only when a receipt is shown. */
export const QrCode = ({ text, label }: { readonly text: string; readonly label: string }) => {
  const [matrix, setMatrix] = useState<Matrix | null>(null);
  useEffect(() => {
    let live = true;
    void import('qrcode-generator').then(({ default: qrcode }) => {
      const qr = qrcode(0, 'M');
      qr.addData(text);
      qr.make();
      if (live) setMatrix({ size: qr.getModuleCount(), dark: (r, c) => qr.isDark(r, c) });
    });
    return () => {
      live = false;
    };
  }, [text]);
  if (matrix === null) return <div className="qr qr--loading" />;
  const cells: string[] = [];
  for (let r = 0; r < matrix.size; r += 1)
    for (let c = 0; c < matrix.size; c += 1) if (matrix.dark(r, c)) cells.push(`M${c + 4} ${r + 4}h1v1h-1z`);
  const extent = matrix.size + 8;
  return (
    <svg
      className="qr"
      viewBox={`0 0 ${extent} ${extent}`}
      role="img"
      aria-label={label}
      data-url={text}
      shapeRendering="crispEdges"
    >
      <rect width={extent} height={extent} fill="#fff" />
      <path d={cells.join('')} fill="#000" />
    </svg>
  );
};
