// Node-side QR helpers for the workshop end-to-end tests: read a QR code the page shows, make a PNG of one, and write
// Y4M videos of QR codes (one, or several in turn) for Chromium's fake camera (--use-file-for-fake-video-capture).
import { writeFileSync } from 'node:fs';
import type { Locator } from '@playwright/test';
import jsQR from 'jsqr';
import QRCode from 'qrcode';

/** Reads the QR code an <img> on the page shows, as a camera would: its pixels, decoded with jsQR. */
export async function readQrImage(img: Locator): Promise<string | null> {
  const px = await img.evaluate((el: HTMLImageElement) => {
    const canvas = document.createElement('canvas');
    canvas.width = el.naturalWidth;
    canvas.height = el.naturalHeight;
    const ctx = canvas.getContext('2d');
    if (!ctx) return null;
    ctx.drawImage(el, 0, 0);
    // base64, not an array of numbers: a dense code's 360 × 360 pixels then cross in milliseconds, not seconds
    const bytes = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    let bin = '';
    for (let i = 0; i < bytes.length; i += 0x8000)
      bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return { width: canvas.width, height: canvas.height, rgba: btoa(bin) };
  });
  if (!px) return null;
  return jsQR(new Uint8ClampedArray(Buffer.from(px.rgba, 'base64')), px.width, px.height)?.data ?? null;
}

/** A PNG of a QR code, like a participant's screenshot, for the reader's image input. */
export async function qrPng(text: string): Promise<Buffer> {
  return QRCode.toBuffer(text, { errorCorrectionLevel: 'M', margin: 4, scale: 8 });
}

/** The luma plane of one video frame: the QR code for `text` centred on white, as large as the height allows. */
function qrLuma(text: string, width: number, height: number): Buffer {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const size = qr.modules.size;
  const quiet = 4;
  const scale = Math.floor((height - 40) / (size + 2 * quiet));
  const side = (size + 2 * quiet) * scale;
  const x0 = Math.floor((width - side) / 2);
  const y0 = Math.floor((height - side) / 2);
  const yPlane = Buffer.alloc(width * height, 235);
  for (let r = 0; r < size; r++) {
    for (let c = 0; c < size; c++) {
      if (!qr.modules.data[r * size + c]) continue;
      for (let dy = 0; dy < scale; dy++) {
        const row = (y0 + (r + quiet) * scale + dy) * width;
        yPlane.fill(16, row + x0 + (c + quiet) * scale, row + x0 + (c + quiet + 1) * scale);
      }
    }
  }
  return yPlane;
}

/** Frames per second of the videos written here. */
export const Y4M_FPS = 10;

/** A Y4M file (4:2:0, grey levels only) that shows each text's QR code for `framesPerCode` frames, in turn. */
function writeY4m(
  path: string,
  texts: readonly string[],
  width: number,
  height: number,
  framesPerCode: number,
) {
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F${Y4M_FPS}:1 Ip A1:1 C420jpeg\n`);
  const frames = texts.map((text) =>
    Buffer.concat([Buffer.from('FRAME\n'), qrLuma(text, width, height), chroma]),
  );
  writeFileSync(
    path,
    Buffer.concat([header, ...frames.flatMap((frame) => Array.from({ length: framesPerCode }, () => frame))]),
  );
}

/**
 * Writes a short Y4M video (4:2:0, grey levels only) showing the QR code for `text` centred on white, as a phone
 * held up to the trainer's camera would. Chromium loops the file as its fake camera.
 */
export function writeQrY4m(path: string, text: string, width = 1280, height = 720, frames = 6): void {
  writeY4m(path, [text], width, height, frames);
}

/**
 * Writes a Y4M video that shows the QR code of each text for `framesPerCode` frames (at `Y4M_FPS`), one after the
 * other, as a participant's phone steps through the codes of a multi-part hand-in. Chromium loops the file, so the
 * camera sees every code again after the last one. 800 × 600 is what the app's reader decodes unscaled (it shrinks
 * frames to 800 pixels at most), which keeps the modules of a dense code sharp.
 */
export function writeQrSequenceY4m(
  path: string,
  texts: readonly string[],
  framesPerCode = 10,
  width = 800,
  height = 600,
): void {
  if (texts.length === 0) throw new Error('writeQrSequenceY4m: no codes');
  writeY4m(path, texts, width, height, framesPerCode);
}
