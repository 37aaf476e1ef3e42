/** The report's accent colour: headings and rules in the PDF, the current measurement in every radar. */
export const BRAND_COLOR = '#1f4e79';

/**
 * Colours and line styles of a comparison radar's extra lines, shared by the screen, HTML and PDF radars: `dash` is an
 * SVG dash array in px, `pdf` the PDF's line width and dash pattern in mm.
 */
export const RADAR_SERIES_STYLE = {
  baseline: { color: '#5c5c5c', dash: '7 4', pdf: { width: 0.5, dash: [1.6, 1] } },
  target: { color: '#8a4a00', dash: '2 3', pdf: { width: 0.6, dash: [0, 1.3], markWidth: 0.45 } },
} as const;

/** `#rrggbb` as [r, g, b], each 0–255. */
export function hexToRgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1, 7), 16);
  return [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
}
