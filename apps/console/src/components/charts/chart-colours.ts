/** The console's palette (styles/console.css) for charts, which draw outside CSS. */
export const chartColours = {
  ink: '#1b1f24',
  muted: '#4f5660',
  brand: '#a3161a',
  link: '#0b57a4',
  ok: '#1d6b33',
  track: '#eef1f4',
} as const;
