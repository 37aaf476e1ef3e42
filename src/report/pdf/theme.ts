import { BRAND_COLOR, hexToRgb, RADAR_SERIES_STYLE } from '../theme';

// ---- page geometry (mm) ----
/** A4 width in mm. */
export const PAGE_W = 210;
/** A4 height in mm. */
export const PAGE_H = 297;
/** Left margin: where text starts. */
export const X0 = 20;
/** Width of the text column. */
export const CONTENT_W = PAGE_W - 2 * X0;
/** Right edge of the text column. */
export const X1 = X0 + CONTENT_W;
/** Top of the body on every page but the cover. */
export const TOP = 22;
/** Bottom of the body: the paginator starts a new page below this. */
export const BOTTOM = PAGE_H - 22;
/** One typographic point in mm. */
export const PT = 25.4 / 72;
/** The name the embedded fonts are registered under in jsPDF. */
export const FAMILY = 'NotoSans';

/** A face of the embedded font family. */
export type Style = 'normal' | 'bold' | 'italic';
/** A colour as [r, g, b], each 0–255. */
export type Rgb = readonly [number, number, number];

// ---- colours ----
/** Body text. */
export const INK: Rgb = [26, 26, 26];
/** Secondary text, field labels and the contents' dotted leaders. */
export const MUTED: Rgb = [85, 85, 85];
/** Accent: section headings and rules, the cover band, table headers, the radar's current measurement. */
export const BRAND: Rgb = hexToRgb(BRAND_COLOR);
/** Table header background. */
export const BRAND_LIGHT: Rgb = [226, 234, 243];
/** Every other table body row. */
export const ZEBRA: Rgb = [246, 247, 249];
/** The radar's filled area. */
export const RADAR_FILL: Rgb = [200, 216, 233];
/** The radar's earlier measurement (dashed). */
export const RADAR_BASELINE: Rgb = hexToRgb(RADAR_SERIES_STYLE.baseline.color);
/** The radar's target line and marks (dotted). */
export const RADAR_TARGET: Rgb = hexToRgb(RADAR_SERIES_STYLE.target.color);
/** Hairlines: table and field rules, quote bars, radar rings, running head and footer rules. */
export const RULE: Rgb = [201, 204, 209];
/** The confidentiality mark. */
export const ALERT: Rgb = [160, 20, 30];

// ---- text styles ----
/** Size, face and colour of a piece of text. */
export interface TextStyle {
  /** font size in pt */
  size: number;
  style: Style;
  color: Rgb;
  /** line height as a factor of the font size */
  lh?: number;
}

/** Body text. */
export const BODY: TextStyle = { size: 10, style: 'normal', color: INK };
/** A lead paragraph. */
export const LEAD: TextStyle = { size: 11.5, style: 'normal', color: INK };
/** A muted paragraph, the cite under a quote. */
export const MUTED_TEXT: TextStyle = { size: 9, style: 'normal', color: MUTED };
/** Source references, notes, running heads and footers. */
export const SMALL: TextStyle = { size: 8, style: 'normal', color: MUTED };
/** Section titles, and the contents page's title. */
export const H_SECTION: TextStyle = { size: 16, style: 'bold', color: BRAND, lh: 1.25 };
/** Headings inside a section. */
export const H_BLOCK: TextStyle = { size: 12, style: 'bold', color: INK, lh: 1.3 };
/** Table cells. */
export const TABLE_TEXT: TextStyle = { size: 9, style: 'normal', color: INK, lh: 1.3 };
/** "Zelfscan Wijkaanpak" above the cover title. */
export const COVER_KICKER: TextStyle = { size: 11, style: 'bold', color: BRAND };
/** The report title on the cover. */
export const COVER_TITLE: TextStyle = { size: 26, style: 'bold', color: INK, lh: 1.2 };
/** The subtitle on the cover. */
export const COVER_SUBTITLE: TextStyle = { size: 14, style: 'normal', color: MUTED };
/** The boxed confidentiality mark on the cover. */
export const COVER_CONFIDENTIAL: TextStyle = { size: 12, style: 'bold', color: ALERT };
/** A line of the table of contents. */
export const CONTENTS_ENTRY: TextStyle = { size: 10.5, style: 'normal', color: INK };
/** The title above a radar. */
export const RADAR_TITLE: TextStyle = { size: 10.5, style: 'bold', color: INK };
/** An axis label around a radar. */
export const RADAR_LABEL: TextStyle = { size: 8, style: 'normal', color: INK, lh: 1.25 };
/** An axis score under its label. */
export const RADAR_VALUE: TextStyle = { size: 8, style: 'bold', color: BRAND, lh: 1.25 };
/** The ring percentages along a radar's first spoke. */
export const RADAR_RING_LABEL: TextStyle = { size: 6.5, style: 'normal', color: MUTED };

/** Height in mm of one line of text in this style. */
export const lineHeight = (t: TextStyle) => t.size * PT * (t.lh ?? 1.4);
/** Baseline of a line of text set in a row starting at `top`: the capitals centred in the line. */
export const baseline = (t: TextStyle, top: number) => top + lineHeight(t) / 2 + t.size * PT * 0.36;
